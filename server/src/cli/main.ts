// The `cable` command line: `cable inspect` and `cable check` on the same core as the language server. The same
// script is the worker thread of parallel checks.

import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { runCli } from './cli';
import { checkFile, type CheckTask } from './check';

if (!isMainThread && (workerData as { cableCheckWorker?: boolean } | null)?.cableCheckWorker) {
  parentPort!.on('message', (m: { index: number; task: CheckTask }) => {
    void checkFile(m.task).then((result) => parentPort!.postMessage({ index: m.index, result }));
  });
} else {
  runCli(process.argv.slice(2), {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    color: process.stdout.isTTY === true && !process.env.NO_COLOR,
    workerScript: __filename,
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`cable: ${(error as Error)?.message ?? String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
