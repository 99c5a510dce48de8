// Reading cable files from disk: size limit, binary detection, UTF-8 with a Windows-1252 fallback.

import { promises as fs } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** How a file's bytes were decoded, so that a fixed text is written back the same way. */
export type CableEncoding = 'utf-8' | 'utf-8-bom' | 'windows-1252';

export type ReadResult = { ok: true; text: string; encoding: CableEncoding } | { ok: false; reason: string };

/** Does this buffer look like a binary file (NUL bytes in its first 8 KiB)? */
export function looksBinary(data: Uint8Array): boolean {
  const n = Math.min(data.length, 8192);
  for (let i = 0; i < n; i++) if (data[i] === 0) return true;
  return false;
}

/** Decodes cable bytes: UTF-8 (without BOM) when valid, else Windows-1252 (old text files keep `¶` as 0xB6). */
export function decodeCable(data: Uint8Array): string {
  return decodeCableBytes(data).text;
}

function decodeCableBytes(data: Uint8Array): { text: string; encoding: CableEncoding } {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return { text: new TextDecoder('windows-1252').decode(data), encoding: 'windows-1252' };
  }
  return text.charCodeAt(0) === 0xfeff ? { text: text.slice(1), encoding: 'utf-8-bom' } : { text, encoding: 'utf-8' };
}

let windows1252: Map<number, number> | null = null;

/** Encodes a text as it was read: UTF-8 (with its BOM again), or Windows-1252 (null if a character has no byte there). */
export function encodeCable(text: string, encoding: CableEncoding): Uint8Array | null {
  if (encoding !== 'windows-1252') return Buffer.from(encoding === 'utf-8-bom' ? `\ufeff${text}` : text, 'utf8');
  if (!windows1252) {
    // The code page's table, read back from the decoder: character → byte.
    windows1252 = new Map();
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    const chars = new TextDecoder('windows-1252').decode(bytes);
    for (let i = 0; i < 256; i++) windows1252.set(chars.charCodeAt(i), i);
  }
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const byte = windows1252.get(text.charCodeAt(i));
    if (byte === undefined) return null;
    out[i] = byte;
  }
  return out;
}

/** Reads a cable file; a missing, unreadable, oversized or binary file gives a one-line reason instead. */
export async function readCableFile(path: string, maxBytes = 10 * 1024 * 1024): Promise<ReadResult> {
  try {
    const stat = await fs.stat(path);
    if (stat.isDirectory()) return { ok: false, reason: 'is a directory' };
    if (stat.size > maxBytes) return { ok: false, reason: `is too large (${(stat.size / 1048576).toFixed(1)} MB; the limit is ${(maxBytes / 1048576).toFixed(0)} MB)` };
    const data = await fs.readFile(path);
    if (looksBinary(data)) return { ok: false, reason: 'is a binary file, not a cable' };
    return { ok: true, ...decodeCableBytes(data) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, reason: 'does not exist' };
    if (code === 'EACCES' || code === 'EPERM') return { ok: false, reason: 'cannot be read (permission denied)' };
    return { ok: false, reason: `cannot be read (${code ?? (error as Error).message})` };
  }
}

/** The text of a cable file named by a `file:` URI, or null when it cannot be read as a cable. */
export async function readWorkspaceCable(uri: string, maxBytes: number): Promise<string | null> {
  if (!uri.startsWith('file:')) return null;
  const read = await readCableFile(fileURLToPath(uri), maxBytes);
  return read.ok ? read.text : null;
}
