// The grammar file itself: scope naming, every regular expression compiles in Oniguruma, linear time on hostile input.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { joinLines } from '../helpers/text';
import { OnigScanner } from 'vscode-oniguruma';
import { readSeed, seedFiles } from '../helpers/text';
import { INITIAL } from 'vscode-textmate';
import { GRAMMAR_PATH, loadGrammar, loadGrammarWithConfiguration, tokenize } from './tokenize';

interface Rule {
  [key: string]: unknown;
}

const grammar = JSON.parse(readFileSync(GRAMMAR_PATH, 'utf8')) as Rule;

/** Every rule object of the grammar, depth first. */
function rules(node: unknown, out: Rule[] = []): Rule[] {
  if (Array.isArray(node)) for (const n of node) rules(n, out);
  else if (node && typeof node === 'object') {
    out.push(node as Rule);
    for (const value of Object.values(node)) rules(value, out);
  }
  return out;
}

const REGEX_KEYS = ['match', 'begin', 'end', 'while'];
const SCOPE_KEYS = ['name', 'contentName'];

describe('the grammar file', () => {
  it('is the text.cable grammar', () => {
    expect(grammar.scopeName).toBe('text.cable');
    expect(grammar.name).toBe('Cable');
  });

  it('names every scope with a standard first part and .cable last', () => {
    const standard = /^(comment|constant|entity|invalid|keyword|markup|meta|punctuation|storage|string|support|variable)\./;
    const scopes = rules([grammar.patterns, grammar.repository]).flatMap((r) => SCOPE_KEYS.filter((k) => typeof r[k] === 'string').flatMap((k) => (r[k] as string).split(' ')));
    expect(scopes.length).toBeGreaterThan(50);
    for (const scope of scopes) {
      expect(scope, scope).toMatch(/\.cable$/);
      expect(scope, scope).toMatch(standard);
    }
  });

  it('compiles every regular expression in Oniguruma', async () => {
    await loadGrammar();
    const sources = rules(grammar).flatMap((r) => REGEX_KEYS.filter((k) => typeof r[k] === 'string').map((k) => r[k] as string));
    expect(sources.length).toBeGreaterThan(50);
    for (const source of sources) {
      expect(() => new OnigScanner([source]).dispose(), source).not.toThrow();
    }
  });

  it('resolves every include', () => {
    const repository = grammar.repository as Record<string, unknown>;
    for (const r of rules(grammar)) {
      if (typeof r.include !== 'string') continue;
      expect(r.include, r.include).toMatch(/^#/);
      expect(repository[r.include.slice(1)], r.include).toBeDefined();
    }
  });
});

describe('tokenizing', () => {
  it('tokenizes every seed cable to the end of every line', async () => {
    for (const file of seedFiles()) {
      const lines = await tokenize(readSeed(file));
      for (const { line, tokens } of lines) {
        expect(tokens.map((t) => t.text).join(''), file).toBe(line);
      }
    }
  });

  const HOSTILE: [string, string][] = [
    ['spaces', ' '.repeat(40_000) + 'x'],
    ['letters', 'A'.repeat(40_000)],
    ['digits', '1'.repeat(40_000)],
    ['spaced banner letters', 'C O N F I D E N T I A L '.repeat(2_000)],
    ['banner with a long tail', 'SECRET SECTION 01 OF 02 ' + 'AB '.repeat(12_000)],
    ['E.O. with a long event', 'E.O. 12958: DECL: ' + 'word '.repeat(8_000)],
    ['TAGS', 'TAGS: ' + 'PREL, '.repeat(6_000)],
    ['Classified By', 'Classified By: ' + 'x '.repeat(20_000)],
    ['Classified By reasons', 'Classified By: A for reasons 1.4 ' + '(b) and '.repeat(5_000)],
    ['SUBJECT', 'SUBJECT: ' + ' '.repeat(40_000) + 'x'],
    ['REF words', 'REF: ' + 'WORD '.repeat(8_000)],
    ['REF letters', 'REF: ' + 'A. STATE 12 '.repeat(3_000)],
    ['parentheses', '1. ' + '('.repeat(40_000)],
    ['pilcrows', '¶'.repeat(40_000)],
    ['dashes', '-'.repeat(40_000) + 'x'],
    ['page line look-alike', 'PARIS ' + '0'.repeat(20_000) + ' 002 OF'],
    ['addressee', 'VZCZCXRO1\nTO ' + 'A '.repeat(20_000)],
    ['routing indicators', 'VZCZCXRO1\nOO ' + 'RUEHAB '.repeat(6_000) + 'x'],
    ['heading look-alike', '\n' + 'Word '.repeat(10_000)],
  ];
  // Long runs of blanks or short words after each kind of line start: a regex that backtracks over them would show.
  const STARTS = ['', 'S E C R E T SECTION 01 OF 02 PARIS 001162', 'SIPDIS', 'E.O. 12958: DECL:', 'TAGS: PREL', 'SUBJECT: X', 'REF: A.',
    'Classified By: X for reasons 1.4', '1. (C)', '¶A.', 'VZCZCXRO1\nTO RUEHC/X', 'PARIS 00001162', '\nHeading'];
  for (const start of STARTS) {
    HOSTILE.push([`${JSON.stringify(start)} + blanks`, start + ' \t'.repeat(20_000) + 'x']);
    HOSTILE.push([`${JSON.stringify(start)} + words`, start + ' x,'.repeat(15_000)]);
  }
  it.each(HOSTILE)('stays fast on a hostile line: %s', async (_name, text) => {
    const started = performance.now();
    const lines = await tokenize(text);
    const elapsed = performance.now() - started;
    expect(lines.length).toBeGreaterThan(0);
    expect(elapsed).toBeLessThan(1_500);
  });
});

describe('brackets that VS Code matches and colours (package.json balancedBracketScopes)', () => {
  const manifest = JSON.parse(readFileSync(path.join(__dirname, '../../package.json'), 'utf8')) as {
    contributes: { grammars: { scopeName: string; balancedBracketScopes?: string[] }[] };
  };
  const contribution = manifest.contributes.grammars.find((g) => g.scopeName === 'text.cable')!;

  /** For each `(` or `)` of the line, whether VS Code counts it as a bracket (vscode-textmate's metadata bit 1024). */
  async function bracketFlags(text: string): Promise<boolean[]> {
    const grammar = await loadGrammarWithConfiguration({ balancedBracketSelectors: contribution.balancedBracketScopes ?? ['*'] });
    let state = INITIAL;
    let flags: boolean[] = [];
    for (const line of text.split('\n')) {
      const result = grammar.tokenizeLine2(line, state);
      state = result.ruleStack;
      flags = [];
      const tokens = result.tokens;
      for (let i = 0; i < tokens.length; i += 2) {
        const end = i + 2 < tokens.length ? tokens[i + 2] : line.length;
        for (let k = tokens[i]; k < end; k++) if (line[k] === '(' || line[k] === ')') flags.push((tokens[i + 1] & 1024) !== 0);
      }
    }
    return flags;
  }

  it('counts the parentheses of portion markings and reason letters', async () => {
    expect(await bracketFlags('1. (C) The minister agreed.')).toEqual([true, true]);
    expect(await bracketFlags('Classified By: Ambassador X for reasons 1.4 (b) and (d).')).toEqual([true, true, true, true]);
  });

  it('leaves the parentheses of prose alone: numbered items and asides are no unmatched brackets', async () => {
    expect(await bracketFlags('1. (C) He listed 1) security and 2) money (the')).toEqual([true, true, false, false, false]);
  });

  it('leaves the parenthesis of a lettered item alone: a) has no opening one to match (09DJIBOUTI113)', async () => {
    expect(await bracketFlags(joinLines('1. (C) One.', '', 'a) The first item.'))).toEqual([false]);
  });
});
