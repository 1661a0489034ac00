// `npm run docs`: writes docs/checklist.md from the checklist data.
import { writeFileSync } from 'node:fs';
import { checklistDocs } from '../src/checklist/docs';

writeFileSync('docs/checklist.md', checklistDocs());
console.log('wrote docs/checklist.md');
