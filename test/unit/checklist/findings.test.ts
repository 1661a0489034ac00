// Every instance of an anti-pattern, from the engine to the findings the Problems panel and the CLI show.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultEngine, MAX_INSTANCES } from '../../../src/checklist/engine';
import { findingsOf } from '../../../src/checklist/findings';
import { DEFAULT_SETTINGS } from '../../../src/checklist/settings';
import { parseDocument } from '../../../src/shared/document';
import { REPO_ROOT } from '../../support/paths';

const clinic = readFileSync(join(REPO_ROOT, 'test/fixtures/checklist/ap-shared-database-every-instance-clinic.md'), 'utf8');

describe('anti-pattern instances', () => {
  it('lists every line that shows the anti-pattern, once a line, and not the hedged musing', () => {
    const report = defaultEngine().run(parseDocument(clinic));
    const [shared] = report.antipatterns.filter((a) => a.id === 'shared-database');
    assert.deepEqual(shared.instances.map((i) => i.line), [7, 11, 15]);
    assert.deepEqual({ line: shared.line, text: shared.evidence }, shared.instances[0]);
    assert.equal(report.antipatterns.length, 1, 'still one entry per anti-pattern: the score and counts do not change');
  });

  it('becomes one finding per instance, at its line, with the severity the settings give', () => {
    const doc = parseDocument(clinic);
    const report = defaultEngine().run(doc);
    const shared = findingsOf(doc, report).filter((f) => f.ruleId === 'shared-database');
    assert.deepEqual(shared.map((f) => [f.line, f.severity]), [[7, 'warning'], [11, 'warning'], [15, 'warning']]);
    assert.match(shared[1].evidence, /^The nightly reporting job/);
    const off = findingsOf(doc, report, { ...DEFAULT_SETTINGS, severity: { 'shared-database': 'off' } });
    assert.equal(off.filter((f) => f.ruleId === 'shared-database').length, 0);
  });

  it('keeps at most MAX_INSTANCES of one anti-pattern in a generated document', () => {
    const line = 'Orders, Stock and Billing all connect to one PostgreSQL database called `shop`.\n\n';
    const report = defaultEngine().run(parseDocument(`# Shop\n\n${line.repeat(MAX_INSTANCES + 50)}`));
    const shared = report.antipatterns.find((a) => a.id === 'shared-database');
    assert.equal(shared?.instances.length, MAX_INSTANCES);
  });

  it('names a missing item as it reads in a sentence: "API gateway" keeps its capitals, "service boundaries" does not shout', () => {
    const doc = parseDocument('# Shop\n\nNothing decided yet.\n');
    const messages = findingsOf(doc, defaultEngine().run(doc)).map((f) => f.message);
    assert.ok(messages.some((m) => m.startsWith('No decision on API gateway.')), messages.join('\n'));
    assert.ok(messages.some((m) => m.startsWith('No decision on service boundaries.')), messages.join('\n'));
  });
});
