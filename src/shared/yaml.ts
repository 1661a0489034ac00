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
      return { ok: false, message: e.reason || e.message.split('\n')[0], line: e.mark?.line ?? 0, column: e.mark?.column ?? 0 };
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
