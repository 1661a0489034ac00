// Runs the mocha suites of test/integration inside the Node extension host of a real VS Code (one per pinned
// version), through the extensionDevelopmentPath/extensionTestsPath payload of VS Code's server, and exits non-zero
// when any suite fails, times out or cannot start.
// Usage: node test/integration/run.mjs [--vscode 4.100.3|4.139.1|all] [--grep TEXT] [--timeout SECONDS]
//        [--extension-path DIR]   (default: this repo, whose package.json `main` must be built: npm run build)
import fs from 'node:fs';
import path from 'node:path';
import { format } from 'node:util';
import { performance } from 'node:perf_hooks';
import * as esbuild from 'esbuild';
import { launchChromium } from '../../scripts/vscode/browser.mjs';
import { ensureAll } from '../../scripts/vscode/install.mjs';
import { startServer } from '../../scripts/vscode/server.mjs';
import { argValue, resolveVersions } from '../../scripts/vscode/versions.mjs';
import { log, repoRoot, runMain, seconds, withTimeout } from '../../scripts/vscode/util.mjs';

const SUITES_DIR = path.join(repoRoot, 'test', 'integration');
const OUT_DIR = path.join(SUITES_DIR, 'out');
const WORKSPACE = path.join(SUITES_DIR, 'workspace');
const RESULTS_DIR = path.join(repoRoot, 'test-results', 'integration');

/**
 * Bundles each test/integration/*.ts into test/integration/out/ (mocha loads each *.test.js itself), with what it
 * imports from src/ — the ids the extension names once — but not `vscode` (the host's) or mocha (loaded at run time).
 */
export async function compileSuites() {
  const entryPoints = fs.readdirSync(SUITES_DIR).filter((f) => f === 'index.ts' || f.endsWith('.test.ts')).map((f) => path.join(SUITES_DIR, f));
  fs.rmSync(OUT_DIR, { recursive: true, force: true });
  await esbuild.build({
    entryPoints,
    outdir: OUT_DIR,
    bundle: true,
    external: ['vscode', 'mocha'],
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  return path.join(OUT_DIR, 'index.js');
}

/** Set by test/integration/index.ts on every line of the mocha report. */
const REPORT_PREFIX = '[design-workbench:test] ';

/** @param {string} extensionPath */
function checkBuilt(extensionPath) {
  const manifest = JSON.parse(fs.readFileSync(path.join(extensionPath, 'package.json'), 'utf8'));
  const main = path.resolve(extensionPath, manifest.main ?? 'extension.js');
  if (!fs.existsSync(main) && !fs.existsSync(`${main}.js`)) {
    throw new Error(`${path.relative(process.cwd(), main)} is missing: build the extension first (npm run build)`);
  }
}

/**
 * @param {import('../../scripts/vscode/install.mjs').Installed} installed
 * @param {{ extensionPath: string, testsPath: string, timeoutMs: number, grep?: string }} opts
 * @returns {Promise<{ ok: boolean, passed: number, failed: number, serverStart: string, suite: string }>}
 */
async function runOne(installed, opts) {
  log(`=== integration suites in VS Code ${installed.vscode} (code-server ${installed.version}) ===`);
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const t0 = performance.now();
  const server = await startServer({ installed, smokeTestDriver: true, offline: true, env: { ...(opts.grep ? { DW_TEST_GREP: opts.grep } : {}), ...(process.env.DW_BENCH ? { DW_BENCH: process.env.DW_BENCH } : {}) } });
  const serverStart = seconds(t0);
  log(`server up at ${server.url} in ${serverStart}`);
  // The suites may edit fixtures: give them a copy, never the repo's files.
  const workspace = path.join(server.dirs.root, 'workspace');
  fs.cpSync(WORKSPACE, workspace, { recursive: true });

  const t1 = performance.now();
  const { page, close } = await launchChromium();
  /** @type {string[]} */
  const lines = [];
  /** @type {string[]} */
  const pageErrors = [];
  try {
    /** @type {(code: number) => void} */
    let exitWith = () => undefined;
    const exited = new Promise((/** @type {(code: number) => void} */ resolve) => {
      exitWith = resolve;
    });
    // The workbench, in smoke-test-driver mode, sends the extension host's console and the tests' exit code here.
    await page.exposeFunction('codeAutomationLog', (/** @type {string} */ type, /** @type {unknown[]} */ args) => {
      const text = format(...args);
      lines.push(`[${type}] ${text}`);
      // The workbench's own chatter goes only to the log file; the report and our extension's errors are shown.
      if (text.startsWith(REPORT_PREFIX)) console.log(text.slice(REPORT_PREFIX.length));
      else if (type === 'error' && /design-?workbench/i.test(text)) console.error(text);
    });
    await page.exposeFunction('codeAutomationExit', (/** @type {number} */ code) => exitWith(code));
    page.on('pageerror', (err) => pageErrors.push(err.message));

    const payload = /** @type {[string, string][]} */ ([
      ['extensionDevelopmentPath', server.remoteUri(opts.extensionPath)],
      ['extensionTestsPath', server.remoteUri(opts.testsPath)],
    ]);
    await page.goto(server.workbenchUrl(workspace, payload));
    const code = await withTimeout(exited, opts.timeoutMs, `the suites did not finish within ${opts.timeoutMs / 1000} s`).catch(async (err) => {
      await page.screenshot({ path: path.join(RESULTS_DIR, `${installed.version}-timeout.png`) }).catch(() => undefined);
      throw err;
    });
    const counts = lines.map((l) => /\[design-workbench:test\] .*: (\d+) passed, (\d+) failed/.exec(l)).findLast(Boolean);
    const suite = seconds(t1);
    log(`VS Code ${installed.vscode}: suites ${code === 0 ? 'passed' : `FAILED (exit code ${code})`} in ${suite}`);
    if (code !== 0) {
      if (pageErrors.length) console.error(`Workbench errors:\n${pageErrors.join('\n')}`);
      log(`the workbench's full log: ${path.relative(process.cwd(), path.join(RESULTS_DIR, `${installed.version}.log`))}`);
    }
    return { ok: code === 0, passed: Number(counts?.[1] ?? 0), failed: Number(counts?.[2] ?? (code === 0 ? 0 : 1)), serverStart, suite };
  } catch (err) {
    if (pageErrors.length) console.error(`Workbench errors:\n${pageErrors.join('\n')}`);
    console.error(`--- server output ---\n${fs.existsSync(server.logFile) ? fs.readFileSync(server.logFile, 'utf8').split('\n').slice(-30).join('\n') : ''}`);
    throw err;
  } finally {
    const logFile = path.join(RESULTS_DIR, `${installed.version}.log`);
    fs.writeFileSync(logFile, lines.join('\n') + '\n');
    fs.copyFileSync(server.logFile, path.join(RESULTS_DIR, `${installed.version}-server.log`));
    await close();
    await server.stop();
  }
}

async function main() {
  const argv = process.argv.slice(2);
  const versions = resolveVersions(argValue(argv, 'vscode'));
  const extensionPath = path.resolve(argValue(argv, 'extension-path') ?? repoRoot);
  const timeoutMs = Number(argValue(argv, 'timeout') ?? 180) * 1000;
  const grep = argValue(argv, 'grep');
  const started = performance.now();

  checkBuilt(extensionPath);
  let t = performance.now();
  const testsPath = await compileSuites();
  log(`suites compiled in ${seconds(t)}`);

  t = performance.now();
  const installs = await ensureAll(versions);
  log(`install step: ${seconds(t)}`);

  /** @type {string[]} */
  const summary = [];
  let passed = 0;
  let failed = 0;
  let ok = true;
  for (const installed of installs) {
    try {
      const r = await runOne(installed, { extensionPath, testsPath, timeoutMs, grep });
      passed += r.passed;
      failed += r.failed;
      ok &&= r.ok;
      summary.push(`  VS Code ${installed.vscode}: ${r.ok ? 'passed' : 'FAILED'} — ${r.passed} passed, ${r.failed} failed; server start ${r.serverStart}, suites ${r.suite}`);
    } catch (err) {
      ok = false;
      failed += 1;
      console.error(`[vscode] ${err instanceof Error ? err.message : err}`);
      summary.push(`  VS Code ${installed.vscode}: ERROR — ${err instanceof Error ? err.message.split('\n')[0] : err}`);
    }
  }
  log(`summary (${seconds(started)} in all):\n${summary.join('\n')}`);
  console.log(`integration: ${passed} passed, ${failed} failed`);
  return ok ? 0 : 1;
}

runMain(main);
