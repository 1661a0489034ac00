// The ready-made integrations, run for real: the packed npm package installed in an empty folder, the GitHub
// Action's check step, and the pre-commit hook's declaration.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { load } from 'js-yaml';
import { DEFAULT_INCLUDE } from '../../../src/checklist/settings';

const ROOT = resolve('.');
const FIXTURES = resolve('test/fixtures/checklist');
const SHARED_DB = 'ap-shared-database-garden-centre.md';
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string; bin: Record<string, string>; dependencies?: object };

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(command, args, { cwd, env: { ...process.env, NO_COLOR: '1', ...env }, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** An empty project folder with docs/ holding one fixture. */
function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dw-project-'));
  mkdirSync(join(dir, 'docs/design'), { recursive: true });
  copyFileSync(join(FIXTURES, SHARED_DB), join(dir, 'docs/design', SHARED_DB));
  return dir;
}

describe('the CLI as an installable package', function () {
  this.timeout(90_000);
  const packs = mkdtempSync(join(tmpdir(), 'dw-pack-'));
  after(() => rmSync(packs, { recursive: true, force: true }));

  it('installs from its npm pack tarball in an empty folder, offline, and `npx design-workbench check` works', () => {
    const packed = run('npm', ['pack', '--pack-destination', packs, '--json'], ROOT);
    assert.equal(packed.status, 0, packed.stderr);
    const [info] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
    // The bundle carries its libraries, so the package has nothing to install but itself.
    assert.equal(pkg.dependencies, undefined);
    assert.deepEqual(info.files.map((f) => f.path).sort(), ['CHANGELOG.md', 'LICENSE', 'README.md', 'dist/cli.js', 'package.json']);

    const dir = project();
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'a-design-repo', version: '1.0.0', private: true }));
    const installed = run('npm', ['install', '--offline', '--no-audit', '--no-fund', join(packs, info.filename)], dir);
    assert.equal(installed.status, 0, installed.stderr);

    const checked = run('npx', ['--offline', 'design-workbench', 'check', 'docs', '--format', 'json'], dir);
    assert.equal(checked.status, 0, checked.stderr);
    const [report] = JSON.parse(checked.stdout) as { file: string; antipatterns: { id: string; line: number }[] }[];
    assert.equal(report.file, `docs/design/${SHARED_DB}`);
    assert.deepEqual(report.antipatterns.map((a) => [a.id, a.line]), [['shared-database', 13]]);
    assert.match(run('npx', ['--offline', 'design-workbench', '--version'], dir).stdout, new RegExp(`^${pkg.version.replace(/\./g, '\\.')}\\b`));
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('the GitHub Action', function () {
  this.timeout(60_000);
  const action = load(readFileSync('action.yml', 'utf8')) as {
    inputs: Record<string, { default: string }>;
    runs: { using: string; steps: { name?: string; env?: Record<string, string>; run?: string }[] };
  };
  const step = action.runs.steps.find((s) => s.name === 'Check the design documents');

  before(() => {
    const built = run('node', ['esbuild.mjs', '--cli'], ROOT);
    assert.equal(built.status, 0, built.stderr);
  });

  /** The check step's script, run by bash as GitHub runs composite steps, with the inputs given. */
  const runStep = (inputs: Record<string, string>, baseSha = ''): ReturnType<typeof run> => {
    assert.ok(step?.run && step.env);
    const env: NodeJS.ProcessEnv = { DW_CLI: join(ROOT, 'dist/cli.js'), DW_BASE_SHA: baseSha };
    for (const [name, value] of Object.entries(step.env)) {
      const input = /^\$\{\{ inputs\.([\w-]+) \}\}$/.exec(value)?.[1];
      if (input) env[name] = inputs[input] ?? action.inputs[input].default;
    }
    return run('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run], project(), env);
  };

  it('is a composite action whose check step passes every input on to the CLI', () => {
    assert.equal(action.runs.using, 'composite');
    assert.deepEqual(Object.keys(action.inputs).sort(), ['changed-only', 'fail-under', 'format', 'globs', 'max-warnings', 'output']);
    const r = runStep({ globs: 'docs\n  docs/**/*.md', format: 'github' });
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.trim().split('\n');
    assert.ok(lines.includes(lines.find((l) => l.startsWith(`::warning file=docs/design/${SHARED_DB},line=13,`)) ?? '<none>'), r.stdout);
    // The folder and the pattern name the same file: it is reported once.
    assert.equal(lines.filter((l) => l.includes('title=Shared database (shared-database)')).length, 1);
  });

  it('fails the step below fail-under and above max-warnings, and with a pattern that matches nothing', () => {
    assert.equal(runStep({ globs: 'docs', 'fail-under': '100' }).status, 1);
    assert.equal(runStep({ globs: 'docs', 'max-warnings': '0' }).status, 1);
    const none = runStep({ globs: 'nothing/**/*.md' });
    assert.equal(none.status, 2);
    assert.match(none.stderr, /matches no files/);
  });

  it('with changed-only outside a pull request, says so and checks every line', () => {
    const r = runStep({ globs: 'docs', format: 'compact', 'changed-only': 'true' });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^::notice title=Design Workbench::changed-only needs a pull_request event/);
    assert.match(r.stdout, new RegExp(`docs/design/${SHARED_DB}:13:1: warning shared-database:`));
  });
});

describe('the pre-commit hook', () => {
  it('runs the package bin on the files the editor checks by default', () => {
    const [hook] = load(readFileSync('.pre-commit-hooks.yaml', 'utf8')) as { id: string; entry: string; language: string; files: string }[];
    assert.equal(hook.id, 'design-workbench');
    assert.equal(hook.entry.split(' ')[0], Object.keys(pkg.bin)[0]);
    assert.equal(hook.language, 'node');
    const files = new RegExp(hook.files);
    assert.deepEqual(DEFAULT_INCLUDE, ['**/*.design.md', '**/design/**/*.md']);
    for (const path of ['checkout.design.md', 'docs/checkout.design.md', 'design/orders.md', 'docs/design/orders/adr-1.md']) assert.match(path, files);
    for (const path of ['README.md', 'docs/designer.md', 'redesign/notes.md']) assert.doesNotMatch(path, files);
  });
});
