// `npm run schemas`: writes schemas/template.schema.json from the zod schema of a template's front matter.
// `--check` writes nothing and fails when the file is out of date (for CI).
import { readFileSync, writeFileSync } from 'node:fs';
import { templateFrontMatterJsonSchema } from '../src/shared/json-schemas';

const FILE = 'schemas/template.schema.json';
const text = `${JSON.stringify(templateFrontMatterJsonSchema(), null, 2)}\n`;

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
