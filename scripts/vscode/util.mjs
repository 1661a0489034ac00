// Small helpers shared by the harness scripts: paths, child processes, timing, cleanup on exit.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

export const repoRoot = path.resolve(import.meta.dirname, '..', '..');
export const cacheRoot = process.env.DW_VSCODE_CACHE
  ? path.resolve(process.env.DW_VSCODE_CACHE)
  : path.join(repoRoot, '.cache', 'vscode');

/** Prints a harness line, set apart from the output of the tools it runs. */
export function log(...args) {
  console.log('[vscode]', ...args);
}

/** Seconds since `start` (a performance.now() value), one decimal. */
export function seconds(start) {
  return `${((performance.now() - start) / 1000).toFixed(1)} s`;
}

const NPM_SCRIPT_VARS = /^npm_(lifecycle_|package_|command$|execpath$|node_execpath$|config_local_prefix$|config_user_agent$|config_npm_version$)/i;

/**
 * The environment without what npm sets for the script it runs (the outer project's package, lifecycle and prefix,
 * and its Node: `NODE` and the user agent, which code-server's postinstall reads to check the Node version), so that
 * a nested `npm install` acts on its own folder with its own Node. The user's npm_config_* settings (registry, cache) stay.
 * @param {Record<string, string | undefined>} [extra]
 */
export function cleanEnv(extra = {}) {
  /** @type {Record<string, string>} */
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v === undefined || NPM_SCRIPT_VARS.test(k) || k === 'INIT_CWD' || k === 'NODE') continue;
    env[k] = v;
  }
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}

/**
 * Runs a command; resolves when it exits 0, rejects otherwise. Output goes to `logFile` (appended) when given,
 * else to this process's output.
 * @param {string} cmd
 * @param {string[]} args
 * @param {{ cwd?: string, env?: Record<string, string>, logFile?: string }} [opts]
 */
export function run(cmd, args, opts = {}) {
  return new Promise((resolve, reject) => {
    const out = opts.logFile ? fs.openSync(opts.logFile, 'a') : 'inherit';
    if (opts.logFile) fs.appendFileSync(opts.logFile, `\n$ ${cmd} ${args.join(' ')}\n`);
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ['ignore', out, out] });
    child.on('error', (err) => reject(new Error(`Could not run ${cmd}: ${err.message}`)));
    child.on('exit', (code, signal) => {
      if (typeof out === 'number') fs.closeSync(out);
      if (code === 0) resolve(undefined);
      else reject(new Error(`${cmd} ${args.join(' ')} failed (${signal ?? `exit code ${code}`})${opts.logFile ? `; see ${opts.logFile}` : ''}`));
    });
  });
}

/** Last `n` lines of a text file, or '' when it cannot be read. */
export function tail(file, n = 40) {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-n).join('\n');
  } catch {
    return '';
  }
}

/** @type {Set<() => void | Promise<void>>} */
const cleanups = new Set();
let exiting = false;

/**
 * Registers work to do before this process ends, on a normal exit, an uncaught error, Ctrl-C or SIGTERM.
 * The callback also runs synchronously from 'exit', so it must do its essential part (killing processes) synchronously.
 * Returns a function that unregisters it.
 * @param {() => void | Promise<void>} fn
 */
export function onCleanup(fn) {
  cleanups.add(fn);
  return () => cleanups.delete(fn);
}

async function runCleanups() {
  const fns = [...cleanups];
  cleanups.clear();
  await Promise.allSettled(fns.map(async (fn) => fn()));
}

process.on('exit', () => {
  for (const fn of cleanups) {
    try {
      fn();
    } catch {
      // exiting anyway
    }
  }
});
for (const [signal, code] of /** @type {const} */ ([['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]])) {
  process.on(signal, () => {
    if (exiting) return;
    exiting = true;
    log(`${signal}: stopping`);
    runCleanups().finally(() => process.exit(code));
  });
}

/**
 * Runs `main`, then the cleanups, and exits with its code (1 and the message when it throws).
 * @param {() => Promise<number>} main
 */
export function runMain(main) {
  main()
    .catch((err) => {
      // Messages name the cause and the fix; the stack only helps when debugging the harness itself.
      console.error(`[vscode] ${err instanceof Error ? (process.env.DW_DEBUG ? err.stack : err.message) : err}`);
      return 1;
    })
    .then(async (code) => {
      await runCleanups();
      process.exit(code);
    });
}

/**
 * Rejects after `ms` with `message` unless `promise` settles first.
 * @template T
 * @param {Promise<T>} promise
 * @param {number} ms
 * @param {string} message
 * @returns {Promise<T>}
 */
export function withTimeout(promise, ms, message) {
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return /** @type {Promise<T>} */ (Promise.race([promise, timeout]).finally(() => clearTimeout(timer)));
}
