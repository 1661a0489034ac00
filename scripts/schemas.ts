// `npm run schemas`: writes schemas/{template,rubric,saga,discovery,config}.schema.json from the zod schemas of a
// template's front matter, a rubric, the diagram specs and the configuration file. `--check` writes nothing and fails when a file is
// out of date (for CI).
import { readFileSync, writeFileSync } from 'node:fs';
import { configJsonSchema, discoveryJsonSchema, rubricJsonSchema, sagaJsonSchema, templateFrontMatterJsonSchema } from './json-schemas';

for (const [FILE, schema] of [
  ['schemas/template.schema.json', templateFrontMatterJsonSchema()],
  ['schemas/rubric.schema.json', rubricJsonSchema()],
  ['schemas/saga.schema.json', sagaJsonSchema()],
  ['schemas/discovery.schema.json', discoveryJsonSchema()],
  ['schemas/config.schema.json', configJsonSchema()],
] as const) {
  write(FILE, `${JSON.stringify(schema, null, 2)}\n`);
}

function write(FILE: string, text: string): void {
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(FILE, 'utf8');
    } catch {
      // A missing file is out of date too.
    }
    if (current !== text) {
      console.error(`${FILE} is out of date: run npm run schemas`);
      process.exit(1);
    }
    console.log(`${FILE} is up to date`);
  } else {
    writeFileSync(FILE, text);
    console.log(`wrote ${FILE}`);
  }
}
