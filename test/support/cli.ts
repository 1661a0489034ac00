// Runs the command line in a folder, as a user (or CI) in that folder would, and keeps what it prints.
import { main, nodeIo, type Io } from '../../src/cli/main';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export function runCli(args: readonly string[], cwd: string): CliRun {
  let out = '';
  let err = '';
  const io: Io = { ...nodeIo(), color: false, out: (s) => (out += s + '\n'), err: (s) => (err += s + '\n') };
  const before = process.cwd();
  process.chdir(cwd);
  try {
    return { code: main(args, io), out, err };
  } finally {
    process.chdir(before);
  }
}
