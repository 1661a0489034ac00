import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checklistDocs } from '../../../src/checklist/docs';
import { discoveryJsonSchema, packJsonSchema, rubricJsonSchema, sagaJsonSchema, templateFrontMatterJsonSchema } from '../../../scripts/json-schemas';
import { builtinAntiPatterns } from '../../../src/checklist/antipatterns';
import { builtinItems } from '../../../src/checklist/items';
import { DOCS_BASE } from '../../../src/checklist/schema';
import { Commands, EXTENSION_ID } from '../../../src/shared/ids';
import { decodeHTML, decodeHTMLStrict } from '../../../src/shared/entities-shim';
import { REPO_ROOT } from '../../support/paths';

const root = REPO_ROOT;
const read = (file: string): string => readFileSync(join(root, file), 'utf8');
const pkg = JSON.parse(read('package.json'));

describe('manifest, docs and README agree', () => {
  it('package.json declares exactly the commands the code registers', () => {
    const declared = pkg.contributes.commands.map((c: { command: string }) => c.command).sort();
    assert.deepEqual(declared, Object.values(Commands).sort());
  });

  it('the extension id is publisher.name', () => {
    assert.equal(`${pkg.publisher}.${pkg.name}`, EXTENSION_ID);
  });

  it('activates on Markdown and on its commands, never on everything', () => {
    assert.ok(!pkg.activationEvents.includes('*'));
    assert.ok(pkg.activationEvents.includes('onLanguage:markdown'));
  });

  it('every command a user can run from the palette appears in the README by its title', () => {
    const readme = read('README.md');
    const hidden = new Set(pkg.contributes.menus.commandPalette.filter((m: { when?: string }) => m.when === 'false').map((m: { command: string }) => m.command));
    for (const c of pkg.contributes.commands) if (!hidden.has(c.command)) assert.ok(readme.includes(`${c.category}: ${c.title}`), c.title);
  });

  it('the CHANGELOG has an entry for the current version', () => {
    assert.match(read('CHANGELOG.md'), new RegExp(`^## ${pkg.version.replace(/\./g, '\\.')}\\b`, 'm'));
  });

  it('docs/checklist.md is generated from the current data (run `npm run docs`)', () => {
    assert.equal(read('docs/checklist.md'), checklistDocs());
  });

  it('schemas/checklist-pack.schema.json is generated from the pack schema (run `npm run docs`)', () => {
    assert.deepEqual(JSON.parse(read('schemas/checklist-pack.schema.json')), packJsonSchema());
  });

  it('schemas/rubric.schema.json is generated from the rubric schema (run `npm run schemas`)', () => {
    assert.deepEqual(JSON.parse(read('schemas/rubric.schema.json')), rubricJsonSchema());
    const validation = pkg.contributes.yamlValidation.find((v: { url: string }) => v.url === './schemas/rubric.schema.json');
    assert.deepEqual(validation.fileMatch, ['.design-workbench/rubrics/*.yaml', '.design-workbench/rubrics/*.yml']);
  });

  it('schemas/saga.schema.json and discovery.schema.json are generated from the spec schemas (run `npm run schemas`)', () => {
    assert.deepEqual(JSON.parse(read('schemas/saga.schema.json')), sagaJsonSchema());
    assert.deepEqual(JSON.parse(read('schemas/discovery.schema.json')), discoveryJsonSchema());
    const urls = pkg.contributes.yamlValidation.map((v: { url: string }) => v.url);
    assert.ok(urls.includes('./schemas/saga.schema.json') && urls.includes('./schemas/discovery.schema.json'));
  });

  it('schemas/template.schema.json is generated from the template schema (run `npm run schemas`)', () => {
    assert.deepEqual(JSON.parse(read('schemas/template.schema.json')), templateFrontMatterJsonSchema());
  });

  it('every diagnostic link has its anchor in docs/checklist.md', () => {
    const docs = read('docs/checklist.md');
    for (const x of [...builtinItems, ...builtinAntiPatterns]) {
      assert.ok(x.docs.startsWith(DOCS_BASE + '#'), x.id);
      assert.ok(docs.includes(`<a id="${x.id}"></a>`), x.id);
    }
  });

  it('the entity decoder bundled for markdown-it decodes what design documents use', () => {
    assert.equal(decodeHTML('A &amp; B &rarr; C &#8212; &#x2713; &unknownthing; &lt;x&gt;'), 'A & B → C — ✓ &unknownthing; <x>');
    assert.equal(decodeHTMLStrict('&amp'), '&amp');
    assert.equal(decodeHTML('&#0; &#xD800;'), '\ufffd \ufffd');
  });
});
