// The `cable` command line: `cable inspect` and `cable check` on the same core as the language server.

import { runCli } from './cli';

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`cable: ${(error as Error)?.message ?? String(error)}\n`);
    process.exitCode = 2;
  },
);
