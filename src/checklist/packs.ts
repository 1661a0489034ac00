// Custom checklist packs: `.design-workbench/checklists/*.yaml` in a workspace adds items or extends
// the concepts, topics and headings of built-in ones. Validated with the same schemas as the
// built-in items; every error names the file and the line. Pure: no `vscode` import.
import * as z from 'zod/mini';
import { lineOfPath } from '../shared/yaml-lines';
import { parseYamlFile, type FileProblem } from '../shared/yaml-schema';
import { checklistItemSchema, conceptSchema, ITEM_IDS, type ChecklistItem } from './schema';

export const PACK_GLOB = '.design-workbench/checklists/*.{yaml,yml}';
/** The engine tracks items in 31-bit masks. */
export const MAX_ITEMS = 30;

// Trimmed before the length is checked: "  " is empty, not a valid advice that the engine then rejects.
const text = z.string().check(z.trim(), z.minLength(1));

/** A new item: the built-in item shape, with a docs link that may be left out. */
const newItemSchema = z.extend(checklistItemSchema, { docs: z.optional(z.url()) });

const extensionSchema = z.strictObject({
  /** The built-in item to extend. */
  id: z.enum(ITEM_IDS),
  headings: z.optional(z.array(text)),
  topics: z.optional(z.array(text)),
  /** Concepts added to the item; one with the id of a built-in concept replaces it. */
  concepts: z.optional(z.array(conceptSchema)),
  advice: z.optional(text),
});

export const packSchema = z.strictObject({
  /** Shown in messages about the pack. */
  name: z.optional(text),
  items: z.optional(z.array(newItemSchema)),
  extend: z.optional(z.array(extensionSchema)),
});
export type Pack = z.infer<typeof packSchema>;

export type PackProblem = FileProblem;

export interface LoadedPack {
  readonly file: string;
  readonly pack: Pack;
  /** Line of each YAML path (`items/0`), for problems found after parsing. */
  readonly lines: ReadonlyMap<string, number>;
}

/** Parses one pack file; problems carry the line of the offending key where the YAML allows. */
export function parsePack(file: string, source: string): { pack?: LoadedPack; problems: PackProblem[] } {
  const checked = parseYamlFile(packSchema, file, source);
  if (!checked.ok) return { problems: [...checked.problems] };
  return { pack: { file, pack: checked.data, lines: checked.lines }, problems: [] };
}

/**
 * The built-in items with the packs applied, in order: new items come after the built-in ones.
 * Clashes (an id used twice, too many items) are reported and the later definition left out.
 */
export function mergePacks(builtins: readonly ChecklistItem[], packs: readonly LoadedPack[]): { items: ChecklistItem[]; problems: PackProblem[] } {
  const items = builtins.map((i) => ({ ...i, headings: [...i.headings], topics: [...i.topics], concepts: [...i.concepts] }));
  const problems: PackProblem[] = [];
  for (const { file, pack, lines } of packs) {
    for (const ext of pack.extend ?? []) {
      const target = items.find((i) => i.id === ext.id)!;
      target.headings.push(...(ext.headings ?? []));
      target.topics.push(...(ext.topics ?? []));
      for (const concept of ext.concepts ?? []) {
        const at = target.concepts.findIndex((c) => c.id === concept.id);
        if (at >= 0) target.concepts[at] = concept;
        else target.concepts.push(concept);
      }
      if (ext.advice) target.advice = ext.advice;
    }
    for (const [index, item] of (pack.items ?? []).entries()) {
      const line = lineOfPath(lines, ['items', index]) ?? 0;
      if (items.some((i) => i.id === item.id)) {
        problems.push({ file, line, message: `item '${item.id}' already exists; use 'extend' to change a built-in item` });
      } else if (items.length >= MAX_ITEMS) {
        problems.push({ file, line, message: `at most ${MAX_ITEMS} checklist items in all; '${item.id}' is left out` });
      } else {
        items.push({ ...item, docs: item.docs ?? file });
      }
    }
  }
  return { items, problems };
}

/** Parses every pack and merges them: the items to run and every problem found on the way. */
export function loadPacks(builtins: readonly ChecklistItem[], files: readonly { file: string; text: string }[]): { items: ChecklistItem[]; problems: PackProblem[] } {
  const loaded: LoadedPack[] = [];
  const problems: PackProblem[] = [];
  for (const { file, text: source } of files) {
    const result = parsePack(file, source);
    problems.push(...result.problems);
    if (result.pack) loaded.push(result.pack);
  }
  const merged = mergePacks(builtins, loaded);
  return { items: merged.items, problems: [...problems, ...merged.problems] };
}
