// Code lens: above the top banner, how many cables of the workspace cite this one; a click lists them (the client's
// `cable.showCitations` command, which shows Find All References at the banner).

import type { CodeLens } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Cable } from '../cable/model';
import { toRange, type CableIndex } from './common';

/** The client command a lens runs, with the document's URI and the banner's position. */
export const SHOW_CITATIONS_COMMAND = 'cable.showCitations';

export function provideCodeLenses(document: TextDocument, cable: Cable, index: CableIndex): CodeLens[] {
  const id = cable.referenceId;
  const banner = cable.banners.find((b) => b.position === 'top');
  if (!id || !banner) return [];
  const citing = new Set<string>();
  for (const c of index.all()) if (c.uri !== document.uri && c.id !== id && c.cites.some((x) => x.id === id)) citing.add(c.uri);
  if (citing.size === 0) return [];
  const range = toRange(document, banner.levelSpan);
  const title = `Cited by ${citing.size} cable${citing.size === 1 ? '' : 's'} of the workspace`;
  return [{ range, command: { title, command: SHOW_CITATIONS_COMMAND, arguments: [document.uri, range.start] } }];
}
