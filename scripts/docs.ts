// `npm run docs`: writes docs/checklist.md and the checklist-pack JSON schema from the checklist data.
import { writeFileSync } from 'node:fs';
import { checklistDocs } from '../src/checklist/docs';
import { packJsonSchema } from './json-schemas';

writeFileSync('docs/checklist.md', checklistDocs());
writeFileSync('schemas/checklist-pack.schema.json', JSON.stringify(packJsonSchema(), null, 2) + '\n');
console.log('wrote docs/checklist.md and schemas/checklist-pack.schema.json');
