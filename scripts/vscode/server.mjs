// Starts VS Code's own server (from the cached code-server package) on a free loopback port, with private
// user-data, extensions and server-data folders, and stops it — by process group — when asked, on exit,
// on Ctrl-C or SIGTERM, and when it fails to start.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { cleanEnv, onCleanup, run, tail } from './util.mjs';

export const HOST = '127.0.0.1';

/**
 * @typedef {object} Server
 * @property {string} url           http://127.0.0.1:PORT
 * @property {number} port
 * @property {string} remoteAuthority  127.0.0.1:PORT, for vscode-remote:// URIs
 * @property {{ root: string, extensions: string, userData: string, serverData: string }} dirs
 * @property {string} logFile       the server's output
 * @property {(abs: string) => string} remoteUri  vscode-remote:// URI of an absolute path on this machine
 * @property {(folder: string, payload?: [string, string][]) => string} workbenchUrl  URL opening `folder`
 * @property {Promise<string>} exited  settles when the server process ends on its own or is stopped (exit code or signal)
 * @property {() => Promise<void>} stop
 */

/**
 * @param {object} options
 * @param {import('./install.mjs').Installed} options.installed  from ensureVSCode()
 * @param {boolean} [options.smokeTestDriver]  needed for extensionDevelopmentPath/extensionTestsPath; hides notification toasts
 * @param {string[]} [options.installExtensions]  .vsix files to install into the private extensions folder first
 * @param {(extensionsDir: string) => void} [options.prepareExtensions]  puts extension folders into the extensions folder
 * @param {boolean} [options.offline]  no extension gallery: tests never reach out to the internet
 * @param {number} [options.port]  a fixed port (default: a free one)
 * @param {Record<string, string>} [options.env]  extra environment for the server and its extension host
 * @param {Record<string, unknown>} [options.settings]  user settings, beside the ones every run has
 * @param {number} [options.readyTimeoutMs]
 * @returns {Promise<Server>}
 */
export async function startServer(options) {
  const { installed } = options;
  const root = fs.mkdtempSync(path.join(os.tmpdir(), `dw-vscode-${installed.version}-`));
  const dirs = {
    root,
    extensions: path.join(root, 'extensions'),
    userData: path.join(root, 'user-data'),
    serverData: path.join(root, 'server-data'),
  };
  for (const d of [dirs.extensions, dirs.userData, dirs.serverData, path.join(root, 'xdg-config'), path.join(root, 'xdg-data'), path.join(root, 'tmp')]) {
    fs.mkdirSync(d, { recursive: true });
  }
  // No built-in Welcome page at startup: it races the extension's own first-run walkthrough for the same
  // editor, and the tests look at what the extension opens, not at the workbench's greeting.
  fs.mkdirSync(path.join(dirs.userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(dirs.userData, 'User', 'settings.json'), JSON.stringify({ 'workbench.startupEditor': 'none', ...options.settings }, null, 2));
  const logFile = path.join(root, 'server.log');
  const env = cleanEnv({
    // The server writes no config or data into the user's home.
    XDG_CONFIG_HOME: path.join(root, 'xdg-config'),
    XDG_DATA_HOME: path.join(root, 'xdg-data'),
    // The IPC sockets of the extension host and the Git extension go here too, and go away with it.
    TMPDIR: path.join(root, 'tmp'),
    PATH: `${path.dirname(installed.node)}${path.delimiter}${process.env.PATH}`,
    // code-server reads its gallery from here; an empty one turns the Marketplace off instead of timing out on it.
    ...(options.offline ? { EXTENSIONS_GALLERY: '{}' } : {}),
    ...options.env,
  });
  const dirFlags = ['--extensions-dir', dirs.extensions, '--user-data-dir', dirs.userData, '--server-data-dir', dirs.serverData];

  /** @type {import('node:child_process').ChildProcess | undefined} */
  let child;
  let stopped = false;
  const keep = process.env.DW_KEEP_TEMP === '1';
  /**
   * Signals the server's process group: the server and what it forked (extension host, pty host, file watcher).
   * The group outlives its leader while members remain, so the final sweep signals it even after the server exited.
   */
  const killGroup = (/** @type {NodeJS.Signals} */ signal, evenIfExited = false) => {
    if (!child?.pid) return;
    if (!evenIfExited && (child.exitCode !== null || child.signalCode !== null)) return;
    try {
      process.kill(-child.pid, signal);
    } catch {
      // the group is empty
    }
  };
  const removeRoot = () => {
    if (!keep) fs.rmSync(root, { recursive: true, force: true, maxRetries: 3 });
  };
  // Synchronous part for process 'exit'; stop() below is the graceful path.
  const unregister = onCleanup(() => {
    if (stopped) return;
    stopped = true;
    killGroup('SIGKILL', true);
    removeRoot();
  });

  async function stop() {
    if (stopped) return;
    stopped = true;
    unregister();
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child?.once('exit', r));
      killGroup('SIGTERM');
      const t = setTimeout(() => killGroup('SIGKILL'), 5000);
      await exited;
      clearTimeout(t);
    }
    killGroup('SIGKILL', true); // anything left in the group
    removeRoot();
  }

  try {
    for (const vsix of options.installExtensions ?? []) {
      await run(installed.node, [installed.serverMain, '--accept-server-license-terms', ...dirFlags, '--install-extension', vsix, '--force'], { env, logFile });
    }
    options.prepareExtensions?.(dirs.extensions);

    // Another server on a fixed port would answer our readiness probe: refuse it up front.
    if (options.port && !(await isFree(options.port))) {
      throw new Error(`port ${options.port} on ${HOST} is in use: stop what listens there or pick another port`);
    }
    for (let attempt = 1; ; attempt++) {
      const port = options.port ?? (await freePort());
      const args = [
        installed.serverMain,
        '--host', HOST,
        '--port', String(port),
        '--without-connection-token',
        '--accept-server-license-terms',
        '--disable-workspace-trust',
        '--disable-telemetry',
        ...dirFlags,
        ...(options.smokeTestDriver ? ['--enable-smoke-test-driver'] : []),
      ];
      fs.appendFileSync(logFile, `\n$ ${installed.node} ${args.join(' ')}\n`);
      const out = fs.openSync(logFile, 'a');
      // detached: its own process group, so stop() also ends the extension host and pty host it forks.
      child = spawn(installed.node, args, { cwd: root, env, detached: true, stdio: ['ignore', out, out] });
      fs.closeSync(out);
      const url = `http://${HOST}:${port}`;
      try {
        await waitReady(url, child, options.readyTimeoutMs ?? 60_000);
      } catch (err) {
        killGroup('SIGKILL');
        // Another process took the port between our probe and the server's listen: try another.
        if (!options.port && attempt < 3 && /EADDRINUSE/.test(tail(logFile, 20))) continue;
        throw err;
      }
      const proc = child;
      const exited = new Promise((/** @type {(how: string) => void} */ resolve) => {
        if (proc.exitCode !== null || proc.signalCode !== null) resolve(String(proc.exitCode ?? proc.signalCode));
        else proc.once('exit', (code, signal) => resolve(String(signal ?? code)));
      });
      const remoteAuthority = `${HOST}:${port}`;
      const remoteUri = (/** @type {string} */ abs) => `vscode-remote://${remoteAuthority}${encodeURI(abs)}`;
      return {
        url,
        port,
        remoteAuthority,
        dirs,
        logFile,
        remoteUri,
        exited,
        workbenchUrl(folder, payload) {
          // Slashes stay readable: the URL is printed for people to open.
          let u = `${url}/?folder=${encodeURIComponent(folder).replaceAll('%2F', '/')}`;
          if (payload) u += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
          return u;
        },
        stop,
      };
    }
  } catch (err) {
    const output = tail(logFile, 40);
    await stop();
    throw new Error(`VS Code server ${installed.vscode} did not start: ${err instanceof Error ? err.message : err}\n--- server output ---\n${output}`, { cause: err });
  }
}

/** A port that was free a moment ago on the loopback address. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, HOST, () => {
      const { port } = /** @type {net.AddressInfo} */ (srv.address());
      srv.close(() => resolve(port));
    });
  });
}

/**
 * True when `port` can be listened on at the loopback address.
 * @param {number} port
 * @returns {Promise<boolean>}
 */
function isFree(port) {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, HOST, () => srv.close(() => resolve(true)));
  });
}

/**
 * Polls `url` until the server answers, failing early when the process exits.
 * @param {string} url
 * @param {import('node:child_process').ChildProcess} child
 * @param {number} timeoutMs
 */
async function waitReady(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  /** @type {unknown} */
  let exited;
  child.once('exit', (code, signal) => {
    exited = signal ?? code;
  });
  while (Date.now() < deadline) {
    if (exited !== undefined) throw new Error(`the server exited (${exited}) before it was ready`);
    if (await answers(url)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no answer from ${url} within ${timeoutMs / 1000} s`);
}

/**
 * True when `url` answers with a status below 500 within two seconds.
 * @param {string} url
 * @returns {Promise<boolean>}
 */
function answers(url) {
  return new Promise((resolve) => {
    const req = http.get(url, { timeout: 2000 }, (res) => {
      res.resume();
      resolve((res.statusCode ?? 500) < 500);
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(false));
  });
}
