// `cable check`: find cable files, check them (in parallel on all cores), report findings, set the exit code.

import { promises as fs } from 'node:fs';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { parseCable } from '../cable/parse';
import { lintCable, type RuleSettings, type Severity } from '../cable/lint';
import { looksLikeCable } from '../cable/detect';
import { lineOfOffset, splitLines } from '../cable/text';
import { encodeCable, readCableFile } from '../node/readCable';
import { fixCable } from '../cable/lint/fix';
import { findCandidateFiles } from '../node/findCables';

/** A finding with 1-based lines and columns (UTF-16 code units, as editors count). */
export interface ReportedFinding {
  code: string;
  severity: Severity;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
}

export interface FileResult {
  file: string;
  findings: ReportedFinding[];
  /** Why the file could not be checked (missing, binary, too large …). */
  error?: string;
  /** Found while scanning a folder but not a cable: not reported. */
  skipped?: boolean;
  /** With `--fix`: how many findings were fixed and written back to the file. */
  fixed?: number;
}

export interface CheckTask {
  file: string;
  /** Found by scanning a folder: a `.txt` file is checked only if it looks like a cable. */
  fromFolder: boolean;
  rules: RuleSettings;
  maxBytes: number;
  /** Apply the rules' fixes and write the file back (`--fix`). */
  fix?: boolean;
}

/** Checks one file. Never throws: problems become `error`. */
export async function checkFile(task: CheckTask): Promise<FileResult> {
  const read = await readCableFile(task.file, task.maxBytes);
  if (!read.ok) {
    // A folder scan skips .txt files that cannot be cables; a named file or a .cable file is reported.
    if (task.fromFolder && task.file.endsWith('.txt') && read.reason.includes('binary')) return { file: task.file, findings: [], skipped: true };
    return { file: task.file, findings: [], error: read.reason };
  }
  if (task.fromFolder && !task.file.endsWith('.cable') && !looksLikeCable(read.text)) return { file: task.file, findings: [], skipped: true };
  if (!task.fix) return { file: task.file, findings: checkText(read.text, task.rules, task.file) };
  const { text, fixed } = fixCable(read.text, task.rules, task.file);
  if (fixed > 0) {
    const bytes = encodeCable(text, read.encoding);
    if (!bytes) return { file: task.file, findings: checkText(read.text, task.rules, task.file), error: `not fixed: the fixes need characters that ${read.encoding} cannot hold` };
    try {
      await fs.writeFile(task.file, bytes);
    } catch (error) {
      return { file: task.file, findings: checkText(read.text, task.rules, task.file), error: `not fixed: cannot be written (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` };
    }
  }
  return { file: task.file, findings: checkText(text, task.rules, task.file), fixed };
}

/** Parses and lints a text; positions as 1-based lines and columns. */
export function checkText(text: string, rules: RuleSettings, fileName?: string): ReportedFinding[] {
  const cable = parseCable(text, { fileName });
  const table = splitLines(text);
  const at = (offset: number) => {
    const line = lineOfOffset(table, offset);
    return { line: line + 1, column: offset - table.starts[line] + 1 };
  };
  return lintCable(cable, text, rules).map((f) => {
    const s = at(f.start);
    const e = at(f.end);
    return { code: f.code, severity: f.severity, line: s.line, column: s.column, endLine: e.line, endColumn: e.column, message: f.message };
  });
}

/** Expands paths into files: folders recursively (`*.cable`, `*.txt`), files as given. Missing paths become errors. */
export async function collectFiles(paths: string[]): Promise<{ tasks: { file: string; fromFolder: boolean }[]; missing: FileResult[] }> {
  const tasks: { file: string; fromFolder: boolean }[] = [];
  const missing: FileResult[] = [];
  const onUnreadable = (dir: string, code: string) => missing.push({ file: dir, findings: [], error: `cannot be read (${code})` });
  for (const p of paths) {
    let stat;
    try {
      stat = await fs.stat(p);
    } catch {
      missing.push({ file: p, findings: [], error: 'does not exist' });
      continue;
    }
    if (stat.isDirectory()) for (const file of await findCandidateFiles(p, { onUnreadable })) tasks.push({ file, fromFolder: true });
    else tasks.push({ file: p, fromFolder: false });
  }
  return { tasks, missing };
}

/** How many worker threads a run of `count` files uses: none for a few files, else one per core. */
export function workerCount(count: number): number {
  if (count < 16) return 0;
  return Math.max(1, Math.min(os.availableParallelism?.() ?? os.cpus().length, Math.ceil(count / 8)));
}

/**
 * Checks many files. With `workerScript` (the bundled CLI itself) the files are spread over worker threads, one per
 * core; otherwise they are checked in this thread. Results keep the order of `tasks`.
 */
export async function checkAll(tasks: CheckTask[], workerScript: string | null): Promise<FileResult[]> {
  const workers = workerScript ? workerCount(tasks.length) : 0;
  if (workers === 0) {
    const out: FileResult[] = [];
    for (const t of tasks) out.push(await checkFile(t));
    return out;
  }
  const results: FileResult[] = new Array(tasks.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: workers }, () =>
      new Promise<void>((resolve, reject) => {
        const worker = new Worker(workerScript!, { workerData: { cableCheckWorker: true } });
        const feed = () => {
          if (next >= tasks.length) {
            void worker.terminate().then(() => resolve());
            return;
          }
          const index = next++;
          worker.postMessage({ index, task: tasks[index] });
        };
        worker.on('message', (m: { index: number; result: FileResult }) => {
          results[m.index] = m.result;
          feed();
        });
        worker.on('error', reject);
        feed();
      }),
    ),
  );
  return results;
}
