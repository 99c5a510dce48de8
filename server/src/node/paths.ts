// Files of this installation that the server and the CLI point users to.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** docs/rules.md of this installation, found by walking up from the running script; null if not shipped. */
export function rulesDocument(): string | null {
  for (let dir = __dirname, i = 0; i < 5; i++, dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'docs', 'rules.md');
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

/** The file URI of docs/rules.md, or null. */
export function rulesDocumentUri(): string | null {
  const doc = rulesDocument();
  return doc ? pathToFileURL(doc).href : null;
}
