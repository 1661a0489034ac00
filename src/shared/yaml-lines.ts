// Where each key and list item of a YAML text stands, so that a schema error can name its line.
// js-yaml's event stream carries source offsets; `readYaml` (./yaml.ts) does the loading.
import { lineAtOffset, lineStarts } from './offsets';
import { EVENT_ID, getScalarValue, parseEvents, type Event, type ScalarEvent } from 'js-yaml';

type Path = readonly (string | number)[];

interface Open {
  readonly kind: 'map' | 'seq';
  readonly path: Path;
  /** map: the key whose value comes next, or undefined while a key is expected. */
  key: string | undefined;
  /** seq: index of the next item. */
  index: number;
}

/** Maps `a/0/b` style paths to the 0-based line of the key (or list item) in `yaml`. */
export function yamlPathLines(yaml: string): Map<string, number> {
  const lines = new Map<string, number>();
  let events: Event[];
  try {
    events = parseEvents(yaml, {});
  } catch {
    return lines;
  }
  const starts = lineStarts(yaml);
  const lineAt = (offset: number): number => lineAtOffset(starts, offset);
  const stack: Open[] = [];
  /** The path of the value about to start, recording list items as they begin. */
  const nextValuePath = (offset: number): Path | undefined => {
    const top = stack[stack.length - 1];
    if (!top) return [];
    if (top.kind === 'seq') {
      const path = [...top.path, top.index++];
      if (offset >= 0) lines.set(path.join('/'), lineAt(offset));
      return path;
    }
    if (top.key === undefined) return undefined;
    const path = [...top.path, top.key];
    top.key = undefined;
    return path;
  };
  for (const e of events) {
    if (e.type === EVENT_ID.MAPPING || e.type === EVENT_ID.SEQUENCE) {
      const top = stack[stack.length - 1];
      // A collection used as a key is rare and has no useful path: give it a placeholder one.
      const path = top?.kind === 'map' && top.key === undefined ? [...top.path, '?'] : (nextValuePath(e.start) ?? []);
      stack.push({ kind: e.type === EVENT_ID.MAPPING ? 'map' : 'seq', path, key: undefined, index: 0 });
    } else if (e.type === EVENT_ID.SCALAR || e.type === EVENT_ID.ALIAS) {
      const top = stack[stack.length - 1];
      const offset = e.type === EVENT_ID.SCALAR ? e.valueStart : e.anchorStart;
      if (top?.kind === 'map' && top.key === undefined) {
        const key = e.type === EVENT_ID.SCALAR ? getScalarValue(yaml, e as ScalarEvent) : '*';
        top.key = key;
        if (offset >= 0) lines.set([...top.path, key].join('/'), lineAt(offset));
      } else {
        nextValuePath(offset);
      }
    } else if (e.type === EVENT_ID.POP) {
      stack.pop();
    }
  }
  return lines;
}

/** The line of `path`, or of its nearest ancestor that has one. */
export function lineOfPath(lines: ReadonlyMap<string, number>, path: Path): number | undefined {
  for (let n = path.length; n > 0; n--) {
    const line = lines.get(path.slice(0, n).join('/'));
    if (line !== undefined) return line;
  }
  return undefined;
}
