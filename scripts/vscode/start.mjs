// `npm start`: VS Code in the browser with Design Workbench installed, on the example workspace, on a machine with
// no VS Code. Runs until Ctrl-C, then stops the server. (npm start builds the extension first.)
// Usage: node scripts/vscode/start.mjs [--vscode 4.139.1|4.100.3] [--port N] [--folder examples] [--extension-path DIR]
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ensureAll } from './install.mjs';
import { startServer } from './server.mjs';
import { NEWEST, argValue, resolveVersions } from './versions.mjs';
import { log, onCleanup, repoRoot, runMain, seconds, tail } from './util.mjs';

async function main() {
  const argv = process.argv.slice(2);
  const [version] = resolveVersions(argValue(argv, 'vscode') ?? NEWEST);
  const extensionPath = path.resolve(argValue(argv, 'extension-path') ?? repoRoot);
  const folder = path.resolve(argValue(argv, 'folder') ?? path.join(repoRoot, 'examples'));
  const portArg = argValue(argv, 'port') ?? process.env.PORT;
  const port = portArg ? Number(portArg) : undefined;
  if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) {
    throw new Error(`--port ${portArg} is not a port number (1-65535)`);
  }

  const manifest = JSON.parse(fs.readFileSync(path.join(extensionPath, 'package.json'), 'utf8'));
  const main = path.resolve(extensionPath, manifest.main);
  if (!fs.existsSync(main)) throw new Error(`${path.relative(process.cwd(), main)} is missing: run npm run build (npm start does it for you)`);
  if (!fs.existsSync(folder)) throw new Error(`No folder ${folder} to open: pass --folder DIR`);

  let stopping = false;
  onCleanup(() => {
    stopping = true;
  });
  const t = performance.now();
  const [installed] = await ensureAll([version]);
  const server = await startServer({
    installed,
    port,
    // A link, not a copy: after `npm run watch` rebuilds, "Developer: Reload Window" in the browser loads the new build.
    prepareExtensions(dir) {
      fs.symlinkSync(extensionPath, path.join(dir, `${manifest.publisher}.${manifest.name}-${manifest.version}`), 'dir');
    },
  });
  log(`VS Code ${installed.vscode} started in ${seconds(t)}`);
  console.log(`\nDesign Workbench is running in VS Code at ${server.workbenchUrl(folder)}`);
  console.log('Open a *.design.md file, then run "Design Workbench: Run Microservices Checklist" from the Command Palette (F1).');
  console.log('Press Ctrl-C to stop.\n');
  const how = await server.exited;
  // Ctrl-C stops the server through the cleanup handlers (util.mjs), which then exit.
  if (stopping) return 130;
  throw new Error(`The VS Code server stopped unexpectedly (${how}). Its last output:\n${tail(server.logFile, 30)}`);
}

runMain(main);
