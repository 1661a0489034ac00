// YAML for front matter and user files, with errors that say where. js-yaml keeps the bundles
// small (about a third of the size of the alternatives) and is safe by default (no custom tags).
import { load, YAMLException } from 'js-yaml';

export type YamlResult = { ok: true; data: unknown } | { ok: false; message: string; /** 0-based */ line: number; column: number };

const ALIAS = /(^|[\s[{,:-])\*[^\s,\]}]+/m;

export function readYaml(text: string): YamlResult {
  let data: unknown;
  try {
    data = load(text);
  } catch (e) {
    if (e instanceof YAMLException) {
      const line = e.mark?.line ?? 0;
      return unclosedBefore(text, line) ?? { ok: false, message: e.reason || e.message.split('\n')[0], line, column: e.mark?.column ?? 0 };
    }
    throw e;
  }
  // An alias (`*name`) makes one node appear in many places; nested aliases let a few lines stand for
  // millions of nodes, which every later check would walk. User files never need them: refuse them.
  if (sharesNodes(data)) {
    const m = ALIAS.exec(text);
    const at = m ? m.index + m[1].length : 0;
    const line = text.slice(0, at).split(/\r\n|\r|\n/).length - 1;
    return { ok: false, message: 'YAML aliases (*name) are not supported here; write the value out in full', line, column: 0 };
  }
  return { ok: true, data };
}

/** A value that opens with a quote or a bracket: after a key, a list dash, or at the start of the line. */
const OPENER = /^\s*(?:-\s+)?(?:[^\s"'#[{][^:#]*:\s+)?(["'[{])/;
const CLOSER: Record<string, string> = { '"': '"', "'": "'", '[': ']', '{': '}' };
const KIND: Record<string, string> = { '"': 'quoted value', "'": 'quoted value', '[': 'list', '{': 'mapping' };
/** How far back an unclosed quote or bracket is looked for. */
const LOOK_BACK = 50;

/**
 * js-yaml reports an unclosed quote or bracket where it gives up, as "deficient indentation" on a later line. This
 * finds the value that opened it (the nearest line before `errorLine` whose quote or bracket is never closed up to
 * there) and says so at that line; undefined when there is none.
 */
function unclosedBefore(text: string, errorLine: number): YamlResult | undefined {
  const lines = text.split(/\r\n|\r|\n/);
  const last = Math.min(errorLine, lines.length - 1);
  for (let i = last; i >= Math.max(0, last - LOOK_BACK); i--) {
    const m = OPENER.exec(lines[i]);
    if (!m) continue;
    const column = m[0].length - 1;
    const rest = [lines[i].slice(column + 1), ...lines.slice(i + 1, last + 1)].join('\n');
    if (!isUnclosed(m[1], rest)) continue;
    const message = `the ${KIND[m[1]]} opened on line ${i + 1} (${m[1]}) is never closed: add the closing ${CLOSER[m[1]]}`;
    return { ok: false, message, line: i, column };
  }
  return undefined;
}

function isUnclosed(opener: string, rest: string): boolean {
  if (opener === '"') return !/(?:^|[^\\])(?:\\\\)*"/.test(rest);
  if (opener === "'") return !rest.replaceAll("''", '').includes("'");
  let depth = 1;
  for (const ch of rest) {
    if (ch === opener) depth++;
    else if (ch === CLOSER[opener] && --depth === 0) return false;
  }
  return true;
}

/** True when one object or list is reached twice: what a YAML alias makes. Linear in the size of the data. */
function sharesNodes(data: unknown): boolean {
  const seen = new Set<object>();
  const stack: unknown[] = [data];
  while (stack.length) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object') continue;
    if (seen.has(v)) return true;
    seen.add(v);
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push(child);
  }
  return false;
}
