// Installs what the real-VS-Code tests need, once: Debian packages (Chromium, ripgrep, headers for VS Code's
// native modules) and each pinned code-server into .cache/vscode/<version>/, reused while its marker is there.
// CLI: node scripts/vscode/install.mjs [--vscode 4.100.3|4.139.1|all]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { VERSIONS, argValue, resolveVersions } from './versions.mjs';
import { cacheRoot, cleanEnv, log, run, runMain, seconds, tail } from './util.mjs';

/** Chromium drives the workbench; ripgrep seeds 4.100.3's download; the rest build VS Code's native modules. */
export const DEBIAN_PACKAGES = ['chromium', 'ripgrep', 'build-essential', 'python3', 'pkg-config', 'libkrb5-dev', 'libx11-dev', 'libxkbfile-dev', 'libsecret-1-dev'];
export const CHROMIUM = process.env.DW_CHROMIUM ?? '/usr/bin/chromium';

const MARKER = '.installed.json';

/** @param {string} pkg */
function debianInstalled(pkg) {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${db:Status-Abbrev}', pkg], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).startsWith('ii');
  } catch {
    return false;
  }
}

/** Installs the Debian packages that are missing; does nothing when all are there. */
export async function ensureDebianPackages() {
  const missing = DEBIAN_PACKAGES.filter((p) => !debianInstalled(p));
  if (missing.length === 0) return;
  const hasApt = fs.existsSync('/usr/bin/apt-get');
  const isRoot = process.getuid?.() === 0;
  if (!hasApt || !isRoot) {
    throw new Error(
      `Missing packages: ${missing.join(' ')}. Install them first, e.g.\n` +
        `  sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}\n` +
        (hasApt ? '' : '(This harness expects Debian or Ubuntu; on another system install the equivalents and set DW_CHROMIUM to Chromium.)'),
    );
  }
  const start = performance.now();
  log(`installing Debian packages: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // Another apt process may hold the lock for a while on a fresh machine: wait rather than fail.
  const lock = ['-o', 'DPkg::Lock::Timeout=300'];
  await run('apt-get', [...lock, 'update', '-qq'], { env });
  await run('apt-get', [...lock, 'install', '-y', '-qq', '--no-install-recommends', ...missing], { env });
  log(`Debian packages installed in ${seconds(start)}`);
}

/**
 * @typedef {object} Installed
 * @property {string} version       code-server version (the key in versions.mjs)
 * @property {string} vscode        VS Code version inside
 * @property {string} dir           its cache folder
 * @property {string} serverMain    VS Code's server-main.js
 * @property {string} node          the Node binary to run it with
 * @property {boolean} reused       true when an earlier install was reused
 */

/** @param {string} version */
function paths(version) {
  const spec = VERSIONS[version];
  const dir = path.join(cacheRoot, version);
  return {
    spec,
    dir,
    marker: path.join(dir, MARKER),
    serverMain: path.join(dir, 'node_modules', 'code-server', 'lib', 'vscode', 'out', 'server-main.js'),
    node: spec.node ? path.join(dir, 'node_modules', 'node', 'bin', 'node') : process.execPath,
  };
}

/**
 * True when the folder holds a finished install of what versions.mjs pins now.
 * @param {ReturnType<typeof paths>} p
 */
function isInstalled(p) {
  try {
    const marker = JSON.parse(fs.readFileSync(p.marker, 'utf8'));
    return marker.codeServer === p.spec.codeServer && marker.node === (p.spec.node?.version ?? null) && fs.existsSync(p.serverMain) && fs.existsSync(p.node);
  } catch {
    return false;
  }
}

/**
 * Returns the installed code-server `version`, installing it first when its marker is missing.
 * @param {string} version
 * @returns {Promise<Installed>}
 */
export async function ensureVSCode(version) {
  const p = paths(version);
  if (!p.spec) throw new Error(`Unknown code-server version ${version}; see scripts/vscode/versions.mjs`);
  if (isInstalled(p)) {
    return { version, vscode: p.spec.vscode, dir: p.dir, serverMain: p.serverMain, node: p.node, reused: true };
  }
  const release = await lock(p.dir);
  try {
    // Another run may have finished it while we waited for the lock.
    if (isInstalled(p)) {
      return { version, vscode: p.spec.vscode, dir: p.dir, serverMain: p.serverMain, node: p.node, reused: true };
    }
    await install(version, p);
  } finally {
    release();
  }
  return { version, vscode: p.spec.vscode, dir: p.dir, serverMain: p.serverMain, node: p.node, reused: false };
}

/**
 * @param {string} version
 * @param {ReturnType<typeof paths>} p
 */
async function install(version, p) {
  const start = performance.now();
  const { spec, dir } = p;
  log(`installing code-server ${version} (VS Code ${spec.vscode}) into ${path.relative(process.cwd(), dir) || dir} — about 1–2 minutes, once`);
  // A half-finished install has no marker: start it again from nothing.
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: `vscode-${version}`, private: true, description: 'Cache of the real-VS-Code test harness (scripts/vscode); safe to delete.' }, null, 2) + '\n');
  const logFile = path.join(dir, 'install.log');
  // A private TMPDIR: the ripgrep seed goes there, and nothing is left in the machine's /tmp.
  const tmp = path.join(dir, '.tmp');
  fs.mkdirSync(tmp);
  let env = cleanEnv({
    TMPDIR: tmp,
    // As root, code-server's postinstall needs unsafe-perm; its node-pty step calls npx, which must not prompt.
    npm_config_unsafe_perm: 'true',
    npm_config_yes: 'true',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
    npm_config_update_notifier: 'false',
    npm_config_progress: 'false',
  });
  const npm = (/** @type {string[]} */ ...args) => run('npm', ['install', '--no-package-lock', '--save-exact', ...args], { cwd: dir, env, logFile });
  try {
    if (spec.node) {
      const t = performance.now();
      await npm(`${spec.node.package}@${spec.node.version}`);
      const got = execFileSync(p.node, ['--version'], { encoding: 'utf8' }).trim();
      if (got !== `v${spec.node.version}`) throw new Error(`${p.node} reports ${got}, expected v${spec.node.version}`);
      // Node first on PATH: npm, node-gyp and the postinstall scripts then all build for this Node.
      env = { ...env, PATH: `${path.dirname(p.node)}${path.delimiter}${env.PATH}` };
      log(`  node ${got} installed in ${seconds(t)}`);
    }
    if (spec.ripgrepCache) seedRipgrep(spec.ripgrepCache, tmp);
    const t = performance.now();
    await npm(`code-server@${spec.codeServer}`);
    if (!fs.existsSync(p.serverMain)) throw new Error(`code-server ${version} installed but ${p.serverMain} is missing`);
    checkNativeModules(p);
    log(`  code-server ${version} installed in ${seconds(t)}`);
  } catch (err) {
    console.error(tail(logFile, 60));
    throw new Error(`Installing code-server ${version} failed: ${err instanceof Error ? err.message : err}. The full log is ${logFile}; run again after fixing the cause (the half-done install is redone).`, { cause: err });
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  fs.writeFileSync(p.marker, JSON.stringify({ codeServer: spec.codeServer, vscode: spec.vscode, node: spec.node?.version ?? null, installedAt: new Date().toISOString(), seconds: Math.round((performance.now() - start) / 100) / 10 }, null, 2) + '\n');
  log(`code-server ${version} ready in ${seconds(start)}`);
}

/** Native modules the server and extension host load; built here from source, so check they load with its Node. */
const NATIVE_MODULES = ['@vscode/spdlog', 'node-pty', '@parcel/watcher', 'kerberos'];

/**
 * Loads each native module with the Node that will run the server: a module built for another Node fails here,
 * at install, instead of as a puzzling error in the middle of a test.
 * @param {ReturnType<typeof paths>} p
 */
function checkNativeModules(p) {
  const vscodeDir = path.dirname(path.dirname(p.serverMain));
  const script = `for (const m of ${JSON.stringify(NATIVE_MODULES)}) { let f; try { f = require.resolve(m); } catch { continue; } require(f); }`;
  try {
    execFileSync(p.node, ['-e', script], { cwd: vscodeDir, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  } catch (err) {
    const stderr = /** @type {{ stderr?: string }} */ (err).stderr ?? '';
    throw new Error(`a native module of VS Code does not load with ${p.node}:\n${stderr.trim().split('\n').slice(0, 8).join('\n')}`, { cause: err });
  }
}

/**
 * @vscode/ripgrep downloads rg from GitHub in its postinstall, unless the release tarball is already in its cache
 * folder under TMPDIR. Build that tarball from Debian's rg.
 * @param {string} ripgrepVersion
 * @param {string} tmp
 */
function seedRipgrep(ripgrepVersion, tmp) {
  const rg = ['/usr/bin/rg', '/usr/local/bin/rg'].find((f) => fs.existsSync(f));
  if (!rg) throw new Error('ripgrep (rg) is missing: apt-get install ripgrep');
  const arch = { x64: 'x86_64', arm64: 'aarch64' }[os.arch()];
  if (!arch) throw new Error(`No ripgrep seed for CPU ${os.arch()}`);
  const cache = path.join(tmp, `vscode-ripgrep-cache-${ripgrepVersion}`);
  const stage = path.join(tmp, 'rg-stage');
  fs.mkdirSync(cache, { recursive: true });
  fs.mkdirSync(stage, { recursive: true });
  fs.copyFileSync(rg, path.join(stage, 'rg'));
  fs.chmodSync(path.join(stage, 'rg'), 0o755);
  // @vscode/ripgrep 1.15.x asks for this release name and untars it expecting `rg` at the top.
  const asset = `ripgrep-v13.0.0-10-${arch}-unknown-linux-musl.tar.gz`;
  execFileSync('tar', ['czf', path.join(cache, asset), '-C', stage, 'rg']);
}

/**
 * A lock folder beside `dir` so that two runs do not install into the same folder at once.
 * A lock left by a process that is gone is taken over.
 * @param {string} dir
 * @returns {Promise<() => void>}
 */
async function lock(dir) {
  const lockDir = `${dir}.lock`;
  fs.mkdirSync(path.dirname(lockDir), { recursive: true });
  for (let waited = 0; ; waited += 2) {
    try {
      fs.mkdirSync(lockDir);
      fs.writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
      return () => fs.rmSync(lockDir, { recursive: true, force: true });
    } catch (err) {
      if (/** @type {NodeJS.ErrnoException} */ (err).code !== 'EEXIST') throw err;
      const owner = lockOwner(lockDir);
      if (owner === 'gone') {
        fs.rmSync(lockDir, { recursive: true, force: true });
        continue;
      }
      if (waited % 30 === 0) log(`waiting for process ${owner}, which is installing into ${dir}`);
      if (waited > 900) throw new Error(`Gave up waiting for ${lockDir} (held by process ${owner}); delete it if no install is running`, { cause: err });
      await new Promise((r) => setTimeout(r, 2000));
    }
  }
}

/**
 * The pid holding the lock, or 'gone' when that process has ended (or never wrote its pid within 10 s).
 * @param {string} lockDir
 * @returns {number | 'gone'}
 */
function lockOwner(lockDir) {
  try {
    const pid = Number(fs.readFileSync(path.join(lockDir, 'pid'), 'utf8'));
    if (pid) return alive(pid) ? pid : 'gone';
  } catch {
    // no pid written yet, or the lock was just released
  }
  try {
    return Date.now() - fs.statSync(lockDir).mtimeMs > 10_000 ? 'gone' : 0;
  } catch {
    return 0; // released meanwhile: try again
  }
}

/** @param {number} pid */
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Installs Debian packages and the given versions, logging how long each took.
 * @param {string[]} versions
 * @returns {Promise<Installed[]>}
 */
export async function ensureAll(versions) {
  await ensureDebianPackages();
  /** @type {Installed[]} */
  const result = [];
  for (const v of versions) {
    const start = performance.now();
    const installed = await ensureVSCode(v);
    log(`code-server ${v} (VS Code ${installed.vscode}): ${installed.reused ? 'cached' : 'installed'} in ${seconds(start)}`);
    result.push(installed);
  }
  return result;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runMain(async () => {
    await ensureAll(resolveVersions(argValue(process.argv, 'vscode')));
    return 0;
  });
}
