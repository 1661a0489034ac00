// JSON schemas for the files users write, generated from the same zod schemas that check them.
// Used at build time (npm run docs) and by tests; kept out of the extension's runtime path because
// zod's JSON-schema generator would double zod's share of the bundle.
import * as z from 'zod/mini';
import { configDocs, configSchema } from '../src/checklist/config';
import { packSchema } from '../src/checklist/packs';
import { discoverySchema, sagaSchema } from '../src/diagrams/schema';
import { rubricDocs, rubricSchema } from '../src/scoring/schema';
import { docs, templateFrontMatterSchema } from '../src/templates/schema';

/** A checklist pack (`.design-workbench/checklists/*.yaml`). */
export function packJsonSchema(): object {
  return { ...z.toJSONSchema(packSchema, { io: 'input' }), title: 'Design Workbench checklist pack' };
}

/** A user template's front matter (`.design-workbench/templates/*.md`). */
export function templateFrontMatterJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(templateFrontMatterSchema, { io: 'input', unrepresentable: 'any', metadata: docs }) as Record<string, unknown>;
}

/** A user rubric (`.design-workbench/rubrics/*.yaml`). */
export function rubricJsonSchema(): Record<string, unknown> {
  return { ...(z.toJSONSchema(rubricSchema, { io: 'input', unrepresentable: 'any', metadata: rubricDocs }) as Record<string, unknown>), title: 'Design Workbench rubric' };
}

/** A saga spec file (`*.saga.yaml`; the same YAML as a ```saga block). */
export function sagaJsonSchema(): Record<string, unknown> {
  return { ...(z.toJSONSchema(sagaSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>), title: 'Design Workbench saga' };
}

/** A service-discovery spec file (`*.discovery.yaml`; the same YAML as a ```discovery block). */
export function discoveryJsonSchema(): Record<string, unknown> {
  return { ...(z.toJSONSchema(discoverySchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>), title: 'Design Workbench service discovery' };
}

/** The workspace configuration file (`.design-workbench.yaml` / `.jsonc`). */
export function configJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(configSchema, { io: 'input', unrepresentable: 'any' }) as { properties: Record<string, Record<string, unknown>> };
  for (const [key, description] of Object.entries(configDocs)) schema.properties[key] = { ...schema.properties[key], description };
  return { ...schema, title: 'Design Workbench configuration' };
}
