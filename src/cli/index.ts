import { main, nodeIo } from './main';

try {
  process.exitCode = main(process.argv.slice(2), nodeIo());
} catch (e) {
  // A bug of ours, not the user's input: say so, and keep exit codes 1 and 2 for what they document.
  process.stderr.write(`design-workbench: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 3;
}
