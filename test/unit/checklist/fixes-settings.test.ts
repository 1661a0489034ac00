import * as assert from 'node:assert/strict';
import { defaultEngine } from '../../../src/checklist/engine';
import { allSectionInsertions, outOfScopeInsertion, outOfScopeMarker, sectionInsertion } from '../../../src/checklist/fixes';
import { DEFAULT_SETTINGS, disabledItems, readSettings } from '../../../src/checklist/settings';
import { parseDocument } from '../../../src/shared/document';
import { Debouncer, type Timers } from '../../../src/shared/scheduler';

/** A clock the test moves by hand. */
class FakeClock implements Timers {
  now = 0;
  private queue: { at: number; fn: () => void; id: number }[] = [];
  private next = 1;
  setTimeout(fn: () => void, ms: number): unknown {
    const id = this.next++;
    this.queue.push({ at: this.now + ms, fn, id });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.queue = this.queue.filter((t) => t.id !== handle);
  }
  tick(ms: number): void {
    this.now += ms;
    const due = this.queue.filter((t) => t.at <= this.now).sort((a, b) => a.at - b.at);
    this.queue = this.queue.filter((t) => t.at > this.now);
    for (const t of due) t.fn();
  }
}

describe('debounced checking', () => {
  it('runs once after the quiet period, for the last edit', () => {
    const clock = new FakeClock();
    const d = new Debouncer<string>(clock);
    const runs: number[] = [];
    for (let edit = 1; edit <= 5; edit++) {
      d.schedule('doc', 300, () => runs.push(edit));
      clock.tick(100);
    }
    assert.deepEqual(runs, []);
    clock.tick(300);
    assert.deepEqual(runs, [5]);
  });

  it('a run started before a newer edit learns that its result is stale', () => {
    const clock = new FakeClock();
    const d = new Debouncer<string>(clock);
    let check: (() => boolean) | undefined;
    d.schedule('doc', 0, (isCurrent) => (check = isCurrent));
    clock.tick(0);
    assert.equal(check?.(), true);
    d.schedule('doc', 300, () => undefined);
    assert.equal(check?.(), false, 'the earlier run must not publish after a newer edit');
  });

  it('closing a document drops its waiting run', () => {
    const clock = new FakeClock();
    const d = new Debouncer<string>(clock);
    let ran = false;
    d.schedule('doc', 300, () => (ran = true));
    d.cancel('doc');
    clock.tick(1000);
    assert.equal(ran, false);
  });

  it('keys are independent', () => {
    const clock = new FakeClock();
    const d = new Debouncer<string>(clock);
    const runs: string[] = [];
    d.schedule('a', 100, () => runs.push('a'));
    d.schedule('b', 100, () => runs.push('b'));
    clock.tick(100);
    assert.deepEqual(runs.sort(), ['a', 'b']);
  });
});

describe('checklist settings', () => {
  it('uses the defaults when nothing is set', () => {
    assert.deepEqual(readSettings({}), { settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('keeps valid values and reports each invalid one, using its default', () => {
    const { settings, problems } = readSettings({ include: '*.md', debounceMs: -5, severity: { security: 'off', 'service-discovery': 'loud' } });
    assert.deepEqual(settings.include, DEFAULT_SETTINGS.include);
    assert.equal(settings.debounceMs, DEFAULT_SETTINGS.debounceMs);
    assert.deepEqual(settings.severity, {});
    assert.deepEqual(problems.map((p) => p.key), ['designWorkbench.checklist.include', 'designWorkbench.checklist.severity', 'designWorkbench.checklist.debounceMs']);
    assert.match(problems[0].message, /list of glob patterns/);
  });

  it('severity off switches an item off; unknown ids are reported', () => {
    const { settings, problems } = readSettings({ severity: { security: 'off', monitoring: 'error', bogus: 'hint' } });
    assert.deepEqual([...disabledItems(settings)], ['security']);
    assert.match(problems[0].message, /unknown checklist item 'bogus'/);
  });
});

describe('quick-fix edits', () => {
  const skeleton = (id: string): string => `## ${id}\n\n<!-- prompt for ${id} -->\n`;
  const text = [
    '# Shop', // 0
    '',
    '## Services', // 2
    'The order service owns orders.',
    '',
    '## Communication', // 5
    'Orders are published to Kafka as events.',
    '',
    '## Monitoring', // 8
    'Prometheus and Grafana, alerts on the error rate.',
    '',
  ].join('\n');
  const doc = parseDocument(text);
  const report = defaultEngine().run(doc);

  it('a missing section goes after the nearest preceding checklist section', () => {
    // data-management follows communication in the checklist order
    const ins = sectionInsertion(doc, report, 'data-management', skeleton('data-management'));
    assert.equal(ins.line, 7);
    assert.match(ins.text, /^\n## data-management\n/);
  });

  it('before the first checklist section when none precedes it, at the heading level of its neighbours', () => {
    const only = parseDocument('# Shop\n\n### Security\nmTLS between services.\n');
    const r = defaultEngine().run(only);
    const ins = sectionInsertion(only, r, 'service-boundaries', skeleton('service-boundaries'));
    assert.deepEqual(ins, { line: 2, text: '### service-boundaries\n\n<!-- prompt for service-boundaries -->\n\n' });
  });

  it('at the end of a document with no checklist sections', () => {
    const bare = parseDocument('# Notes\n\nNothing yet.\n\n');
    const r = defaultEngine().run(bare);
    assert.equal(sectionInsertion(bare, r, 'security', skeleton('security')).line, 3);
  });

  it('fix all adds one section per missing item and none for items with a heading', () => {
    const ids = allSectionInsertions(doc, report, skeleton).map((x) => x.id);
    assert.ok(ids.includes('service-discovery'));
    assert.ok(!ids.includes('monitoring') && !ids.includes('communication'));
    const after = applyAll(text, allSectionInsertions(doc, report, skeleton).map((x) => x.insertion));
    for (const line of text.split('\n')) assert.ok(after.includes(line), 'nothing the user wrote is lost');
  });

  it('the out-of-scope marker goes under the item heading or after the title, and the engine honours it', () => {
    assert.deepEqual(outOfScopeInsertion(doc, report, 'monitoring'), { line: 9, text: `${outOfScopeMarker('monitoring')}\n` });
    const ins = outOfScopeInsertion(doc, report, 'security');
    assert.equal(ins.line, 1);
    const marked = applyAll(text, [ins]);
    assert.equal(defaultEngine().run(parseDocument(marked)).items.find((i) => i.id === 'security')?.status, 'out-of-scope');
  });
});

function applyAll(text: string, insertions: { line: number; text: string }[]): string {
  const lines = text.split('\n');
  for (const ins of [...insertions].sort((a, b) => b.line - a.line)) lines.splice(ins.line, 0, ins.text.replace(/\n$/, ''));
  return lines.join('\n');
}
