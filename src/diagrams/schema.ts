// The shapes of the ```saga and ```discovery blocks (and *.saga.yaml / *.discovery.yaml files), and the
// reading that turns a block's YAML into a spec or into problems on the exact document line.
import * as z from 'zod/mini';
import { readYaml } from '../shared/yaml';
import { lineOfPath, yamlPathLines } from '../shared/yaml-lines';
import { closest } from './suggest';
import type { DiagramProblem, DiscoveryPattern, DiscoverySpec, SagaSpec } from './types';

const MAX_TEXT = 200;
export const MAX_STEPS = 50;
export const MAX_INSTANCES = 20;

const text = z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_TEXT));
const flag = z.optional(z.boolean());

export const SAGA_STYLES = ['choreography', 'orchestration'] as const;
export const DISCOVERY_PATTERNS = ['client-side', 'server-side', 'dns', 'service-mesh', 'kubernetes'] as const satisfies readonly DiscoveryPattern[];

export const sagaStepSchema = z.strictObject({
  service: text,
  action: text,
  event: z.optional(text),
  compensation: z.optional(text),
  pivot: flag,
  retryable: flag,
});

export const sagaSchema = z.strictObject({
  name: text,
  style: z.enum(SAGA_STYLES),
  orchestrator: z.optional(text),
  broker: z.optional(text),
  steps: z.array(sagaStepSchema).check(z.minLength(1), z.maxLength(MAX_STEPS)),
  failAt: z.optional(z.union([z.int().check(z.minimum(1)), text])),
});

export const discoverySchema = z.strictObject({
  pattern: z.enum(DISCOVERY_PATTERNS),
  caller: text,
  service: text,
  instances: z.array(text).check(z.minLength(1), z.maxLength(MAX_INSTANCES)),
  registry: z.optional(text),
  loadBalancer: z.optional(text),
  dns: z.optional(text),
  mesh: z.optional(text),
});

// Compile-time proof that the schemas produce the public spec types.
const sagaFits = (s: z.infer<typeof sagaSchema>): SagaSpec => s;
const discoveryFits = (s: z.infer<typeof discoverySchema>): DiscoverySpec => s;
void sagaFits;
void discoveryFits;

/** What each key holds, for "expected …" in messages. */
const EXPECTED: Record<string, string> = {
  name: 'the saga\'s name as text, e.g. "Place order"',
  style: 'choreography or orchestration',
  orchestrator: 'the orchestrator\'s name as text, e.g. "Order saga"',
  broker: 'the message broker\'s name as text, e.g. "Kafka"',
  steps: `a list of 1 to ${MAX_STEPS} steps, each with service and action`,
  service: 'the service\'s name as text, e.g. "Payment"',
  action: 'what the step does as text, e.g. "Charge card"',
  event: 'the event the step publishes as text, e.g. "payment.charged"',
  compensation: 'the action that undoes the step as text, e.g. "Refund card"',
  pivot: 'true or false',
  retryable: 'true or false',
  failAt: 'a step number (1 for the first step) or a service name',
  pattern: DISCOVERY_PATTERNS.join(', '),
  caller: 'the calling service\'s name as text, e.g. "Order"',
  instances: `a list of 1 to ${MAX_INSTANCES} instance addresses, e.g. "10.0.1.5:8080"`,
  registry: 'the registry\'s name as text, e.g. "Consul"',
  loadBalancer: 'the load balancer\'s name as text, e.g. "AWS ALB"',
  dns: 'the DNS server\'s name as text, e.g. "Route 53"',
  mesh: 'the control plane\'s name as text, e.g. "Istio"',
};

export type SpecKind = 'saga' | 'discovery';
export type LineOf = (path: string) => number | undefined;
const noLines: LineOf = () => undefined;

const SCHEMAS = { saga: sagaSchema, discovery: discoverySchema } as const;
const KEYS: Record<SpecKind, readonly string[]> = { saga: Object.keys(sagaSchema.def.shape), discovery: Object.keys(discoverySchema.def.shape) };
const STEP_KEYS = Object.keys(sagaStepSchema.def.shape);
const REQUIRED: Record<SpecKind, string> = { saga: 'name, style and steps', discovery: 'pattern, caller, service and instances' };

/** Only blank lines and comments. Line by line: one expression over the whole block backtracks exponentially on blank lines. */
function isBlank(yaml: string): boolean {
  return yaml.split('\n').every((line) => {
    const t = line.trim();
    return !t || t.startsWith('#');
  });
}

export interface SpecResult<T> {
  readonly spec?: T;
  readonly problems: DiagramProblem[];
  /** Line (0-based, in the document) of a YAML path such as `steps/1/service`; worked out on first use. */
  readonly lineOf: LineOf;
}

/** Parses the YAML of a block whose first content line is document line `contentLine`. */
export function readSpec(kind: 'saga', yaml: string, contentLine: number): SpecResult<SagaSpec>;
export function readSpec(kind: 'discovery', yaml: string, contentLine: number): SpecResult<DiscoverySpec>;
export function readSpec(kind: SpecKind, yaml: string, contentLine: number): SpecResult<SagaSpec | DiscoverySpec> {
  const error = (line: number, message: string, code: string): DiagramProblem => ({ line: contentLine + line, message, severity: 'error', code });
  const empty = `expected a ${kind} spec: keys ${REQUIRED[kind]}; got an empty block`;
  if (isBlank(yaml)) return { problems: [error(0, empty, 'schema')], lineOf: noLines };
  const read = readYaml(yaml);
  if (!read.ok) {
    // An error at the end of the text (an unclosed quote) belongs to the last line of the block.
    const last = yaml.replace(/\r?\n$/, '').split('\n').length - 1;
    return { problems: [error(Math.min(read.line, last), `invalid YAML: ${read.message}`, 'yaml-syntax')], lineOf: noLines };
  }
  const data = read.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { problems: [error(0, `expected a ${kind} spec: keys ${REQUIRED[kind]}; got ${describeValue(data)}`, 'schema')], lineOf: noLines };
  }
  let relative: Map<string, number> | undefined;
  const lineOf: LineOf = (path) => {
    const line = (relative ??= yamlPathLines(yaml)).get(path);
    return line === undefined ? undefined : contentLine + line;
  };
  const parsed = SCHEMAS[kind].safeParse(data);
  if (parsed.success) return { spec: parsed.data, problems: [], lineOf };
  relative ??= yamlPathLines(yaml);
  const problems: DiagramProblem[] = [];
  for (const issue of parsed.error.issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      const known = path.length ? STEP_KEYS : KEYS[kind];
      for (const key of issue.keys) {
        const guess = closest(key, known);
        const hint = guess ? ` (did you mean ${guess}?)` : `; expected one of: ${known.join(', ')}`;
        const line = lineOfPath(relative, [...path, key]) ?? lineOfPath(relative, path) ?? 0;
        problems.push(error(line, `${pathText([...path, key])}: unknown key${hint}`, 'unknown-key'));
      }
      continue;
    }
    problems.push(error(lineOfPath(relative, path) ?? 0, describeIssue(issue, path, data), 'schema'));
  }
  return { problems: problems.sort((a, b) => a.line - b.line), lineOf };
}

/** `steps[2].service` for the path `steps/1/service`: list items counted from 1, as a reader counts them. */
export function pathText(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p + 1}]` : i ? `.${p}` : p)).join('') || 'the block';
}

function describeIssue(issue: z.core.$ZodIssue, path: readonly (string | number)[], data: unknown): string {
  const where = pathText(path);
  const key = [...path].reverse().find((p): p is string => typeof p === 'string');
  const inList = typeof path[path.length - 1] === 'number';
  const expected = inList && key === 'instances' ? 'an instance address as text, e.g. "10.0.1.5:8080"' : (key && EXPECTED[key]) || 'a different value';
  const value = valueAt(data, path);
  if (value === undefined) return `${where} is missing; expected ${expected}`;
  if (issue.code === 'invalid_value' && typeof value === 'string') {
    const guess = closest(value, issue.values.map(String));
    return `${where}: "${value}" is not allowed; expected ${expected}${guess ? ` (did you mean ${guess}?)` : ''}`;
  }
  if (issue.code === 'too_small' && typeof value === 'string') return `${where} is empty; expected ${expected}`;
  if (issue.code === 'too_small' && Array.isArray(value)) return `${where} is an empty list; expected ${expected}`;
  if (issue.code === 'too_small' && typeof value === 'number') return `${where}: ${value} is too small; expected ${expected}`;
  if (issue.code === 'too_big') return `${where} is too long (${issue.maximum} at most); expected ${expected}`;
  const quote = typeof value === 'number' || typeof value === 'boolean' ? ' (put text in quotes)' : '';
  return `${where}: got ${describeValue(value)}; expected ${expected}${expected.includes('as text') ? quote : ''}`;
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let v = data;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[p];
  }
  return v;
}

function describeValue(v: unknown): string {
  if (v === null || v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return `"${v.length > 40 ? v.slice(0, 39) + '…' : v}"`;
  return `${typeof v === 'number' ? 'the number' : typeof v} ${String(v)}`;
}
