import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, nodeIo, type Io } from '../../../src/cli/main';

function cli(args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const io: Io = { ...nodeIo(), color: false, out: (s) => (out += s + '\n'), err: (s) => (err += s + '\n') };
  return { code: main(args, io), out, err };
}

describe('command line: score and challenges', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dw-score-'));
  const answer = join(dir, 'answer.md');
  writeFileSync(
    answer,
    '---\nchallenge: ecommerce-migration\n---\n# Answer\n\n## What to extract first, and why\n\n' +
      'I would extract the recommendation engine first, because its bug took payments down last week.\n',
  );
  const noChallenge = join(dir, 'plain.md');
  writeFileSync(noChallenge, '# Answer\n\nEach service owns its database.\n');

  it('prints the JSON contract: challenge, total and criteria with exactly the documented keys', () => {
    const r = cli(['score', answer, '--format', 'json']);
    assert.equal(r.code, 0, r.err);
    const json = JSON.parse(r.out);
    assert.deepEqual(Object.keys(json), ['challenge', 'total', 'criteria']);
    assert.equal(json.challenge, 'ecommerce-migration');
    assert.ok(json.total > 0 && json.total <= 100);
    assert.deepEqual(json.criteria.map((c: { id: string }) => c.id), ['boundaries', 'extract-first', 'shared-data', 'infrastructure']);
    for (const c of json.criteria) assert.deepEqual(Object.keys(c), ['id', 'score', 'max', 'evidence', 'missing', 'feedback']);
    const extract = json.criteria[1];
    assert.deepEqual(extract.evidence[0], { line: 8, text: 'I would extract the recommendation engine first, because its bug took payments down last week.' });
    assert.ok(extract.score > 0);
  });

  it('prints a readable report with a bar per criterion and what to do next', () => {
    const r = cli(['score', answer]);
    assert.equal(r.code, 0);
    assert.match(r.out, /Total \d+\/100/);
    assert.match(r.out, /What to extract first\D*\d+\/25 +[█░]+/);
    assert.match(r.out, /✓ line 8: I would extract the recommendation engine first/);
    assert.match(r.out, /What to do next\n {2}1\. /);
  });

  it('takes the challenge from --challenge when the answer names none, and refuses to guess', () => {
    assert.equal(cli(['score', noChallenge, '--challenge', 'ecommerce-migration']).code, 0);
    const none = cli(['score', noChallenge]);
    assert.equal(none.code, 2);
    assert.match(none.err, /no challenge given; pass --challenge <id>.*Challenges: ecommerce-migration, /);
    const unknown = cli(['score', noChallenge, '--challenge', 'nope']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.err, /unknown challenge 'nope'/);
  });

  it('scores against a rubric file, and reports a broken one with its file and line', () => {
    const rubric = join(dir, 'mini.yaml');
    writeFileSync(rubric, readFileSync('test/fixtures/scoring/mini.rubric.yaml', 'utf8'));
    const ok = cli(['score', noChallenge, '--rubric', rubric, '--format', 'json']);
    assert.equal(ok.code, 0, ok.err);
    assert.equal(JSON.parse(ok.out).challenge, 'mini-migration');

    const broken = join(dir, 'broken.yaml');
    writeFileSync(broken, readFileSync(rubric, 'utf8').replace('    points: 50\n    question: How do you', '    points: half\n    question: How do you'));
    const bad = cli(['score', noChallenge, '--rubric', broken]);
    assert.equal(bad.code, 2);
    assert.match(bad.err, new RegExp(`${broken.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:16: criteria\\[0\\]\\.points: must be a number, got string "half"`));
  });

  it('lets --rubric win over a workspace rubric with its id, and leaves a broken workspace rubric out with a warning', () => {
    const ws = mkdtempSync(join(tmpdir(), 'dw-ws-'));
    mkdirSync(join(ws, '.design-workbench', 'rubrics'), { recursive: true });
    const mini = readFileSync('test/fixtures/scoring/mini.rubric.yaml', 'utf8');
    writeFileSync(join(ws, '.design-workbench', 'rubrics', 'mini.yaml'), mini);
    writeFileSync(join(ws, '.design-workbench', 'rubrics', 'broken.yaml'), 'id: broken\ntitle: [unclosed\n');
    const draft = join(ws, 'draft.yaml');
    writeFileSync(draft, mini.replace('title: A small migration', 'title: A small migration, draft'));
    const cwd = process.cwd();
    process.chdir(ws);
    try {
      const r = cli(['score', noChallenge, '--rubric', 'draft.yaml']);
      assert.equal(r.code, 0, r.err);
      assert.match(r.out, /A small migration, draft \(mini-migration\)/);
      assert.match(r.err, /warning: \.design-workbench\/rubrics\/broken\.yaml:\d+: invalid YAML/);
      const same = cli(['score', noChallenge, '--rubric', join('.design-workbench', 'rubrics', 'mini.yaml')]);
      assert.equal(same.code, 0, same.err);
      assert.equal(cli(['challenges']).code, 0);
    } finally {
      process.chdir(cwd);
    }
  });

  it('rejects a bad --format, a missing file and extra arguments', () => {
    assert.match(cli(['score', answer, '--format', 'xml']).err, /--format must be 'text' or 'json', got 'xml'/);
    assert.match(cli(['score', join(dir, 'missing.md')]).err, /missing\.md: no such file/);
    assert.equal(cli(['score', answer, answer]).code, 2);
    assert.equal(cli(['score']).code, 2);
  });

  it('lists the challenge catalog, as text and as JSON', () => {
    const text = cli(['challenges']);
    assert.equal(text.code, 0);
    assert.match(text.out, /^ecommerce-migration +Plan the move/m);
    const json = JSON.parse(cli(['challenges', '--format', 'json']).out);
    assert.ok(json.length >= 7);
    assert.deepEqual(json[0].criteria.map((c: { points: number }) => c.points), [25, 25, 25, 25]);
  });
});
