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
import { decodePng, renderSvg } from '../../../scripts/raster';
import { ICON_PNG, ICON_SVG } from '../../../scripts/icon';
import { settingsTable, SETTINGS_END, SETTINGS_START } from '../../../scripts/settings-table';
import { localize, placeholders } from '../../../scripts/manifest';

const root = REPO_ROOT;
const read = (file: string): string => readFileSync(join(root, file), 'utf8');
// What a user sees: the `%key%` texts from package.nls.json in place.
const raw = JSON.parse(read('package.json'));
const nls = JSON.parse(read('package.nls.json'));
const pkg = localize(raw, nls);

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

  it("the CHANGELOG's latest version is package.json's", () => {
    const latest = /^## (\d+\.\d+\.\d+)\b/m.exec(read('CHANGELOG.md'));
    assert.equal(latest?.[1], pkg.version);
  });

  it("the README's settings table is generated from package.json (run `npm run docs`)", () => {
    const readme = read('README.md');
    const start = readme.indexOf(SETTINGS_START);
    assert.ok(start >= 0 && readme.indexOf(SETTINGS_END) > start, 'README.md has the settings markers');
    assert.equal(readme.slice(start + SETTINGS_START.length, readme.indexOf(SETTINGS_END)).trim(), settingsTable(pkg));
    for (const key of Object.keys(pkg.contributes.configuration.properties)) assert.ok(readme.includes(`| \`${key}\` |`), key);
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

describe('the manifest as a user meets it on the Marketplace and in VS Code', () => {
  type Command = { command: string; title: string; category?: string; icon?: string };
  type MenuEntry = { command: string; when?: string; group?: string };
  const commands: Command[] = pkg.contributes.commands;
  const menus: Record<string, MenuEntry[]> = pkg.contributes.menus;

  it('the icon is a 128×128 PNG rendered from media/icon.svg (run `npm run icon`)', () => {
    assert.equal(pkg.icon, ICON_PNG);
    const committed = decodePng(readFileSync(join(root, ICON_PNG)));
    assert.deepEqual([committed.width, committed.height], [128, 128]);
    const rendered = renderSvg(read(ICON_SVG));
    assert.ok(Buffer.from(committed.rgba).equals(Buffer.from(rendered.rgba)), `${ICON_PNG} differs from a fresh rendering of ${ICON_SVG}`);
  });

  it('has a gallery banner, repository, bugs, homepage and license', () => {
    assert.match(pkg.galleryBanner.color, /^#[0-9a-f]{6}$/i);
    assert.ok(['dark', 'light'].includes(pkg.galleryBanner.theme));
    assert.match(pkg.repository.url, /^https:\/\/github\.com\/[\w-]+\/[\w-]+$/);
    assert.equal(pkg.bugs.url, `${pkg.repository.url}/issues`);
    assert.ok(pkg.homepage.startsWith(pkg.repository.url));
    assert.equal(pkg.license, 'MIT');
    assert.match(read('LICENSE'), /^MIT License/);
  });

  it('a searcher finds it by what it does: system design, microservices, interview', () => {
    for (const word of ['system design', 'microservices', 'interview']) {
      assert.ok(pkg.keywords.some((k: string) => k.includes(word)), `keyword ${word}`);
      assert.ok(`${pkg.displayName} ${pkg.description}`.toLowerCase().includes(word), `display name or description says ${word}`);
    }
    assert.ok(pkg.keywords.length <= 30, 'the Marketplace takes at most 30 keywords');
  });

  it('every command is in the Design Workbench category', () => {
    for (const c of commands) assert.equal(c.category, 'Design Workbench', c.command);
  });

  it('every command shown in a title bar or inline in a view has an icon', () => {
    const placed = [...menus['view/title'], ...menus['editor/title'], ...Object.values(menus).flat().filter((m) => m.group === 'inline')];
    for (const m of placed) assert.ok(commands.find((c) => c.command === m.command)?.icon, `${m.command} in a title bar needs an icon`);
  });

  it('the palette hides commands where they do not apply', () => {
    const palette = new Map(menus.commandPalette.map((m) => [m.command, m.when]));
    for (const id of palette.keys()) assert.ok(commands.some((c) => c.command === id), `${id} is declared`);
    // Commands that need an argument only a view or a link gives.
    for (const id of [Commands.revealLine, Commands.markOutOfScope, Commands.openSessionReport]) assert.equal(palette.get(id), 'false', id);
    // Commands on the active Markdown document.
    for (const id of [Commands.runChecklist, Commands.checkThisDocument, Commands.insertAllSections, Commands.scoreAnswer, Commands.showDiagrams]) assert.match(palette.get(id) ?? '', /^editorLangId == markdown\b/, id);
    // Commands on the workspace's folders.
    for (const id of [Commands.newDesignDocument, Commands.checkAllDocuments, Commands.reloadPacks]) assert.equal(palette.get(id), 'workspaceFolderCount != 0', id);
    assert.equal(palette.get(Commands.mockInterviewActions), 'designWorkbench.practice.running');
    // Whatever is left applies everywhere; a new command must be placed in one of the lists above or here.
    const everywhere = [Commands.startMockInterview, Commands.exportSessionReport, Commands.showProgress];
    assert.deepEqual(commands.map((c) => c.command).filter((id) => !palette.has(id)).sort(), [...everywhere].sort());
  });

  it('every setting has a Markdown description, and every enum a description for each value', () => {
    const props: Record<string, Record<string, unknown>> = pkg.contributes.configuration.properties;
    const enums = (node: unknown, where: string): void => {
      if (node === null || typeof node !== 'object') return;
      const o = node as Record<string, unknown>;
      if (Array.isArray(o.enum)) assert.equal((o.enumDescriptions as unknown[] | undefined)?.length, o.enum.length, `${where}: enumDescriptions`);
      // Property names are ids, named in the description; the Settings editor shows no description for them.
      for (const [k, v] of Object.entries(o)) if (k !== 'propertyNames') enums(v, `${where}.${k}`);
    };
    for (const [key, s] of Object.entries(props)) {
      assert.equal(typeof s.markdownDescription, 'string', `${key}: markdownDescription`);
      assert.equal(s.description, undefined, `${key}: description and markdownDescription both set`);
      enums(s, key);
    }
  });

  it('the per-id severity setting offers exactly the built-in items and anti-patterns', () => {
    const names = pkg.contributes.configuration.properties['designWorkbench.checklist.severity'].propertyNames.enum;
    assert.deepEqual([...names].sort(), [...builtinItems, ...builtinAntiPatterns].map((x) => x.id).sort());
  });

  it('declares untrusted and virtual workspace support with the reasons', () => {
    const { untrustedWorkspaces, virtualWorkspaces } = pkg.capabilities;
    for (const [name, c] of Object.entries({ untrustedWorkspaces, virtualWorkspaces }) as [string, { supported: unknown; description?: string }][]) {
      assert.ok(c.supported === true || c.supported === 'limited', name);
      assert.ok((c.description ?? '').length > 40, `${name} says why`);
    }
    for (const key of untrustedWorkspaces.restrictedConfigurations ?? []) assert.ok(pkg.contributes.configuration.properties[key], key);
  });

  it('every walkthrough image draws in light, dark and high-contrast themes: its colours come from the theme', () => {
    const steps = (pkg.contributes.walkthroughs as { steps: { id: string; media: { svg?: string } }[] }[]).flatMap((w) => w.steps);
    assert.equal(steps.length, 5);
    for (const step of steps) {
      assert.ok(step.media.svg, `${step.id} has an SVG image (theme colours apply only to SVG media)`);
      let svg = read(step.media.svg);
      assert.match(svg, /var\(--vscode-/, `${step.id}: no theme colour`);
      // The walkthrough's page allows no style of ours (CSP style-src with its own nonce): presentation attributes only.
      assert.doesNotMatch(svg, /<style|\sstyle=/, `${step.id}: styles the walkthrough's CSP drops, leaving shapes black`);
      const unfilled = [...svg.matchAll(/<(rect|circle|ellipse|path|line|polyline|polygon|text)\b[^>]*>/g)].filter(([tag]) => !/\sfill="/.test(tag));
      assert.deepEqual(unfilled.map(([tag]) => tag), [], `${step.id}: shapes without a fill are drawn black`);
      // A colour is allowed only as the fallback inside var(--vscode-…), for viewers outside VS Code.
      for (let before = ''; before !== svg; ) [before, svg] = [svg, svg.replace(/var\(--vscode-[\w-]+(,[^()]*)?\)/g, '')];
      assert.doesNotMatch(svg, /#[0-9a-f]{3,8}\b|\brgba?\(|\b(fill|stroke|color)\s*[:=]\s*"?(black|white)\b/i, `${step.id}: a colour that ignores the theme`);
    }
  });

  it('every contribution text a user reads comes from package.nls.json, and every text there is used', () => {
    // Keys whose string values are shown to users (ids, paths, `when` clauses and patterns are not).
    const shown = new Set(['displayName', 'description', 'title', 'category', 'name', 'contextualTitle', 'contents', 'altText', 'label', 'markdownDescription', 'enumDescriptions', 'markdownEnumDescriptions', 'deprecationMessage', 'markdownDeprecationMessage']);
    const literal: string[] = [];
    const visit = (value: unknown, path: string[]): void => {
      if (typeof value === 'string') {
        const key = [...path].reverse().find((p) => !/^\d+$/.test(p)) ?? '';
        // A problem matcher's `name` is its id ($design-workbench), not a text.
        if (shown.has(key) && !(key === 'name' && path.includes('problemMatchers')) && !/^%[\w.-]+%$/.test(value)) literal.push(`${path.join('.')}: ${value.slice(0, 40)}`);
      } else if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, String(i)]));
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, [...path, k]);
    };
    visit({ displayName: raw.displayName, description: raw.description, contributes: raw.contributes }, []);
    assert.deepEqual(literal, [], 'texts to move into package.nls.json');
    const used = new Set(placeholders(raw));
    assert.deepEqual(Object.keys(nls).filter((k) => !used.has(k)), [], 'unused in package.json');
    assert.deepEqual([...used].filter((k) => !Object.hasOwn(nls, k)), [], 'missing from package.nls.json');
    assert.throws(() => localize({ title: '%nope%' }, nls), /title: %nope% is not in package\.nls\.json/);
  });

  it("the README's privacy section names the one setting that lets text leave the machine, and it is off and user-only", () => {
    const readme = read('README.md');
    const privacy = readme.slice(readme.indexOf('## Privacy'), readme.indexOf('\n## ', readme.indexOf('## Privacy') + 1));
    assert.match(privacy, /works offline/);
    const sending = Object.entries(pkg.contributes.configuration.properties as Record<string, { default?: unknown; scope?: string }>).filter(([key]) => /languageModel/i.test(key));
    assert.equal(sending.length, 1);
    const [[key, setting]] = sending;
    assert.ok(privacy.includes(`\`${key}\``), `the privacy section names ${key}`);
    assert.equal(setting.default, false, 'off until the user turns it on');
    assert.equal(setting.scope, 'application', 'a workspace cannot turn it on');
  });
});
