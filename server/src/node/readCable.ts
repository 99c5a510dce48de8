// Reading cable files from disk: size limit, binary detection, UTF-8 with a Windows-1252 fallback.

import { promises as fs } from 'node:fs';

export type ReadResult = { ok: true; text: string } | { ok: false; reason: string };

/** Does this buffer look like a binary file (NUL bytes in its first 8 KiB)? */
export function looksBinary(data: Uint8Array): boolean {
  const n = Math.min(data.length, 8192);
  for (let i = 0; i < n; i++) if (data[i] === 0) return true;
  return false;
}

/** Decodes cable bytes: UTF-8 (without BOM) when valid, else Windows-1252 (old text files keep `¶` as 0xB6). */
export function decodeCable(data: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    text = new TextDecoder('windows-1252').decode(data);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Reads a cable file; a missing, unreadable, oversized or binary file gives a one-line reason instead. */
export async function readCableFile(path: string, maxBytes = 10 * 1024 * 1024): Promise<ReadResult> {
  try {
    const stat = await fs.stat(path);
    if (stat.isDirectory()) return { ok: false, reason: 'is a directory' };
    if (stat.size > maxBytes) return { ok: false, reason: `is too large (${(stat.size / 1048576).toFixed(1)} MB; the limit is ${(maxBytes / 1048576).toFixed(0)} MB)` };
    const data = await fs.readFile(path);
    if (looksBinary(data)) return { ok: false, reason: 'is a binary file, not a cable' };
    return { ok: true, text: decodeCable(data) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, reason: 'does not exist' };
    if (code === 'EACCES' || code === 'EPERM') return { ok: false, reason: 'cannot be read (permission denied)' };
    return { ok: false, reason: `cannot be read (${code ?? (error as Error).message})` };
  }
}
