import { main, nodeIo } from './main';

// A reader that stops early (`design-workbench templates | head -1`, `| true`) closes the pipe: what is left to
// print has no one to read it, so exit quietly with the code the run has, not with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(process.exitCode ?? 0);
  });
}

try {
  process.exitCode = main(process.argv.slice(2), nodeIo());
} catch (e) {
  // A bug of ours, not the user's input: say so, and keep exit codes 1 and 2 for what they document.
  process.stderr.write(`design-workbench: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 3;
}
