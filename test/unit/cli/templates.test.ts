import * as assert from 'node:assert/strict';
import { chmodSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, nodeIo } from '../../../src/cli/main';
import { nodeFileIo, type TemplatesIo } from '../../../src/cli/templates';
import { parseDocument, frontMatterRecord } from '../../../src/shared/document';

const NOW = (): Date => new Date(2026, 10, 26, 12, 0);

function cli(args: string[], cwd: string, extra: Partial<TemplatesIo> = {}): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const io: TemplatesIo = {
    ...nodeIo(),
    color: false,
    out: (s) => (out += s + '\n'),
    err: (s) => (err += s + '\n'),
    cwd: () => cwd,
    now: NOW,
    ...extra,
  };
  const code = main(args, io);
  return { code, out, err };
}

const USER_TEMPLATE = `---
id: incident-review
name: Incident review
description: What happened, why, and what we change.
variables:
  - name: incident
    prompt: Incident title
  - name: severity
    prompt: Severity (1-4)
    default: 3
    pattern: ^[1-4]$
    message: must be 1, 2, 3 or 4
---
# {{incident}} (SEV{{severity}})

## Timeline

<!-- What happened when. -->
`;

describe('command line: templates', () => {
  const root = mkdtempSync(join(tmpdir(), 'dw-templates-'));
  const workspace = join(root, 'ws');
  const userDir = join(root, 'mine');
  mkdirSync(join(workspace, '.design-workbench', 'templates'), { recursive: true });
  mkdirSync(userDir);
  writeFileSync(join(workspace, '.design-workbench', 'templates', 'incident.md'), USER_TEMPLATE);
  writeFileSync(join(workspace, '.design-workbench', 'templates', 'broken.md'), '---\nid: broken\nname: [unclosed\n---\nBody\n');
  writeFileSync(join(workspace, '.design-workbench', 'templates', 'notes.txt'), 'not a template');
  writeFileSync(join(workspace, '.design-workbench', 'templates', 'latin1.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xe9, 0x0a]));
  writeFileSync(join(userDir, 'adr.md'), USER_TEMPLATE.replace('id: incident-review', 'id: adr').replace('name: Incident review', 'name: Our ADR'));
  const empty = join(root, 'empty');
  mkdirSync(empty);

  it('lists the built-ins as aligned text', () => {
    const r = cli(['templates'], empty);
    assert.equal(r.code, 0);
    assert.equal(r.err, '');
    const lines = r.out.trimEnd().split('\n');
    assert.match(lines[0], /^ID +NAME +SOURCE$/);
    assert.deepEqual(
      lines.slice(1).map((l) => l.split(/\s{2,}/)[0]),
      ['microservices-hld', 'saga-design', 'service-discovery', 'migration-plan', 'adr', 'explain-it'],
    );
    const column = lines[0].indexOf('SOURCE');
    for (const l of lines.slice(1)) assert.equal(l.slice(column), 'built-in', l);
  });

  it('adds workspace and user templates, says what they replace, and reports broken ones with file and line', () => {
    const r = cli(['templates', '--templates-dir', userDir], workspace);
    assert.equal(r.code, 0);
    assert.match(r.out, /^adr +Our ADR +user \(replaces built-in\)$/m);
    assert.match(r.out, /^incident-review +Incident review +workspace$/m);
    assert.doesNotMatch(r.out, /broken/);
    assert.match(r.err, /broken\.md:3: front matter is not valid YAML.*\(template left out\)/);
    assert.match(r.err, /latin1\.md: not valid UTF-8 text/);
  });

  it('prints JSON with --format json', () => {
    const r = cli(['templates', '--format', 'json'], workspace);
    assert.equal(r.code, 0);
    const json = JSON.parse(r.out);
    assert.deepEqual(Object.keys(json[0]), ['id', 'name', 'description', 'source', 'file', 'replaces', 'variables']);
    const incident = json.find((t: { id: string }) => t.id === 'incident-review');
    assert.equal(incident.source, 'workspace');
    assert.deepEqual(incident.variables[1], { name: 'severity', prompt: 'Severity (1-4)', required: true, default: '3', pattern: '^[1-4]$' });
  });

  it('exits 2 on usage errors', () => {
    assert.match(cli(['templates', '--format', 'xml'], empty).err, /--format must be 'text' or 'json'/);
    assert.equal(cli(['templates', 'extra'], empty).code, 2);
    assert.match(cli(['templates', '--bogus'], empty).err, /Unknown option/);
    const missing = cli(['templates', '--templates-dir', join(root, 'nowhere')], empty);
    assert.equal(missing.code, 2);
    assert.match(missing.err, /nowhere: cannot read the templates folder \(ENOENT\)/);
  });
});

describe('command line: new', () => {
  const root = mkdtempSync(join(tmpdir(), 'dw-new-'));
  const userDir = join(root, 'mine');
  mkdirSync(userDir);
  writeFileSync(join(userDir, 'incident.md'), USER_TEMPLATE);
  let n = 0;
  const freshDir = (): string => {
    const d = join(root, `case-${++n}`);
    mkdirSync(d);
    return d;
  };

  it('writes a document from a built-in template and prints its path', () => {
    const dir = freshDir();
    const out = join(dir, 'checkout-design.md');
    const r = cli(['new', 'microservices-hld', out, '--set', 'system=Checkout Platform', '--set', 'team_size=12'], dir);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, `${out}\n`);
    const text = readFileSync(out, 'utf8');
    assert.match(text, /^---\ndesign-workbench: true\ntemplate: microservices-hld\ncreated: 2026-11-26\n---\n# Checkout Platform — high-level design\n/);
    assert.match(text, /With 12 engineers/);
    assert.deepEqual(readdirSync(dir), ['checkout-design.md'], 'no temporary file is left');
  });

  it('writes the challenge into the explain-it answer', () => {
    const dir = freshDir();
    const out = join(dir, 'answer.md');
    assert.equal(cli(['new', 'explain-it', out], dir).code, 0);
    assert.equal(frontMatterRecord(parseDocument(readFileSync(out, 'utf8'))).challenge, 'ecommerce-migration');
  });

  it('refuses to overwrite, naming the file and a free name; --force replaces it', () => {
    const dir = freshDir();
    const out = join(dir, 'checkout-design.md');
    writeFileSync(out, 'my own words\n');
    writeFileSync(join(dir, 'checkout-design-2.md'), 'taken too\n');
    const r = cli(['new', 'adr', out], dir);
    assert.equal(r.code, 2);
    assert.equal(r.out, '');
    assert.ok(r.err.includes(`${out} already exists; it was not changed`), r.err);
    assert.ok(r.err.includes(`(${join(dir, 'checkout-design-3.md')} is free)`), r.err);
    assert.match(r.err, /--force/);
    assert.equal(readFileSync(out, 'utf8'), 'my own words\n');
    assert.deepEqual(readdirSync(dir).sort(), ['checkout-design-2.md', 'checkout-design.md']);

    const forced = cli(['new', 'adr', out, '--force'], dir);
    assert.equal(forced.code, 0, forced.err);
    assert.match(readFileSync(out, 'utf8'), /^---\ndesign-workbench: true\ntemplate: adr\n/);
  });

  it('--force keeps the replaced file\'s mode; a hard link to it keeps the old text, as the README says (issue 18)', function () {
    if (process.platform === 'win32') this.skip();
    const dir = freshDir();
    const out = join(dir, 'private.md');
    writeFileSync(out, 'my own words\n');
    chmodSync(out, 0o600);
    linkSync(out, join(dir, 'linked.md'));
    assert.equal(cli(['new', 'adr', out, '--force'], dir).code, 0);
    assert.equal(statSync(out).mode & 0o777, 0o600);
    assert.match(readFileSync(out, 'utf8'), /^---\ndesign-workbench: true\n/);
    assert.equal(readFileSync(join(dir, 'linked.md'), 'utf8'), 'my own words\n');
  });

  it('names a symbolic link to nothing as such, and never offers its own name as free (issue 18)', function () {
    if (process.platform === 'win32') this.skip();
    const dir = freshDir();
    const out = join(dir, 'x.md');
    symlinkSync(join(dir, 'gone.md'), out);
    const r = cli(['new', 'adr', out], dir);
    assert.equal(r.code, 2);
    assert.ok(r.err.includes(`${out} is a symbolic link to ${join(dir, 'gone.md')}, which does not exist; it was not changed`), r.err);
    assert.ok(r.err.includes(`(${join(dir, 'x-2.md')} is free)`), r.err);
    assert.ok(!existsSync(join(dir, 'gone.md')));
  });

  it('writes a valid name of 254 characters: the temporary file\'s name stays within the limit (issue 18)', () => {
    const dir = freshDir();
    const name = `${'d'.repeat(251)}.md`;
    const r = cli(['new', 'adr', join(dir, name)], dir);
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(readdirSync(dir), [name]);
  });

  it('refuses a file that appears between the check and the write, without touching it', () => {
    const dir = freshDir();
    const out = join(dir, 'race.md');
    const real = nodeFileIo();
    const r = cli(['new', 'adr', out], dir, {
      rename: (from, to, overwrite) => {
        writeFileSync(to, 'written by someone else\n');
        real.rename(from, to, overwrite);
      },
    });
    assert.equal(r.code, 2);
    assert.match(r.err, /race\.md already exists/);
    assert.equal(readFileSync(out, 'utf8'), 'written by someone else\n');
    assert.deepEqual(readdirSync(dir), ['race.md']);
  });

  it('leaves no file behind when writing fails', () => {
    const dir = freshDir();
    const out = join(dir, 'doc.md');
    const r = cli(['new', 'adr', out], dir, {
      rename: () => {
        throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
      },
    });
    assert.equal(r.code, 2);
    assert.match(r.err, /doc\.md: cannot write \(ENOSPC\); nothing was written/);
    assert.deepEqual(readdirSync(dir), []);
  });

  it('exits 2 for an unknown template, listing the valid ones', () => {
    const dir = freshDir();
    const r = cli(['new', 'hld', join(dir, 'x.md')], dir);
    assert.equal(r.code, 2);
    assert.match(r.err, /unknown template 'hld'\. Templates: microservices-hld, saga-design, service-discovery, migration-plan, adr, explain-it/);
    assert.equal(existsSync(join(dir, 'x.md')), false);
  });

  it('exits 2 for a missing or invalid variable, listing the variables', () => {
    const dir = freshDir();
    const out = join(dir, 'incident.md');
    const missing = cli(['new', 'incident-review', out, '--templates-dir', userDir], dir);
    assert.equal(missing.code, 2);
    assert.match(missing.err, /cannot fill in template 'incident-review':\n {2}incident: is required\n/);
    assert.match(missing.err, /Variables of 'incident-review' \(set with --set name=value\):\n {2}incident +Incident title \(required\)\n {2}severity +Severity \(1-4\) \(default: 3; pattern: \^\[1-4\]\$\)/);

    const invalid = cli(['new', 'incident-review', out, '--templates-dir', userDir, '--set', 'incident=Payments down', '--set', 'severity=9'], dir);
    assert.equal(invalid.code, 2);
    assert.match(invalid.err, /severity: must be 1, 2, 3 or 4/);

    const unknown = cli(['new', 'adr', out, '--set', 'colour=red'], dir);
    assert.equal(unknown.code, 2);
    assert.match(unknown.err, /colour: is not a variable of template 'adr' \(its variables are number, title, status, author\)/);
    assert.equal(existsSync(out), false);

    const ok = cli(['new', 'incident-review', out, '--templates-dir', userDir, '--set', 'incident=Payments down', '--set', 'severity=1'], dir);
    assert.equal(ok.code, 0, ok.err);
    assert.match(readFileSync(out, 'utf8'), /^# Payments down \(SEV1\)$/m);
  });

  it('exits 2 for usage errors', () => {
    const dir = freshDir();
    assert.match(cli(['new'], dir).err, /'new' needs a template id and an output file/);
    assert.match(cli(['new', 'adr'], dir).err, /'new' needs an output file, for example: design-workbench new adr adr-1-title-of-the-decision\.md/);
    assert.match(cli(['new', 'adr', 'a.md', 'b.md'], dir).err, /unexpected 'b\.md'/);
    assert.match(cli(['new', 'adr', join(dir, 'a.md'), '--set', 'title'], dir).err, /--set expects name=value, got 'title'/);
    assert.match(cli(['new', 'adr', join(dir, 'no', 'such', 'a.md')], dir).err, /no such folder; create it first/);
    assert.deepEqual(readdirSync(dir), []);
  });

  it('keeps the check command and help working', () => {
    const dir = freshDir();
    const out = join(dir, 'design.md');
    assert.equal(cli(['new', 'microservices-hld', out], dir).code, 0);
    const check = cli(['check', out, '--format', 'json'], dir);
    assert.equal(check.code, 0);
    assert.equal(JSON.parse(check.out)[0].items.filter((i: { status: string }) => i.status === 'covered').length, 0);
    const help = cli(['--help'], dir).out;
    assert.match(help, /design-workbench templates/);
    assert.match(help, /design-workbench new <template-id> <out\.md>/);
    assert.match(cli(['lint'], dir).err, /expected 'check', 'score', 'challenges', 'templates' or 'new'/);
  });
});
