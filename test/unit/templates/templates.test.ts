import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { defaultEngine } from '../../../src/checklist/engine';
import { ITEM_IDS } from '../../../src/checklist/schema';
import { frontMatterRecord, parseDocument } from '../../../src/shared/document';
import { readYaml } from '../../../src/shared/yaml';
import { buildCatalog, builtinTemplates } from '../../../src/templates/catalog';
import { builtinTemplateTexts } from '../../../src/templates/builtin';
import {
  freeFileName,
  freeFileNameAsync,
  parseTemplate,
  renderTemplate,
  resolveValues,
  slug,
  validateValue,
  type Template,
  type TemplateError,
} from '../../../src/templates/render';
import { templateFrontMatterJsonSchema } from '../../../scripts/json-schemas';
import { sectionHeading, sectionSkeleton } from '../../../src/templates/sections';
import { diagramsOf } from '../../../src/diagrams';
import { REPO_ROOT } from '../../support/paths';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

const NOW = (): Date => new Date(2026, 10, 26, 9, 30);
const CONTEXT = { now: NOW, workspace: 'shop' };

function render(template: Template, values: Record<string, string> = {}): string {
  const r = renderTemplate(template, values, CONTEXT);
  assert.ok(r.ok, r.ok ? '' : JSON.stringify(r.problems));
  return r.text;
}

function errorsOf(source: string, file = 'my.md'): readonly TemplateError[] {
  const r = parseTemplate(file, source);
  assert.ok(!r.ok, 'expected the template to be rejected');
  return r.errors;
}

function templateOf(source: string): Template {
  const r = parseTemplate('t.md', source);
  assert.ok(r.ok, r.ok ? '' : JSON.stringify(r.errors));
  return r.template;
}

const codeBlock = (text: string, info: string): string => {
  const block = parseDocument(text).codeBlocks.find((b) => b.info === info);
  assert.ok(block, `no ${info} block`);
  return block.content;
};

const MINIMAL = `---
id: mini
name: Mini
description: A small template.
variables:
  - name: system
    prompt: System name
  - name: team_size
    prompt: Team size
    default: 8
    pattern: ^\\d+$
    message: must be a whole number
---
# {{system}} ({{team_size}} engineers)
`;

describe('templates: built-ins', () => {
  it('are the six from the issue, each valid', () => {
    assert.deepEqual(
      builtinTemplates().map((t) => t.id),
      ['microservices-hld', 'saga-design', 'service-discovery', 'migration-plan', 'adr', 'explain-it'],
    );
    for (const { file, text } of builtinTemplateTexts) assert.ok(parseTemplate(file, text).ok, file);
  });

  for (const template of builtinTemplates()) {
    describe(template.id, () => {
      const text = render(template);
      const doc = parseDocument(text);

      it('renders with its defaults, front matter first', () => {
        assert.match(text, new RegExp(`^---\\ndesign-workbench: true\\ntemplate: ${template.id}\\ncreated: 2026-11-26\\n`));
        assert.equal(doc.frontMatter?.error, undefined);
        const fm = frontMatterRecord(doc);
        assert.equal(fm['design-workbench'], true);
        assert.equal(fm.template, template.id);
        assert.equal(fm.created, '2026-11-26');
        assert.doesNotMatch(text, /\{\{|\}\}/, 'a placeholder was left unfilled');
        assert.ok(doc.sections.length >= 4, 'expected a title and sections');
      });

      it('keeps every prompt in a comment: no prose, only headings, comments, table headers and code', () => {
        const prose = doc.blocks.filter((b) => !b.isHeader);
        assert.deepEqual(prose.map((b) => `${b.line + 1}: ${b.text}`), []);
        for (const c of doc.comments) assert.ok(!c.text.includes('--'), `'--' inside a comment at line ${c.line + 1}`);
      });

      it('counts as no decision in the checklist', () => {
        const report = defaultEngine().run(doc);
        assert.deepEqual(report.items.filter((i) => i.status === 'covered').map((i) => i.id), []);
        assert.equal(report.covered, 0);
        assert.deepEqual(report.antipatterns.map((a) => a.id), []);
      });
    });
  }

  it('the high-level design holds every checklist section exactly as the quick fix inserts it', () => {
    const hld = builtinTemplates().find((t) => t.id === 'microservices-hld')!;
    const text = render(hld);
    for (const id of ITEM_IDS) assert.ok(text.includes(sectionSkeleton(id)), id);
    for (const heading of ['Requirements', 'Capacity estimates', 'Services and their data', 'APIs', 'Trade-offs']) {
      assert.match(text, new RegExp(`^## ${heading}$`, 'm'));
    }
  });

  it('the saga snippet reserves stock, authorises, then captures, and draws no saga warning', () => {
    const snippets = JSON.parse(readFileSync(path.join(REPO_ROOT, 'snippets/markdown.code-snippets'), 'utf8')) as Record<string, { body: string[] }>;
    // Each tab stop takes its default; a choice takes its first option.
    const text = snippets['Saga block'].body
      .join('\n')
      .replace(/\$\{\d+\|([^,|}]+)(?:,[^,|}]+)*\|\}/g, '$1')
      .replace(/\$\{\d+:([^}]*)\}/g, '$1')
      .replace(/\$1 orchestrator/, 'Place order orchestrator')
      .replace(/\$0/, '');
    const [block] = diagramsOf('saga.md', `# Saga\n\n${text}\n`);
    assert.deepEqual(block.problems, []);
    const actions = (block.saga?.steps ?? []).map((s) => s.action);
    assert.deepEqual(actions.slice(1, 4), ['Reserve items', 'Authorise card', 'Capture payment']);
  });

  it('the saga design has a saga block in the diagram format, also with other values', () => {
    const saga = builtinTemplates().find((t) => t.id === 'saga-design')!;
    const cases: Record<string, string>[] = [{}, { saga: 'Book trip (flight, hotel & car)', style: 'choreography' }];
    for (const values of cases) {
      const yaml = readYaml(codeBlock(render(saga, values), 'saga'));
      assert.ok(yaml.ok);
      const spec = yaml.data as { name: string; style: string; orchestrator: string; steps: Record<string, string>[] };
      assert.equal(spec.name, 'saga' in values ? values.saga : 'Place order');
      assert.equal(spec.style, 'style' in values ? values.style : 'orchestration');
      assert.equal(typeof spec.orchestrator, 'string');
      // Reserve, then authorise, then capture: the card is never charged for stock that may not be there.
      assert.deepEqual(spec.steps.map((s) => s.action), ['Create order (pending)', 'Reserve items', 'Authorise card', 'Capture payment', 'Confirm order']);
      for (const step of spec.steps) {
        assert.equal(typeof step.service, 'string');
        assert.match(step.event, /^[a-z]+\.[a-z]+$/);
      }
      assert.deepEqual(spec.steps.map((s) => s.compensation), ['Cancel order', 'Release items', 'Void authorisation', undefined, undefined]);
      // The step after the pivot is marked retryable, and the saga checks find nothing to say (for choreography the
      // prompt asks the author to delete the orchestrator line, which is left in).
      assert.deepEqual(diagramsOf('saga.md', render(saga, values)).flatMap((b) => b.problems.map((p) => p.code)).filter((c) => c !== 'unused-key'), []);
    }
    const r = renderTemplate(saga, { saga: 'Pay: now # later' }, CONTEXT);
    assert.ok(!r.ok && r.problems[0].variable === 'saga', 'a name that would break the YAML is refused');
    assert.ok(!renderTemplate(saga, { style: 'orchestrated' }, CONTEXT).ok);
  });

  it('the service discovery design has a discovery block for each pattern', () => {
    const sd = builtinTemplates().find((t) => t.id === 'service-discovery')!;
    for (const pattern of ['client-side', 'server-side', 'dns', 'service-mesh', 'kubernetes']) {
      const yaml = readYaml(codeBlock(render(sd, { pattern, caller: 'Checkout', service: 'Fraud check' }), 'discovery'));
      assert.ok(yaml.ok);
      assert.deepEqual(yaml.data, { pattern, caller: 'Checkout', service: 'Fraud check', instances: ['10.0.1.5:8080', '10.0.1.6:8080', '10.0.1.7:8080'] });
    }
    assert.ok(!renderTemplate(sd, { pattern: 'mesh' }, CONTEXT).ok);
    const text = render(sd);
    // Every option's heading is about discovery only ("Service mesh" alone would also read as "services").
    const doc = parseDocument(text);
    for (const option of ['Client-side discovery', 'Server-side discovery', 'DNS-based discovery', 'Mesh-based discovery', 'Kubernetes Service discovery']) {
      assert.match(text, new RegExp(`^### ${option}$`, 'm'));
    }
    const items = defaultEngine().run(doc).items;
    assert.equal(items.find((i) => i.id === 'service-boundaries')?.headingLine, undefined);
    assert.equal(items.find((i) => i.id === 'service-discovery')?.headingLine, doc.sections.find((s) => s.heading === 'Client-side discovery')!.line + 1);
  });

  it('the migration plan covers the lesson’s migration path', () => {
    const text = render(builtinTemplates().find((t) => t.id === 'migration-plan')!);
    for (const heading of ['Phase 1: modular monolith', 'Phase 2: strangler fig', 'What to extract first, and why', 'Data ownership', 'Infrastructure before migration']) {
      assert.match(text, new RegExp(`^## ${heading}$`, 'm'));
    }
  });

  it('the ADR has context, options, decision and consequences, and its status in the front matter', () => {
    const adr = builtinTemplates().find((t) => t.id === 'adr')!;
    const text = render(adr, { number: '7', title: 'Use Consul for discovery', status: 'accepted' });
    for (const heading of ['Context', 'Options', 'Decision', 'Consequences']) assert.match(text, new RegExp(`^## ${heading}$`, 'm'));
    assert.match(text, /^# ADR 7: Use Consul for discovery$/m);
    assert.deepEqual(frontMatterRecord(parseDocument(text)).status, 'accepted');
    assert.equal(renderTemplate(adr, { number: '7', title: 'Use Consul for discovery', status: 'accepted' }, CONTEXT).ok && renderTemplate(adr, { number: '7', title: 'Use Consul for discovery' }, CONTEXT).ok, true);
    const r = renderTemplate(adr, { number: '7', title: 'Use Consul for discovery' }, CONTEXT);
    assert.ok(r.ok);
    assert.equal(r.fileName, 'adr-7-use-consul-for-discovery.md');
  });

  it('the explain-it answer names its challenge and has a section per sub-question', () => {
    const explain = builtinTemplates().find((t) => t.id === 'explain-it')!;
    const text = render(explain);
    assert.equal(frontMatterRecord(parseDocument(text)).challenge, 'ecommerce-migration');
    for (const heading of ['Service boundaries', 'What to extract first, and why', 'Shared data', 'Infrastructure first']) {
      assert.match(text, new RegExp(`^## ${heading}$`, 'm'));
    }
    for (const fact of ['50 developers', '4 hours', 'recommendation engine', 'Python', 'Java']) assert.ok(text.includes(fact), fact);
    assert.equal(frontMatterRecord(parseDocument(render(explain, { challenge: 'travel-saga' }))).challenge, 'travel-saga');
    assert.ok(!renderTemplate(explain, { challenge: 'Travel Saga' }, CONTEXT).ok);
  });
});

describe('templates: section skeletons', () => {
  for (const id of ITEM_IDS) {
    it(`${id}: a heading the checklist maps to the item, prompts in one comment`, () => {
      const skeleton = sectionSkeleton(id);
      assert.match(skeleton, new RegExp(`^## ${sectionHeading(id)}\\n\\n<!--\\n(- .+\\n){2,4}-->\\n$`));
      const doc = parseDocument(`# Design\n\nIntro.\n\n${skeleton}`);
      const item = defaultEngine().run(doc).items.find((i) => i.id === id)!;
      assert.equal(item.headingLine, 5);
      assert.equal(item.status, 'missing');
    });
  }

  it('has nothing for an id that is not a built-in item', () => {
    assert.equal(sectionSkeleton('custom-pack-item'), undefined);
  });
});

describe('templates: parsing errors name the file and line', () => {
  it('accepts a minimal template and reads `default: 8` as text', () => {
    const t = templateOf(MINIMAL);
    assert.equal(t.variables[1].default, '8');
    assert.equal(t.variables[0].required, true);
  });

  it('an undeclared placeholder, with its line and a suggestion', () => {
    const errors = errorsOf(MINIMAL + '\nBuilt by {{sytem}} and {{ author }}.\n');
    assert.deepEqual(
      errors.map((e) => [e.file, e.line]),
      [
        ['my.md', 16],
        ['my.md', 16],
      ],
    );
    assert.match(errors[0].message, /\{\{sytem\}\} is not declared \(did you mean \{\{system\}\}\?\)/);
    assert.match(errors[1].message, /\{\{author\}\} is not declared.*system, team_size/);
  });

  it('a placeholder in the extra front matter or the file name', () => {
    const source = MINIMAL.replace('variables:', "frontMatter:\n  owner: '{{owner}}'\nfileName: '{{name}}-x'\nvariables:");
    assert.deepEqual(
      errorsOf(source).map((e) => [e.line, e.message.split(' ')[0]]),
      [
        [6, 'frontMatter.owner:'],
        [7, 'fileName:'],
      ],
    );
  });

  it('malformed YAML, with the line from the parser', () => {
    const source = MINIMAL.replace('  - name: team_size\n    prompt: Team size', '  - name: team_size\n   prompt: Team size');
    const [error] = errorsOf(source);
    assert.equal(error.line, 9);
    assert.match(error.message, /not valid YAML/);
  });

  it('schema problems at the offending key', () => {
    const source = MINIMAL.replace('id: mini', 'id: Mini Template').replace("pattern: ^\\d+$", 'pattern: ^(\\d+$').replace('description: A small template.\n', 'description: A small template.\nvaraibles: []\n');
    const errors = errorsOf(source);
    assert.deepEqual(
      errors.map((e) => [e.line, e.message]),
      [
        [2, "id must be kebab-case: lower-case letters and digits joined by '-', e.g. 'saga-design'"],
        [5, "unknown key 'varaibles'; expected one of id, name, description, variables, frontMatter, fileName"],
        [12, 'variables[1].pattern must be a valid regular expression (JavaScript syntax)'],
      ],
    );
  });

  it('a missing key, a wrong type, a duplicate variable, a default that fails its pattern', () => {
    assert.deepEqual(
      errorsOf(MINIMAL.replace('    prompt: System name\n', '')).map((e) => [e.line, e.message]),
      [[6, 'variables[0].prompt is missing']],
    );
    assert.deepEqual(
      errorsOf(MINIMAL.replace('variables:\n', 'variables: 3\nx:\n')).map((e) => [e.line, e.message]).slice(0, 1),
      [[5, 'variables must be a list, got number 3']],
    );
    const twice = MINIMAL.replace('name: team_size', 'name: system');
    assert.deepEqual(
      errorsOf(twice).map((e) => [e.line, e.message]),
      [
        [8, "variable 'system' is declared twice"],
        [14, "{{team_size}} is not declared. Declare it under 'variables' or use one of: system, date, workspace"],
      ],
    );
    assert.deepEqual(
      errorsOf(MINIMAL.replace('default: 8', 'default: eight')).map((e) => [e.line, e.message]),
      [[10, "the default of 'team_size' must be a whole number"]],
    );
    assert.match(errorsOf(MINIMAL.replace('name: system', 'name: date'))[0].message, /built-in placeholder/);
  });

  it('no front matter, or front matter never closed, is reported on line 1', () => {
    assert.deepEqual(errorsOf('# Just Markdown\n').map((e) => e.line), [1]);
    const [unclosed] = errorsOf('---\nid: x\nname: X\n# Body\n');
    assert.equal(unclosed.line, 1);
    assert.match(unclosed.message, /never closed/);
    assert.match(errorsOf('---\n- a\n- b\n---\nBody\n')[0].message, /must be a mapping/);
  });

  it('never throws, whatever the text', () => {
    const yamlish = fc.array(fc.constantFrom('id: x', 'name: X', 'description: d', 'variables:', '  - name: a', '    prompt: p', '    pattern: (', '  -', ': :', '{{a}}', '{{', '}}', '[', '- {', '"', '', '  x: y', '\t'));
    fc.assert(
      fc.property(fc.string(), yamlish, fc.string(), (raw, lines, body) => {
        for (const source of [raw, `---\n${lines.join('\n')}\n---\n${body}`]) {
          const r = parseTemplate('f.md', source);
          if (!r.ok) for (const e of r.errors) assert.ok(Number.isInteger(e.line) && e.line >= 1 && e.message.length > 0, JSON.stringify(e));
          else assert.ok(renderTemplate(r.template, {}, CONTEXT));
        }
      }),
    );
  });

  it('accepts CRLF line endings and a byte-order mark', () => {
    const t = templateOf('\ufeff' + MINIMAL.replace(/\n/g, '\r\n'));
    assert.equal(render(t, { system: 'Shop' }).split('\n').find((l) => l.startsWith('# ')), '# Shop (8 engineers)');
  });
});

describe('templates: values and rendering', () => {
  const mini = templateOf(MINIMAL);

  it('checks required values and patterns, with the pattern’s message', () => {
    const [system, team] = mini.variables;
    assert.equal(validateValue(system, ''), 'is required');
    assert.equal(validateValue(system, '   '), 'is required');
    assert.equal(validateValue(system, 'Shop'), undefined);
    assert.equal(validateValue(team, '12'), undefined);
    assert.equal(validateValue(team, 'twelve'), 'must be a whole number');
    assert.equal(validateValue(system, 'two\nlines'), 'must be a single line of text');
    assert.match(validateValue(system, 'a --> b')!, /would break/);
    const noMessage = templateOf(MINIMAL.replace('    message: must be a whole number\n', ''));
    assert.equal(validateValue(noMessage.variables[1], 'x'), 'must match the pattern ^\\d+$');
  });

  it('uses defaults for missing values, not for cleared ones, and rejects unknown names', () => {
    assert.deepEqual(resolveValues(mini, { system: ' Shop ' }), { values: { system: 'Shop', team_size: '8' }, problems: [] });
    assert.deepEqual(resolveValues(mini, {}).problems, [{ variable: 'system', message: 'is required' }]);
    assert.deepEqual(resolveValues(mini, { system: 'Shop', team_size: '' }).problems, [{ variable: 'team_size', message: 'is required' }]);
    const optional = templateOf(MINIMAL.replace('    prompt: System name\n', '    prompt: System name\n    required: false\n'));
    assert.deepEqual(resolveValues(optional, {}).problems, []);
    const r = renderTemplate(mini, { system: 'Shop', colour: 'red' }, CONTEXT);
    assert.ok(!r.ok);
    assert.deepEqual(r.problems, [{ variable: 'colour', message: "is not a variable of template 'mini' (its variables are system, team_size)" }]);
  });

  it('fills in the date, the workspace and values literally, once', () => {
    const t = templateOf(MINIMAL.replace('# {{system}}', 'Made {{date}} in {{workspace}} by {{system}}; literal \\{{system}}.\n\n# {{system}}'));
    const text = render(t, { system: '{{date}} $& $1' });
    assert.match(text, /^Made 2026-11-26 in shop by \{\{date\}\} \$& \$1; literal \{\{system\}\}\.$/m);
    assert.match(text, /^# \{\{date\}\} \$& \$1 \(8 engineers\)$/m);
  });

  it('writes the extra front matter as YAML that reads back the same, leaving out empty values', () => {
    const t = templateOf(MINIMAL.replace('variables:', "frontMatter:\n  owner: '{{system}}'\n  team: '{{team_size}}'\n  empty: ''\nvariables:"));
    for (const system of ['Shop', 'Ops: "night" # team', 'yes', "O'Brien & Co"]) {
      const fm = frontMatterRecord(parseDocument(render(t, { system })));
      assert.deepEqual(fm, { 'design-workbench': true, template: 'mini', created: '2026-11-26', owner: system, team: '8' });
    }
  });

  it('suggests a file name from the system name, or the template’s own pattern', () => {
    const r = renderTemplate(mini, { system: 'Checkout Platform!' }, CONTEXT);
    assert.ok(r.ok);
    assert.equal(r.fileName, 'checkout-platform.md');
    const hld = renderTemplate(builtinTemplates()[0], { system: 'Checkout Platform!' }, CONTEXT);
    assert.ok(hld.ok);
    assert.equal(hld.fileName, 'checkout-platform-design.md');
  });

  it('renders with the system clock when none is given', () => {
    const r = renderTemplate(mini, { system: 'Shop' });
    assert.ok(r.ok);
    assert.match(r.text, /^created: \d{4}-\d{2}-\d{2}$/m);
  });
});

describe('templates: file names', () => {
  it('slugs a system name', () => {
    assert.equal(slug('Checkout Platform!'), 'checkout-platform');
    assert.equal(slug('  Café Déjà-Vu  '), 'cafe-deja-vu');
    assert.equal(slug('R&D / Payments v2'), 'r-and-d-payments-v2');
    assert.equal(slug('!!!'), '');
    assert.ok(slug('x'.repeat(200)).length <= 60);
    fc.assert(
      fc.property(fc.string(), (s) => /^([a-z0-9]+(-[a-z0-9]+)*)?$/.test(slug(s)) && slug(s).length <= 60),
    );
  });

  it('proposes a free name next to a taken one', () => {
    const taken = new Set(['checkout-design.md', 'checkout-design-2.md', 'docs/adr-3.md']);
    const exists = (p: string): boolean => taken.has(p);
    assert.equal(freeFileName('new.md', exists), 'new.md');
    assert.equal(freeFileName('checkout-design.md', exists), 'checkout-design-3.md');
    assert.equal(freeFileName('checkout-design-2.md', exists), 'checkout-design-3.md');
    assert.equal(freeFileName('docs/adr-3.md', exists), 'docs/adr-4.md');
    assert.equal(freeFileName('notes', (p) => p === 'notes'), 'notes-2');
    assert.equal(freeFileName('dir/.env', (p) => p === 'dir/.env'), 'dir/.env-2');
  });

  it('finds a free name on an asynchronous file system too', async () => {
    const taken = new Set(['a.md', 'a-2.md']);
    assert.equal(await freeFileNameAsync('a.md', async (p) => taken.has(p)), 'a-3.md');
  });
});

describe('templates: catalog', () => {
  const override = MINIMAL.replace('id: mini', 'id: adr').replace('name: Mini', 'name: Our ADR');
  const broken = MINIMAL.replace('# {{system}}', '# {{nope}}');

  it('lists the built-ins when there are no user templates', () => {
    const catalog = buildCatalog();
    assert.equal(catalog.entries.length, 6);
    assert.ok(catalog.entries.every((e) => e.source === 'built-in' && !e.replaces));
    assert.deepEqual(catalog.errors, []);
  });

  it('lets a user template replace a built-in, a workspace one beat both, and adds new ones', () => {
    const catalog = buildCatalog([
      { file: '/ws/.design-workbench/templates/adr.md', text: override.replace('Our ADR', 'Team ADR'), source: 'workspace' },
      { file: '/home/me/templates/adr.md', text: override, source: 'user' },
      { file: '/home/me/templates/mini.md', text: MINIMAL },
    ]);
    const adr = catalog.find('adr')!;
    assert.equal(adr.template.name, 'Team ADR');
    assert.equal(adr.source, 'workspace');
    assert.equal(adr.replaces, true);
    assert.deepEqual(adr.replaced, { source: 'user', file: '/home/me/templates/adr.md' });
    assert.equal(catalog.entries.findIndex((e) => e.template.id === 'adr'), 4, 'a replacement keeps the built-in’s place');
    assert.equal(catalog.find('mini')?.source, 'user');
    assert.equal(catalog.find('mini')?.replaces, false);
    assert.equal(catalog.entries.length, 7);

    const userOnly = buildCatalog([{ file: '/home/me/templates/adr.md', text: override }]).find('adr')!;
    assert.deepEqual([userOnly.source, userOnly.replaces, userOnly.replaced?.source], ['user', true, 'built-in']);
  });

  it('leaves out invalid and duplicate templates with an error each; the rest work', () => {
    const catalog = buildCatalog([
      { file: 'a/broken.md', text: broken, source: 'workspace' },
      { file: 'a/mini.md', text: MINIMAL, source: 'workspace' },
      { file: 'a/mini-again.md', text: MINIMAL, source: 'workspace' },
    ]);
    assert.deepEqual(
      catalog.errors.map((e) => [e.file, e.line]),
      [
        ['a/broken.md', 14],
        ['a/mini-again.md', 2],
      ],
    );
    assert.match(catalog.errors[1].message, /already used by a\/mini\.md/);
    assert.equal(catalog.find('mini')?.file, 'a/mini.md');
    assert.equal(catalog.entries.length, 7);
  });

  it('generates a JSON schema for the front matter', () => {
    const schema = templateFrontMatterJsonSchema() as {
      type: string;
      required: string[];
      additionalProperties: boolean;
      properties: Record<string, { description?: string; items?: { required: string[]; properties: Record<string, unknown> } }>;
    };
    assert.equal(schema.type, 'object');
    assert.deepEqual(schema.required, ['id', 'name', 'description']);
    assert.equal(schema.additionalProperties, false);
    assert.deepEqual(schema.properties.variables.items?.required, ['name', 'prompt']);
    assert.deepEqual(Object.keys(schema.properties.variables.items?.properties ?? {}), ['name', 'prompt', 'default', 'pattern', 'message', 'required']);
    assert.ok(schema.properties.id.description);
    assert.doesNotThrow(() => JSON.stringify(schema));
  });
});
