// `npm run docs`: writes docs/checklist.md and the checklist-pack JSON schema from the checklist data, and the
// README's settings table from package.json, in the English of package.nls.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { checklistDocs } from '../src/checklist/docs';
import { packJsonSchema } from './json-schemas';
import { localizedManifest } from './manifest';
import { settingsTable, withSettingsTable } from './settings-table';

writeFileSync('docs/checklist.md', checklistDocs());
writeFileSync('schemas/checklist-pack.schema.json', JSON.stringify(packJsonSchema(), null, 2) + '\n');
writeFileSync('README.md', withSettingsTable(readFileSync('README.md', 'utf8'), settingsTable(localizedManifest<Parameters<typeof settingsTable>[0]>('.'))));
console.log('wrote docs/checklist.md, schemas/checklist-pack.schema.json and the settings table in README.md');
