// Workspace symbols: the cables of the workspace by reference id and subject.

import { SymbolKind, type SymbolInformation } from 'vscode-languageserver-types';
import type { CableIndex } from './common';
import { formatClassification } from '../cable/markings';

const MAX_RESULTS = 500;

/** Does every character of the query appear in order in the text (case-insensitive)? */
function fuzzy(query: string, text: string): boolean {
  let i = 0;
  const t = text.toLowerCase();
  for (const ch of query.toLowerCase()) {
    if (ch === ' ') continue;
    i = t.indexOf(ch, i);
    if (i < 0) return false;
    i++;
  }
  return true;
}

/** Cables whose id or subject matches the query; an empty query lists them all. */
export function provideWorkspaceSymbols(query: string, index: CableIndex): SymbolInformation[] {
  const q = query.trim();
  const out: SymbolInformation[] = [];
  for (const c of index.all()) {
    const name = c.subject ? `${c.id}: ${c.subject}` : c.id;
    if (q && !fuzzy(q, name)) continue;
    out.push({
      name,
      kind: SymbolKind.File,
      location: { uri: c.uri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } },
      containerName: [formatClassification(c.classification.level, c.classification.caveats), c.origin].filter(Boolean).join(' · '),
    });
    if (out.length >= MAX_RESULTS) break;
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}
