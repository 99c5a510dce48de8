// Walking folders for cable candidates (`*.cable`, `*.txt`), shared by `cable check` and the workspace index.

import { promises as fs } from 'node:fs';
import path from 'node:path';

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', '.vscode-test']);

/** Is this a file name that may hold a cable? */
export function isCandidate(file: string): boolean {
  return /\.(cable|txt)$/i.test(file);
}

export interface WalkOptions {
  /** Stop after this many files. */
  limit?: number;
  /** Called for a folder that cannot be read. */
  onUnreadable?: (dir: string, code: string) => void;
}

/** The candidate files under a folder, recursively, in name order, skipping hidden and build folders. */
export async function findCandidateFiles(root: string, options: WalkOptions = {}): Promise<string[]> {
  const files: string[] = [];
  const limit = options.limit ?? Infinity;
  const walk = async (dir: string): Promise<void> => {
    if (files.length >= limit) return;
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (error) {
      options.onUnreadable?.(dir, (error as NodeJS.ErrnoException).code ?? 'error');
      return;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      if (files.length >= limit) return;
      const full = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) await walk(full);
      } else if (e.isFile() && isCandidate(e.name)) files.push(full);
    }
  };
  await walk(root);
  return files;
}
