// Mistakes the command line used to swallow or word badly (issue 18): each is reported in words that say what to do.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { megabytes, readText, type Io } from '../../../src/cli/io';
import { nodeIo } from '../../../src/cli/main';
import { runCli } from '../../support/cli';

const CLI = join(__dirname, '..', '..', '..', 'src', 'cli', 'index.js');

describe('command line: mistakes reported, not swallowed', () => {
  it('leaves an unreadable workspace rubric out with a warning; score and challenges keep working', () => {
    const ws = mkdtempSync(join(tmpdir(), 'dw-rubrics-'));
    const rubrics = join(ws, '.design-workbench', 'rubrics');
    mkdirSync(join(rubrics, 'folder.yaml'), { recursive: true });
    writeFileSync(join(rubrics, 'binary.yaml'), Buffer.from([0x69, 0x64, 0x00, 0x01, 0x02]));
    writeFileSync(join(rubrics, 'latin1.yaml'), Buffer.from('id: caf\xe9\n', 'latin1'));
    symlinkSync(join(ws, 'nowhere.yaml'), join(rubrics, 'dangling.yaml'));
    writeFileSync(join(rubrics, 'mini.yaml'), readFileSync('test/fixtures/scoring/mini.rubric.yaml', 'utf8'));
    writeFileSync(join(ws, 'answer.md'), '---\nchallenge: ecommerce-migration\n---\n# Answer\n\nEach service owns its database.\n');

    const listed = runCli(['challenges'], ws);
    assert.equal(listed.code, 0, listed.err);
    assert.match(listed.out, /^mini-migration /m);
    assert.match(listed.out, /^ecommerce-migration /m);
    for (const name of ['folder', 'binary', 'latin1', 'dangling']) {
      assert.match(listed.err, new RegExp(`warning: .*${name}\\.yaml: .*\\(this rubric is left out\\)`), `${name}: ${listed.err}`);
    }
    const scored = runCli(['score', 'answer.md'], ws);
    assert.equal(scored.code, 0, scored.err);
    assert.match(scored.out, /Total \d+\/100/);
  });

  it('says how much larger than the limit a file is, never that 21 MB is 20 MB', () => {
    assert.equal(megabytes(21 * 1048576), '21 MB');
    assert.equal(megabytes(20 * 1048576 + 1), '20.1 MB');
    const io: Io = { ...nodeIo(), isFile: () => true, readFile: () => Buffer.alloc(20 * 1048576 + 5000, 0x61) };
    assert.throws(() => readText('big.md', io), /big\.md: too large \(20\.1 MB; the limit is 20 MB\)/);
  });

  it('calls UTF-16 text UTF-16, with or without a byte-order mark, not a binary file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dw-utf16-'));
    const cases: [string, Buffer, RegExp][] = [
      ['le-bom.md', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# Design\n', 'utf16le')]), /UTF-16LE text; save it as UTF-8/],
      ['le.md', Buffer.from('# Design\n', 'utf16le'), /UTF-16LE text; save it as UTF-8/],
      ['be-bom.md', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('# Design\n', 'utf16le').swap16()]), /UTF-16BE text; save it as UTF-8/],
      ['bin.md', Buffer.from([0x23, 0x00, 0x01, 0x02, 0x41, 0x42]), /looks like a binary file/],
    ];
    for (const [name, bytes, expected] of cases) {
      writeFileSync(join(dir, name), bytes);
      const r = runCli(['check', name], dir);
      assert.equal(r.code, 2, name);
      assert.match(r.err, expected, name);
    }
  });

  it('reports invalid front matter at its line on stderr; check still honours out-of-scope, score still finds the challenge', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dw-front-'));
    // Line 3 has an unclosed quote: js-yaml gives up on line 4 ("deficient indentation"), and the whole block was dropped.
    writeFileSync(join(dir, 'doc.md'), '---\ndesign-workbench: true\ntitle: "Checkout\nout-of-scope: [security]\nchallenge: ecommerce-migration\n---\n# Checkout\n\nEach service owns its database.\n');
    const checked = runCli(['check', '--format', 'json', 'doc.md'], dir);
    assert.match(checked.err, /warning: doc\.md:3: front matter is not valid YAML: the quoted value opened on line 3 \("\) is never closed: add the closing "/);
    const report = JSON.parse(checked.out)[0];
    assert.equal(report.items.find((i: { id: string }) => i.id === 'security').status, 'out-of-scope');

    const scored = runCli(['score', 'doc.md'], dir);
    assert.equal(scored.code, 0, scored.err);
    assert.match(scored.err, /doc\.md:3: front matter is not valid YAML/);
    assert.match(scored.out, /Total \d+\/100/);

    // When the broken line is the challenge's own, the message says so instead of "put challenge: in the front matter".
    writeFileSync(join(dir, 'answer.md'), '---\nchallenge: [ecommerce-migration\n---\n# Answer\n');
    const failed = runCli(['score', 'answer.md'], dir);
    assert.equal(failed.code, 2);
    assert.match(failed.err, /answer\.md:2: no challenge read: the front matter is not valid YAML there; fix it, or pass --challenge <id>/);
    assert.doesNotMatch(failed.err, /put 'challenge: <id>' in the front matter/);
  });

  it('exits quietly, with no stack trace, when the reader closes the pipe', function () {
    if (process.platform === 'win32') this.skip();
    // The reader is gone before the command prints a line.
    const r = spawnSync('bash', ['-c', `(sleep 0.3; exec "${process.execPath}" "${CLI}" templates) | true; echo "exit=\${PIPESTATUS[0]}" >&2`], { encoding: 'utf8', timeout: 30_000 });
    assert.equal(r.stderr.trim(), 'exit=0');
  });
});
