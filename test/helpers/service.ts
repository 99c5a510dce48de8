// Feature test helpers: a language service over an in-memory index, and documents with a `|` cursor.

import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position } from 'vscode-languageserver-types';
import { createCableLanguageService, type CableLanguageService } from '../../server/src/languageService';
import type { CableIndex, IndexedCable } from '../../server/src/features/common';
import { cursor } from './text';

/** An index holding the given cables. */
export function memoryIndex(cables: IndexedCable[] = []): CableIndex {
  const byId = new Map(cables.map((c) => [c.id, c]));
  return { get: (id) => byId.get(id), all: () => byId.values() };
}

export function service(cables: IndexedCable[] = []): CableLanguageService {
  return createCableLanguageService({ index: memoryIndex(cables), rulesDocUri: 'file:///docs/rules.md' });
}

let counter = 0;
/** A document of a text (no cursor). */
export function doc(text: string, uri = `file:///test/doc${++counter}.cable`): TextDocument {
  return TextDocument.create(uri, 'cable', 1, text);
}

/** A document and the position of its `|` marker (which is removed). */
export function docAt(textWithCursor: string): { document: TextDocument; position: Position } {
  const { text, offset } = cursor(textWithCursor);
  const document = doc(text);
  return { document, position: document.positionAt(offset) };
}

export const indexed = (id: string, subject: string | null = null, uri = `file:///ws/${id}.txt`): IndexedCable => ({
  id,
  uri,
  subject,
  classification: { level: 'CONFIDENTIAL', caveats: [] },
  date: '2008-03-01T05:49:00Z',
  origin: 'AMEMBASSY PARIS',
  cites: [],
});
