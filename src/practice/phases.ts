// The phases of a mock interview, as data: what an interviewer expects in each, and which
// checklist items matter there. Pure: no `vscode`.
import type { ItemId } from '../checklist/ids';

export const PHASE_IDS = ['requirements', 'high-level', 'deep-dive', 'wrap-up'] as const;
export type PhaseId = (typeof PHASE_IDS)[number];

export interface Phase {
  readonly id: PhaseId;
  readonly title: string;
  /** One line: what the phase is for. */
  readonly goal: string;
  /** What an interviewer expects to hear now. */
  readonly prompts: readonly string[];
  /** Checklist items this phase is about. */
  readonly focus: readonly ItemId[];
  /** The checklist view shows only the focus items while this phase runs. */
  readonly filtersChecklist: boolean;
  /** The challenge's answer sections may be placed under this phase in the session document. */
  readonly holdsAnswers: boolean;
  /** Default share of the session, in percent. */
  readonly defaultPercent: number;
}

export const PHASES: readonly Phase[] = [
  {
    id: 'requirements',
    title: 'Requirements and scope',
    goal: 'Agree on what to build and what matters most before designing anything.',
    prompts: [
      'Say the problem back in your own words and agree what is in scope and what is left out.',
      'Ask for the numbers that shape the design: users, requests per second, data volume, growth, team size.',
      'Name the qualities that matter most (availability, latency, consistency) and which operations must never be lost, such as payments.',
      'Write down the constraints the scenario gives you (teams, languages, slow deployments, recent outages) and refer back to them later.',
      'Check whether microservices are justified at all: team size, different scaling needs, the need to deploy parts independently.',
    ],
    focus: [],
    filtersChecklist: false,
    holdsAnswers: false,
    defaultPercent: 15,
  },
  {
    id: 'high-level',
    title: 'High-level design',
    goal: 'Sketch the services, who owns which data, and how requests flow between them.',
    prompts: [
      'Split by business capability, not by technical layer, and say what each service owns.',
      'Give every service its own data store and name the single owner of each entity.',
      'Use synchronous calls (REST or gRPC) where the caller needs an answer now, and events or queues for work that can happen later.',
      'Show how clients reach the system (an API gateway for routing, authentication and rate limits) and how services find each other.',
      'Walk one main request through the design from the client to the data and back.',
    ],
    focus: ['service-boundaries', 'communication', 'api-gateway', 'service-discovery', 'load-balancing'],
    filtersChecklist: false,
    holdsAnswers: true,
    defaultPercent: 35,
  },
  {
    id: 'deep-dive',
    title: 'Deep dive',
    goal: 'Go deep on the hardest parts: consistency across services, failures, data and messaging.',
    prompts: [
      'Keep an operation that spans services consistent with a saga of local transactions and compensating steps, not a two-phase commit; choose choreography or orchestration and say why.',
      'Plan for failure: a timeout on every remote call, retries with backoff only for idempotent operations, circuit breakers, and what the user sees while a dependency is down.',
      'Say how a service gets data it does not own: calling the owner, a local copy kept current by events, or a CQRS read model; and how a shared database is split step by step.',
      'Settle the messaging details: which broker, at-least-once delivery with idempotent consumers, ordering where it matters.',
      'Secure service-to-service traffic (mTLS) and pass the user identity on with each call.',
    ],
    focus: ['data-management', 'communication', 'fault-tolerance', 'security'],
    filtersChecklist: true,
    holdsAnswers: true,
    defaultPercent: 35,
  },
  {
    id: 'wrap-up',
    title: 'Wrap-up',
    goal: 'Summarise, name the trade-offs and risks, and show how the system is run.',
    prompts: [
      'Summarise the design in a few sentences and the trade-offs you accepted for it.',
      'Name the bottlenecks and single points of failure that remain, and how you would remove them.',
      'Say how services ship and roll back independently: a CI/CD pipeline per service with canary or blue-green releases.',
      'Say how you would see what is happening: metrics (rate, errors, duration), structured logs and distributed tracing with a shared trace id.',
      'Say what you would build or verify next with more time.',
    ],
    focus: ['deployment', 'monitoring', 'security'],
    filtersChecklist: false,
    holdsAnswers: false,
    defaultPercent: 15,
  },
];

const BY_ID = new Map<string, Phase>(PHASES.map((p) => [p.id, p]));

export function phaseById(id: string): Phase | undefined {
  return BY_ID.get(id);
}

/** The title of a phase id, or the id itself for one this version does not know. */
export function phaseTitle(id: string): string {
  return BY_ID.get(id)?.title ?? id;
}

/** The checklist items to show while `phase` runs; undefined: show them all. */
export function checklistFocus(phase: PhaseId): ReadonlySet<string> | undefined {
  const p = BY_ID.get(phase);
  return p?.filtersChecklist ? new Set(p.focus) : undefined;
}
