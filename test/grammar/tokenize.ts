// Tokenizes cable text with the shipped TextMate grammar, on the engine VS Code uses (vscode-textmate + vscode-oniguruma).

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadWASM, OnigScanner, OnigString } from 'vscode-oniguruma';
import { INITIAL, parseRawGrammar, Registry, type IGrammar, type IGrammarConfiguration, type StateStack } from 'vscode-textmate';

const ROOT = path.resolve(__dirname, '../..');
export const GRAMMAR_PATH = path.join(ROOT, 'syntaxes/cable.tmLanguage.json');
const WASM_PATH = path.join(ROOT, 'node_modules/vscode-oniguruma/release/onig.wasm');

/** The grammar's root scope, present on every token. */
export const ROOT_SCOPE = 'text.cable';

export interface Token {
  /** The token's text. */
  text: string;
  /** Offsets within the line (UTF-16, end exclusive). */
  start: number;
  end: number;
  /** Scopes from the root (`text.cable`) to the innermost. */
  scopes: string[];
}

export interface TokenizedLine {
  /** The line's text, without its line break. */
  line: string;
  tokens: Token[];
}

let grammarPromise: Promise<IGrammar> | null = null;

/** Loads the Cable grammar once per process. */
export function loadGrammar(): Promise<IGrammar> {
  grammarPromise ??= loadGrammarWithConfiguration({});
  return grammarPromise;
}

let wasmLoaded: Promise<void> | null = null;

/** Loads the Cable grammar with a configuration such as VS Code builds from the grammar's contribution. */
export async function loadGrammarWithConfiguration(configuration: IGrammarConfiguration): Promise<IGrammar> {
  wasmLoaded ??= (async () => {
    const wasm = readFileSync(WASM_PATH);
    await loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  })();
  await wasmLoaded;
  const registry = new Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new OnigScanner(patterns),
      createOnigString: (s: string) => new OnigString(s),
    }),
    loadGrammar: async (scopeName: string) =>
      scopeName === ROOT_SCOPE ? parseRawGrammar(readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH) : null,
  });
  const grammar = await registry.loadGrammarWithConfiguration(ROOT_SCOPE, 1, configuration);
  if (!grammar) throw new Error(`cannot load ${GRAMMAR_PATH}`);
  return grammar;
}

/** Splits a text into lines the way VS Code does (`\r\n`, `\n` or `\r`). */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/**
 * Tokenizes a whole text line by line, carrying the rule stack from line to line as VS Code does.
 * Throws when the grammar stops early on a line (vscode-textmate's time limit or its endless-loop guard).
 */
export async function tokenize(text: string): Promise<TokenizedLine[]> {
  const grammar = await loadGrammar();
  const out: TokenizedLine[] = [];
  let state: StateStack = INITIAL;
  for (const line of splitLines(text)) {
    const result = grammar.tokenizeLine(line, state);
    if (result.stoppedEarly) throw new Error(`tokenizing stopped early on: ${line}`);
    const tokens = result.tokens
      .map((t) => ({ text: line.slice(t.startIndex, t.endIndex), start: t.startIndex, end: Math.min(t.endIndex, line.length), scopes: t.scopes }))
      .filter((t) => t.end > t.start);
    out.push({ line, tokens });
    state = result.ruleStack;
  }
  return out;
}

/**
 * The scopes of the token holding the `occurrence`-th (0-based) appearance of `needle` in `text`, innermost last.
 * The needle must lie within one token; throws when it is missing.
 */
export async function scopesAt(text: string, needle: string, occurrence = 0): Promise<string[]> {
  let offset = -1;
  for (let k = 0; k <= occurrence; k++) {
    offset = text.indexOf(needle, offset + 1);
    if (offset < 0) throw new Error(`"${needle}" (occurrence ${occurrence}) not found in: ${text}`);
  }
  const lines = await tokenize(text);
  let lineStart = 0;
  for (const { line, tokens } of lines) {
    const lineEnd = lineStart + line.length;
    if (offset < lineEnd || (offset === lineEnd && needle.length === 0)) {
      const at = offset - lineStart;
      const token = tokens.find((t) => t.start <= at && at < t.end);
      if (!token) return [ROOT_SCOPE];
      if (at + needle.length > token.end) {
        throw new Error(`"${needle}" spans several tokens: ${JSON.stringify(tokens.map((t) => t.text))}`);
      }
      return token.scopes;
    }
    lineStart = lineEnd + (text.startsWith('\r\n', lineEnd) ? 2 : 1);
  }
  throw new Error(`offset ${offset} is beyond the text`);
}

/** The text of every token carrying a scope that starts with `scopePrefix`, in order. */
export async function tokensWithScope(text: string, scopePrefix: string): Promise<string[]> {
  const lines = await tokenize(text);
  return lines.flatMap(({ tokens }) => tokens.filter((t) => t.scopes.some((s) => s === scopePrefix || s.startsWith(scopePrefix + '.'))).map((t) => t.text));
}

/**
 * Renders tokenized lines for a snapshot: each line as `>line`, then one row per token, `text | scope scope …`
 * (the root scope left out). Tokens of whitespace only are left out.
 */
export function renderTokens(lines: TokenizedLine[]): string {
  const rows: string[] = [];
  for (const { line, tokens } of lines) {
    rows.push(`>${line}`);
    for (const t of tokens) {
      if (t.text.trim() === '') continue;
      rows.push(` ${t.text} | ${t.scopes.filter((s) => s !== ROOT_SCOPE).join(' ')}`);
    }
  }
  return rows.join('\n') + '\n';
}
