// Entry point VS Code loads as `extensionTestsPath`: runs every *.test.js beside it with mocha, in the
// real extension host, and rejects when a test fails (the harness then exits non-zero).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import type MochaType from 'mocha';
import * as vscode from 'vscode';

/** Marks the test report among the workbench's own log lines; the harness prints only these (all go to its log file). */
export const REPORT_PREFIX = '[design-workbench:test] ';

export async function run(): Promise<void> {
  // mocha 12 is an ES module re-exporting a CommonJS core: require() gives its namespace, whose default is the
  // constructor (an import would go through esbuild's interop, which wraps that namespace once more).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const loaded = require('mocha') as { default?: typeof MochaType } & typeof MochaType;
  const Mocha = loaded.default ?? loaded;
  const report = (...args: unknown[]) => console.log(REPORT_PREFIX + format(...args));
  (Mocha.reporters.Base as unknown as { consoleLog: typeof report }).consoleLog = report;
  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    reporter: 'spec',
    timeout: 20_000,
    grep: process.env.DW_TEST_GREP || undefined,
  });
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort();
  for (const f of files) mocha.addFile(path.join(__dirname, f));
  const label = `integration (VS Code ${vscode.version})`;
  await new Promise<void>((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const { passes = 0, pending = 0 } = runner.stats ?? {};
      // A plain closing line that CI logs and people read the same way.
      report(`${label}: ${passes} passed, ${failures} failed${pending ? `, ${pending} skipped` : ''}`);
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
      else if (passes === 0) reject(new Error('No integration test ran'));
      else resolve();
    });
  });
}
