import * as assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, nodeIo, type Io } from '../../../src/cli/main';

function cli(args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const io: Io = { ...nodeIo(), color: false, out: (s) => (out += s + '\n'), err: (s) => (err += s + '\n') };
  const code = main(args, io);
  return { code, out, err };
}

describe('command line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dw-cli-'));
  const good = join(dir, 'good.md');
  writeFileSync(good, '# Design\n\nServices find each other through Consul.\n\nAll services share one PostgreSQL database.\n');

  it('prints a text report with items, anti-patterns and the score', () => {
    const r = cli(['check', good]);
    assert.equal(r.code, 0);
    assert.match(r.out, /covered +Service discovery +line 3/);
    assert.match(r.out, /Shared database +line 5/);
    assert.match(r.out, /Score \d+\/100/);
  });

  it('prints the JSON contract', () => {
    const r = cli(['check', good, '--format', 'json']);
    const json = JSON.parse(r.out);
    assert.equal(json.length, 1);
    // The original contract comes first, unchanged; later fields are added ones.
    assert.deepEqual(Object.keys(json[0]), ['file', 'score', 'items', 'antipatterns', 'suppressed', 'suppressionProblems']);
    assert.deepEqual(Object.keys(json[0].items[0]), ['id', 'title', 'status', 'evidence', 'advice']);
    assert.deepEqual(Object.keys(json[0].antipatterns[0]), ['id', 'title', 'line', 'evidence', 'advice', 'instances']);
    assert.deepEqual(json[0].items[3].evidence, [{ line: 3, text: 'Services find each other through Consul.' }]);
  });

  it('exits 1 below --fail-under and 0 at or above it', () => {
    assert.equal(cli(['check', good, '--fail-under', '90']).code, 1);
    assert.equal(cli(['check', good, '--fail-under', '0']).code, 0);
  });

  it('exits 2 with a message naming the file for bad input', () => {
    const binary = join(dir, 'bin.md');
    writeFileSync(binary, Buffer.from([0x23, 0x00, 0x01, 0x02]));
    const latin1 = join(dir, 'latin1.md');
    writeFileSync(latin1, Buffer.from([0x23, 0x20, 0xe9, 0x74, 0xe9]));
    const sub = join(dir, 'folder.md');
    mkdirSync(sub);
    for (const [file, message] of [
      [join(dir, 'missing.md'), /missing\.md: no such file/],
      [sub, /folder\.md: the folder holds no Markdown/],
      [binary, /bin\.md: looks like a binary file/],
      [latin1, /latin1\.md: not valid UTF-8/],
    ] as const) {
      const r = cli(['check', file]);
      assert.equal(r.code, 2, file);
      assert.match(r.err, message);
    }
  });

  it('exits 2 for usage errors', () => {
    assert.equal(cli([]).code, 2);
    assert.equal(cli(['lint', good]).code, 2);
    assert.equal(cli(['check']).code, 2);
    assert.match(cli(['check', good, '--format', 'xml']).err, /--format must be one of text, json, sarif, github, junit, compact/);
    assert.match(cli(['check', good, '--fail-under', 'abc']).err, /--fail-under must be a number/);
    assert.match(cli(['check', good, '--bogus']).err, /Unknown option/);
  });

  it('handles an empty file, CRLF and a 5 MB file', () => {
    const empty = join(dir, 'empty.md');
    writeFileSync(empty, '');
    assert.equal(cli(['check', empty]).code, 0);
    const crlf = join(dir, 'crlf.md');
    writeFileSync(crlf, '# D\r\n\r\nServices find each other through Consul.\r\n');
    assert.match(cli(['check', crlf]).out, /covered +Service discovery +line 3/);
    const big = join(dir, 'big.md');
    writeFileSync(big, '## Monitoring\n\nWe use Prometheus and Grafana for RED metrics.\n\n'.repeat(110_000));
    const r = cli(['check', big, '--format', 'json']);
    assert.equal(r.code, 0);
    assert.equal(JSON.parse(r.out)[0].items.find((i: { id: string }) => i.id === 'monitoring').status, 'covered');
  });

  it('prints help and version', () => {
    assert.match(cli(['--help']).out, /Usage:/);
    assert.match(cli(['--version']).out, /\b\d+\.\d+\.\d+/);
  });
});
