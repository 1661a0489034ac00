// Finds chains of synchronous calls between services ("A calls B, which calls C, which calls D"),
// across sentences, and returns the longest one.
import { negatedBefore, type Sentence, type Token } from '../shared/text';

export interface CallChain {
  readonly path: readonly string[];
  /** 0-based line of the chain's first call. */
  readonly line: number;
  readonly text: string;
}

interface Edge {
  readonly from: string;
  readonly to: string;
  readonly sentence: Sentence;
}

const CALL =
  /\b(?:synchronously |directly |then |also |in turn |first )*(?:calls|call|invokes|invoke|queries|query|asks|ask|sends an? (?:rest |http |grpc |synchronous |blocking )?request to|makes an? (?:rest |http |grpc |synchronous |blocking )?call to|waits (?:on|for) a (?:response|reply) from|(?:has|have|had) (?:called|asked|queried)|sends (?:the |a |an |its )?(?:[a-z-]+ ){0,4}to(?= [^.;]{0,60}\b(?:and waits|in a (?:synchronous|blocking) |synchronously\b))|posts (?:the |a |an |its )?(?:[a-z-]+ ){0,3}to)\s+(?:(?:synchronously|directly|then|also|again|in turn|first),? )*(?:the |an? )?/g;
/** CALL without the global flag, to ask whether a text holds a call at all. */
const HAS_CALL = new RegExp(CALL.source);
const ASYNC = /\b(publish|publishes|published|events?|queues?|async|asynchronous|asynchronously|kafka|rabbitmq|sqs|sns|topics?|messages?|subscribes?|emits?|fire-and-forget)\b/;
/** Callers that stand in front of the services: their hop is not part of a service chain. */
const EDGE_NODES = /^(edge|client|clients|user|users|browser|browsers|frontend|front|web|mobile|app|apps|ui|gateway|api gateway|load balancer|lb|ingress|cdn|bff|customer|customers|kiosk|kiosks|public|partner|partners|browser-side|tablet|tablets|phone|phones|handheld|handhelds|till|tills|terminal|terminals)$/;
const FILLER = new Set(['s', 'the', 'a', 'an', 'which', 'that', 'it', 'this', 'then', 'and', 'who', 'in', 'turn', 'also', 'synchronously', 'directly', 'first', 'finally', 'next', 'service', 'services', 'svc', 'api', 'microservice', 'must', 'should', 'shall', 'will', 'then', 'now']);
/** Characters after a call verb in which its object is looked for. */
const LOOK_AHEAD = 200;
const SUBJECT_PRONOUN = /^(which|that|it|this|then|and|who|in turn)$/;
const NOT_A_NAME = /^(calls?|requests?|each|every|all|our|we|it|its|this|that|these|those|a|an|if|for|in|on|at|after|before|once|while|there|here|both|no|none)$/i;
const HTTP_METHOD = /^(get|post|put|patch|delete|head)$/;
/** Words that open a clause set inside another ("Calendar, before it confirms the hold, calls Payments"). */
const SUBORDINATE = /^\s*(before|after|once|while|if|until|as soon as|because|so|unless|whenever)\b/;

/**
 * The name a sentence starts with, as written: up to three capitalised or code-quoted words ("Groomer Calendar,
 * before…", "`chair-scheduling` places a hold"). The subject of its calls where a clause gives none of its own.
 */
function sentenceSubject(s: Sentence): string {
  const words: string[] = [];
  for (const w of s.text.replace(/^[\s\d.)*_>#-]+/, '').split(/\s+/)) {
    let bare = w;
    while (bare && '*_,;:.'.includes(bare[bare.length - 1])) bare = bare.slice(0, -1);
    if (words.length === 0 && /^(the|then|when|so)$/i.test(bare)) continue;
    // "Call from booking to payments has a timeout": a sentence that opens on a word, not a name.
    if (words.length === 0 && NOT_A_NAME.test(bare)) break;
    if (/^`[a-z0-9-]+`$/i.test(bare) || /^[A-Z][a-zA-Z0-9-]*$/.test(bare)) words.push(bare.replace(/`/g, '').toLowerCase());
    else break;
    if (/[,;:]$/.test(w) || words.length === 3) break;
  }
  return nameFrom(words);
}

/** A name that is plainly a service's: `crossmatch-service`, policy-svc, pms-adapter. */
const SERVICE_NAME = /(?:^|[\s`(])([a-z][a-z0-9]*(?:-[a-z0-9]+)*-(?:service|svc|api|adapter))\b/;
function serviceNamedIn(text: string): string {
  const m = SERVICE_NAME.exec(text);
  return m ? m[1] : '';
}

/** A service's name from the words around a call: "the order service" -> "order". */
function nameFrom(words: readonly string[]): string {
  const kept = words.filter((w) => !FILLER.has(w) && /^[a-z][a-z0-9-]*$/.test(w));
  return kept.slice(-2).join(' ');
}

// The steps are trimmed where they are read: blanks around the arrow in the expression are quadratic on a run of spaces.
const ARROWS = /->|→|=>|-->|⟶|➔/;
/** Every step is an UPPER_CASE state, or a step is a path: the arrows are transitions or routes. */
function statesOrRoutes(text: string): boolean {
  const steps = text.split(ARROWS).map((p) => p.trim().split(/\s+/));
  const states = steps.every((words, i) => {
    const word = (i === 0 ? words[words.length - 1] : words[0])?.replace(/[^A-Za-z_]/g, '') ?? '';
    return word.length > 1 && word === word.toUpperCase();
  });
  return states || lowerCaseStates(steps) || steps.some(isRoute) || EVENT_NAME.test(text);
}

/**
 * A step that ends in a request path with nothing before it but its method or a label ("/search/*", "GET /v2/slots",
 * "Routes: `/v1/holds`"): the arrow after it routes a path. "`slot-svc` POST /v2/holds" names who is called.
 */
function isRoute(words: readonly string[], i: number, steps: readonly (readonly string[])[]): boolean {
  if (i === steps.length - 1) return false;
  const own = words.join(' ').split(STEP_BREAK).pop()!.trim().split(/\s+/);
  const last = own[own.length - 1] ?? '';
  if (!/^`?\//.test(last)) return false;
  return own.slice(0, -1).every((w) => HTTP_METHOD.test(w.replace(/[^A-Za-z]/g, '').toLowerCase()) || w.endsWith(':'));
}

/** Words that name a state rather than a service: "pending", "live", "ready". */
const STATE_WORDS = new Set(['pending', 'active', 'live', 'ready', 'draft', 'done', 'processing', 'open', 'closed', 'new', 'sold', 'paid', 'held', 'queued', 'en_route', 'on', 'in', 'idle', 'available', 'busy', 'offline', 'online']);
/**
 * At least half the steps are states in lower case ("raised -> planned -> crew assigned -> closed", "held → confirmed → donated"):
 * past participles or state words, where a call chain names services (nouns).
 */
function lowerCaseStates(steps: readonly (readonly string[])[]): boolean {
  if (steps.length < 3) return false;
  let stateLike = 0;
  steps.forEach((words, i) => {
    const word = (i === 0 ? words[words.length - 1] : words[0])?.toLowerCase().replace(/[^a-z_]/g, '') ?? '';
    if ((word.length > 3 && (word.endsWith('ed') || word.endsWith('ing'))) || STATE_WORDS.has(word) || (word.includes('_') && !word.startsWith('_'))) stateLike++;
  });
  // A cycle ("idle → paid → running → idle") is a state machine whatever its words.
  const first = steps[0][steps[0].length - 1]?.toLowerCase();
  const last = steps[steps.length - 1][0]?.toLowerCase();
  return stateLike * 2 >= steps.length || (!!first && first === last);
}

/** An event or topic name (`order.placed`, `stock.reserve-failed`) among the steps: the arrows are a flow of events. */
const EVENT_NAME = /`[a-z][a-z0-9_-]*\.[a-z][a-z0-9._-]*`/i;
/** Steps of a build pipeline ("GitHub Actions → tests → image → ECR"): the arrows are stages, not calls. */
const PIPELINE_STEP = /^(tests?|build|builds|lint|image|images|push|ecr|acr|gcr|registry|artifacts?|artefacts?|deploy|deploys|staging|production|prod|release|helm|argo( cd)?|merge|commit|pr|approval|scan)$/;
/**
 * Steps that are actions, not services: a person's journey ("Student creates account → takes placement test → picks
 * class") or a procedure's commands ("docker save → scp the tar to the VM → ssh in").
 */
const ACTION_STEP = /^(creates?|takes?|gets?|picks?|sees?|pays?|chooses?|selects?|enters?|fills?|submits?|receives?|confirms?|signs?|opens?|clicks?|taps?|books?|goes|waits?|uploads?|downloads?|scp|ssh|rsync|sftp|copy|copies|runs?|restarts?|starts?|stops?|docker|kubectl|systemctl|sudo|git|pulls?|saves?|unzip|installs?|reboots?|edits?|logs|cd)$/;
function actionSteps(parts: readonly string[]): boolean {
  const acts = parts.slice(1).filter((p) => ACTION_STEP.test(p.trim().replace(/^[`*]+/, '').split(/[\s`]+/)[0]));
  return parts.length >= 3 && acts.length * 2 >= parts.length - 1;
}
/** A sentence about a workflow's steps or a thing's lifecycle: its arrows are steps or states, not calls. */
const STEPS_OR_STATES = /\b(saga|workflow|step functions|state machine|lifecycle|life cycle|states?|status(es)?|stages|steps|runbook|procedure|journey|by hand)\b/;
/** A determiner before "calls" makes it a noun ("the calls it makes"), not a verb. */
const NOUN_BEFORE = /\b(the|its|their|these|those|our|all|many|some|no|of|outgoing|internal|remote|such)\s+$/;
/** A determiner and one singular noun before "call": "the availability call", "each payment call". */
const NOUN_PHRASE_BEFORE = /\b(the|a|an|each|every|this|that|one)\s+([a-z0-9-]+\s+){0,2}[a-z0-9-]*[a-rt-z0-9]\s+$/;
/** Where the name after an arrow ends: what is asked of the service, or the call it makes. */
const HEAD_END = /\b(?:for|with|over|via|to|at|on|using|calls?|asks?|queries|invokes)\b/;
/** Where one step of an arrow chain ends and an unrelated one begins: "payments→PSP, shipping→carriers". */
const STEP_BREAK = /[,;]|\band\b/;

/** Edges by sentence text (a sentence's tokens are shared by every reading of the same text). */
const edgeCache = new WeakMap<readonly Token[], readonly { from: string; to: string }[]>();

function edgesOf(s: Sentence): Edge[] {
  let edges = edgeCache.get(s.tokens);
  if (!edges) edgeCache.set(s.tokens, (edges = readEdges(s).map(({ from, to }) => ({ from, to }))));
  return edges.map(({ from, to }) => ({ from, to, sentence: s }));
}

/** A chain put as a supposition ("if loan had to ask game-copy, which asks shelf…") is an argument, not the design. */
const SUPPOSED = /\bif\b[^.;]{0,60}\b(had to|were to|would)\b/;

/** A method called on a service, `rental.Rent()` read as "rental rent()": the service is the word before it. */
const METHOD = / [a-z][a-z0-9_]*\(\)/g;
/** Words that join a clause to the one before it, sharing its subject: "the lab service re-plans the work and calls…". */
const JOINED = /\b(and|then|and then)\s*$/;

/** The subject of a clause, read from its first words: "the lab service re-plans …" -> "lab". */
function clauseSubject(clause: string): string {
  const words = clause.split(/[^a-z0-9-]+/).filter(Boolean);
  const at = words.findIndex((w) => /^(service|svc|api)$/.test(w));
  if (at > 0 && at <= 3) return nameFrom(words.slice(0, at + 1));
  // "plate-recognition reads the plate and then calls…": a hyphenated or code name first.
  return words.length && /^[a-z][a-z0-9]*-[a-z0-9-]+$/.test(words[0]) ? words[0] : '';
}

function readEdges(s: Sentence): Edge[] {
  if (SUPPOSED.test(s.norm)) return [];
  // Words of a request path ("POST /events/{id}/rounds") are not about events; a method's name is not a service's.
  const norm = s.norm.replace(/\/\S*/g, (p) => ' '.repeat(p.length)).replace(METHOD, (p) => ' '.repeat(p.length));
  const edges: Edge[] = [];
  // Arrow chains: "gateway -> order service -> inventory -> pricing"; one arrow into a sentence of calls
  // ("Advertiser clicks Book → booking-api calls pricing") leads into the calls.
  const arrows = norm.split(' -> ');
  const leadsIntoCalls = arrows.length === 2 && HAS_CALL.test(arrows[1]);
  // Arrows that go on in calls ("checkout-svc → `slot-svc` POST /v2/holds → `slot-svc` calls `capacity-svc`"): both are read.
  const goesOnInCalls = arrows.length > 2 && arrows.slice(1).some((p) => HAS_CALL.test(p));
  if (arrows.length > 1 && !leadsIntoCalls) {
    if (ASYNC.test(norm)) return [];
    // Arrows that are not calls: a state machine (DRAFT -> PAID) or a route table (/search/* -> Search).
    if (statesOrRoutes(s.text) || STEPS_OR_STATES.test(s.norm) || actionSteps(arrows)) return [];
    const words = (text: string): string[] => text.split(/[^a-z0-9-]+/).filter((w) => w && !HTTP_METHOD.test(w));
    const parts = arrows;
    // Each arrow joins the words just before it to the words just after it, within their step; the words after it
    // end where what is asked of the service begins ("`inventory` for holds", "`slot-svc` calls …").
    const heads = parts.map((p) => words(p.split(STEP_BREAK)[0].split(HEAD_END)[0]));
    const tails = parts.map((p) => words(p.split(STEP_BREAK).pop() ?? ''));
    // A build pipeline's stages ("unit tests → build image → push to ECR → deploy to staging"), by the words of two or more steps.
    if (parts.some((p) => PIPELINE_STEP.test(words(p).join(' '))) || parts.filter((p) => words(p).some((w) => PIPELINE_STEP.test(w))).length >= 2) return [];
    for (let i = 0; i + 1 < parts.length; i++) {
      const from = nameFrom(tails[i].slice(-3));
      const to = nameFrom(heads[i + 1].slice(0, 3));
      if (from && to && from !== to) edges.push({ from, to, sentence: s });
    }
    if (!goesOnInCalls) return edges;
  }
  let previousObject = '';
  let previousSubject = '';
  let lastEnd = 0;
  for (const m of norm.matchAll(CALL)) {
    if (NOUN_BEFORE.test(norm.slice(Math.max(0, m.index - 12), m.index))) continue;
    // "For the availability call the booking service uses…": after "the" and a noun or two, "call" is a noun.
    if (/^call\b/.test(m[0]) && NOUN_PHRASE_BEFORE.test(norm.slice(Math.max(0, m.index - 40), m.index))) continue;
    // The subject is the noun phrase right before the verb, after any comma or conjunction.
    const since = norm.slice(lastEnd, m.index);
    const segments = since.split(/[,;:()]| -> |\band\b|\bthen\b|\bwhen\b|\bwhere\b/);
    let lead = segments.pop() ?? '';
    // "A, before it answers, calls B": back over the clause set inside, to the subject before it.
    if (!lead.trim() && segments.length >= 2 && SUBORDINATE.test(segments[segments.length - 1])) lead = segments[segments.length - 2];
    const before = lead.split(/[^a-z0-9-]+/).filter(Boolean);
    // The object is the next word or two: a bounded look ahead keeps a sentence of a thousand calls linear.
    const tail = norm.slice(m.index + m[0].length, m.index + m[0].length + LOOK_AHEAD).split(/[,;:.()]|\b(?:and|to|for|with|over|via|when|before|after|once|until|while|unless|if|which|that|on|in|at|using|through|synchronously|directly)\b/)[0] ?? '';
    const after = tail.split(/[^a-z0-9-]+/).filter(Boolean);
    const subjectWord = before[before.length - 1] ?? '';
    const ownSubject = nameFrom(before.slice(-3));
    // "which calls C" goes on from the object before; "… and asks C", with no subject, shares the verb's subject.
    // "The lab service re-plans the work and calls D": a joined clause shares the subject of the clause it joins.
    const joined = !before.length && JOINED.test(since) ? clauseSubject(since.split(/[,;:]/).pop() ?? '') : '';
    let from = joined || (!before.length ? previousSubject : SUBJECT_PRONOUN.test(subjectWord) || !ownSubject || SUBORDINATE.test(lead) ? previousObject : ownSubject);
    // "orders keeps that request open while it calls B": with nothing called before, "it" is the clause's subject.
    if (!from && SUBJECT_PRONOUN.test(subjectWord)) from = before.find((w) => !FILLER.has(w) && !SUBORDINATE.test(w) && !SUBJECT_PRONOUN.test(w)) ?? '';
    // The sentence's first call with no subject of its own ("A places a hold, then calls B", "so it calls B",
    // "A, before it confirms, calls B") is made by the name the sentence starts with.
    if (!from && !edges.length) from = sentenceSubject(s);
    const objectWords: string[] = [];
    for (const w of after) {
      // "calls Payments `POST /deposits`": the method starts the request, the name has ended.
      if (objectWords.length && HTTP_METHOD.test(w)) break;
      objectWords.push(w);
      if (/^(service|svc|api)$/.test(w) || objectWords.length === 2) break;
    }
    // "calls for the check of the holder the `customer-service`": words come between the verb and its object, which is
    // still the first name in the clause that is plainly a service's.
    const to = nameFrom(objectWords) || serviceNamedIn(norm.slice(m.index + m[0].length, m.index + m[0].length + LOOK_AHEAD).split(/[.;]/)[0]);
    // A call sent by a queue or an event is not a synchronous hop; the word must stand in the call's own clause.
    const async = ASYNC.test(`${lead} ${m[0]} ${tail}`);
    if (from && to && from !== to && !async && !negatedBefore(s, m.index)) edges.push({ from, to, sentence: s });
    previousObject = to;
    previousSubject = from;
    lastEnd = m.index + m[0].length;
  }
  return edges;
}

export function findCallChains(sentences: readonly Sentence[], minHops: number): CallChain | undefined {
  // "kitcheck-web", "edge-gateway": a hyphenated name that ends in a front's word is that front ("customer-service" is not).
  const edge = (node: string): boolean => EDGE_NODES.test(node) || node.split(' ').some((w) => EDGE_NODES.test(w) || EDGE_NODES.test(w.slice(w.lastIndexOf('-') + 1)));
  const raw = sentences.flatMap(edgesOf).filter((e) => !edge(e.from) && !edge(e.to));
  // One service read two ways ("Crew Availability" as an object, "availability" as a subject) is one node.
  const names = new Set(raw.flatMap((e) => [e.from, e.to]));
  const node = (n: string): string => {
    const words = n.split(' ');
    if (words.length < 2) return n;
    return names.has(words[words.length - 1]) ? words[words.length - 1] : n;
  };
  const edges = raw.map((e) => ({ ...e, from: node(e.from), to: node(e.to) })).filter((e) => e.from !== e.to);
  if (edges.length < minHops) return undefined;
  const out = new Map<string, Edge[]>();
  for (const e of edges.slice(0, 500)) out.set(e.from, [...(out.get(e.from) ?? []), e]);

  // The longest simple path is a hard problem in a graph with cycles: search with a step budget
  // and stop at a chain long enough to report, so a dense call graph cannot stall the editor.
  let best: Edge[] = [];
  let budget = 20_000;
  const walk = (node: string, path: Edge[], seen: Set<string>): void => {
    if (path.length > best.length) best = [...path];
    if (best.length >= Math.max(minHops + 3, 6) || --budget <= 0) return;
    for (const e of out.get(node) ?? []) {
      if (seen.has(e.to)) continue;
      seen.add(e.to);
      path.push(e);
      walk(e.to, path, seen);
      path.pop();
      seen.delete(e.to);
    }
  };
  for (const start of out.keys()) walk(start, [], new Set([start]));
  if (best.length < minHops) return undefined;
  const first = best[0].sentence;
  return { path: [best[0].from, ...best.map((e) => e.to)], line: first.line, text: first.text };
}
