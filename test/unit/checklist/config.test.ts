import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { documentConfig, includes, loadConfigSync, parseConfigFile, unknownIds } from '../../../src/checklist/config';
import { defaultEngine } from '../../../src/checklist/engine';
import { knownIds } from '../../../src/checklist/check';

/** A real folder tree with the given files; paths are slash-separated. */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'dw-config-')).replace(/\\/g, '/');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const read = (path: string): string | undefined => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
};

describe('workspace configuration file', () => {
  it('is found from the document folder upwards and extends a shared file relative to itself', () => {
    const root = tree({
      'shared/base.yaml': 'severity:\n  shared-database: error\n  security: off\npacks: [packs/payments.yaml]\nfailUnder: 60\n',
      'team/.design-workbench.yaml': 'extends: ../shared/base.yaml\nseverity:\n  security: warning\nfailUnder: 70\n',
    });
    const { config, problems, files } = loadConfigSync(`${root}/team/docs/deep`, root, read);
    assert.deepEqual(problems, []);
    assert.deepEqual(files, [`${root}/team/.design-workbench.yaml`, `${root}/shared/base.yaml`]);
    assert.equal(config?.failUnder, 70);
    assert.deepEqual(config?.packs, [`${root}/shared/packs/payments.yaml`]);
    assert.deepEqual(documentConfig(config, `${root}/team/docs/a.md`).severity, { 'shared-database': 'error', security: 'warning' });
  });

  it('stops at the root and finds nothing above it', () => {
    const root = tree({ '.design-workbench.yaml': 'failUnder: 10\n', 'ws/docs/a.md': '' });
    assert.equal(loadConfigSync(`${root}/ws/docs`, `${root}/ws`, read).config, undefined);
    assert.equal(loadConfigSync(`${root}/ws/docs`, undefined, read).config?.failUnder, 10);
  });

  it('reports an extends cycle at the line that closes it, and keeps what was read', () => {
    const root = tree({
      '.design-workbench.yaml': '# team\nextends: ./b.yaml\nfailUnder: 50\n',
      'b.yaml': 'severity:\n  monitoring: off\nextends: ./.design-workbench.yaml\n',
    });
    const { config, problems } = loadConfigSync(root, root, read);
    assert.equal(problems.length, 1);
    assert.equal(problems[0].file, `${root}/b.yaml`);
    assert.equal(problems[0].line, 2);
    assert.match(problems[0].message, /cycle/);
    assert.equal(config?.failUnder, 50);
    assert.equal(documentConfig(config, `${root}/x.md`).severity.monitoring, 'off');
  });

  it('reports a missing extended file at its line', () => {
    const root = tree({ '.design-workbench.yaml': 'failUnder: 50\nextends: nowhere.yaml\n' });
    const { problems } = loadConfigSync(root, root, read);
    assert.equal(problems[0].line, 1);
    assert.match(problems[0].message, /nowhere\.yaml does not exist/);
  });

  it('names an unknown key with the key it resembles, at its line, and keeps the valid settings', () => {
    const parsed = parseConfigFile('/w/.design-workbench.yaml', 'include: ["**/*.md"]\n\nseverty:\n  security: off\nfailUnder: 200\n');
    assert.deepEqual(
      parsed.problems.map((p) => [p.line, p.message]),
      [
        [2, "unknown key 'severty'; did you mean 'severity'?"],
        [4, 'failUnder: must be at most 100'],
      ],
    );
    assert.deepEqual(parsed.data.include, ['**/*.md']);
    assert.equal(parsed.data.failUnder, undefined);
  });

  it('reads JSON with comments, with lines from the JSONC parser', () => {
    const parsed = parseConfigFile(
      '/w/.design-workbench.jsonc',
      '{\n  // the team defaults\n  "severity": { "security": "off" },\n  "overrides": [\n    { "files": "legacy/**", "outOfScop": ["monitoring"] }\n  ],\n}\n',
    );
    assert.equal(parsed.problems.length, 1);
    assert.equal(parsed.problems[0].line, 4);
    assert.match(parsed.problems[0].message, /unknown key 'outOfScop'; did you mean 'outOfScope'\?/);
    assert.deepEqual(parsed.data.severity, { security: 'off' });
    // The override keeps its valid part.
    assert.deepEqual(parsed.data.overrides, [{ files: 'legacy/**' }]);
  });

  it('reports a bad severity value with the values allowed', () => {
    const parsed = parseConfigFile('/w/.design-workbench.yaml', 'severity:\n  security: loud\n  monitoring: info\n');
    assert.equal(parsed.problems[0].line, 1);
    assert.match(parsed.problems[0].message, /"error", "warning", "info", "off"/);
  });

  it('applies overrides to the files their globs name, relative to the file that names them', () => {
    const root = tree({
      '.design-workbench.yaml':
        'include: ["docs/**/*.md"]\nexclude: ["docs/drafts/**"]\noverrides:\n  - files: docs/legacy/**\n    outOfScope: [monitoring, security]\n    severity: { shared-database: info }\n',
    });
    const { config } = loadConfigSync(`${root}/docs/legacy`, root, read);
    assert.ok(config);
    const legacy = documentConfig(config, `${root}/docs/legacy/billing.md`);
    assert.deepEqual([...legacy.outOfScope], ['monitoring', 'security']);
    assert.equal(legacy.severity['shared-database'], 'information');
    assert.equal(documentConfig(config, `${root}/docs/new.md`).outOfScope.size, 0);
    assert.equal(includes(config, `${root}/docs/new.md`), true);
    assert.equal(includes(config, `${root}/docs/drafts/idea.md`), false);
    assert.equal(includes(config, `${root}/README.md`), false);
  });

  it('reports ids that are no item or anti-pattern, with the nearest id', () => {
    const root = tree({ '.design-workbench.yaml': 'severity:\n  shared-databse: error\n' });
    const { config } = loadConfigSync(root, root, read);
    const problems = unknownIds(config!, knownIds(defaultEngine()));
    assert.equal(problems.length, 1);
    assert.equal(problems[0].line, 1);
    assert.match(problems[0].message, /'shared-databse'; did you mean 'shared-database'\?/);
  });
});
