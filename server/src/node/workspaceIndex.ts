// The workspace index: every `*.cable` and cable-like `*.txt` file of the workspace folders, by canonical id.

import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Cable } from '../cable/model';
import { parseCable } from '../cable/parse';
import { looksLikeCable } from '../cable/detect';
import type { CableIndex, IndexedCable } from '../features/common';
import { readCableFile } from './readCable';
import { findCandidateFiles, isCandidate } from './findCables';
import { cableCitations } from '../features/links';
import { lineOfOffset, splitLines } from '../cable/text';

const MAX_FILES = 20_000;
const MAX_BYTES = 5 * 1024 * 1024;

export class WorkspaceIndex implements CableIndex {
  private readonly byId = new Map<string, IndexedCable[]>();
  private readonly byUri = new Map<string, IndexedCable>();

  get(id: string): IndexedCable | undefined {
    return this.byId.get(id)?.[0];
  }

  all(): Iterable<IndexedCable> {
    return this.byUri.values();
  }

  get size(): number {
    return this.byUri.size;
  }

  /** Indexes every candidate file under the folders (file system paths). */
  async build(folders: readonly string[]): Promise<void> {
    const files: string[] = [];
    for (const f of folders) files.push(...(await findCandidateFiles(f, { limit: MAX_FILES - files.length })));
    const batch = 32;
    for (let i = 0; i < files.length; i += batch) {
      await Promise.all(files.slice(i, i + batch).map((f) => this.indexFile(f)));
    }
  }

  /** (Re)indexes one file from disk; a file that is no longer a cable leaves the index. */
  async indexFile(file: string): Promise<void> {
    const uri = pathToFileURL(file).href;
    const read = await readCableFile(file, MAX_BYTES);
    if (!read.ok || (!/\.cable$/i.test(file) && !looksLikeCable(read.text))) {
      this.remove(uri);
      return;
    }
    this.set(uri, parseCable(read.text, { fileName: file }), read.text, 'now');
  }

  /**
   * Records a parsed cable under its URI: a file just read (its citations found at once, so that neither its text
   * nor its model stays in memory) or an open document's current text (citations found only when Find All
   * References asks: the document changes with every keystroke, and a 1 MB text takes tens of milliseconds).
   */
  set(uri: string, cable: Cable, text: string, citations: 'now' | 'on-demand' = 'on-demand'): void {
    this.remove(uri);
    if (!cable.referenceId) return;
    const entry: IndexedCable = { id: cable.referenceId, uri, subject: cable.subject, classification: cable.classification, date: cable.date, origin: cable.origin, cites: [] };
    if (citations === 'now') entry.cites = citesOf(cable, text);
    else {
      let found: IndexedCable['cites'] | null = null;
      Object.defineProperty(entry, 'cites', { enumerable: true, get: () => (found ??= citesOf(cable, text)) });
    }
    this.byUri.set(uri, entry);
    const list = this.byId.get(entry.id) ?? [];
    list.push(entry);
    list.sort((a, b) => a.uri.localeCompare(b.uri));
    this.byId.set(entry.id, list);
  }

  remove(uri: string): void {
    const old = this.byUri.get(uri);
    if (!old) return;
    this.byUri.delete(uri);
    const list = (this.byId.get(old.id) ?? []).filter((e) => e.uri !== uri);
    if (list.length) this.byId.set(old.id, list);
    else this.byId.delete(old.id);
  }

  /** Handles a watched-file event for a URI. */
  async fileChanged(uri: string, deleted: boolean): Promise<void> {
    if (!uri.startsWith('file:')) return;
    const file = fileURLToPath(uri);
    if (!isCandidate(file)) return;
    if (deleted) this.remove(uri);
    else await this.indexFile(file);
  }
}

/** The cables a cable cites, each with the range of the citation (line and character, as LSP counts them). */
function citesOf(cable: Cable, text: string): IndexedCable['cites'] {
  const targets = cableCitations(cable, text);
  if (targets.length === 0) return [];
  const lines = splitLines(text);
  const position = (offset: number) => {
    const line = lineOfOffset(lines, offset);
    return { line, character: offset - lines.starts[line] };
  };
  return targets.filter((t) => t.id !== cable.referenceId).map((t) => ({ id: t.id, range: { start: position(t.span.start), end: position(t.span.end) } }));
}
