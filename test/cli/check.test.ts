import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../../server/src/cli/cli';
import { workerCount } from '../../server/src/cli/check';
import { renderRulesDoc } from '../../server/src/cable/lint/doc';
import { RULES } from '../../server/src/cable/lint';
import { makeCable } from '../helpers/cables';
import { ROOT, SEED_FILE, SEEDS_DIR, seedText } from '../helpers/text';

const CLI = path.join(ROOT, 'dist', 'cli.js');

async function run(args: string[], cwd = ROOT) {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (t) => (out += t), err: (t) => (err += t), cwd });
  return { code, out, err };
}

function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'cable-check-'));
}

describe('cable check on the seed', () => {
  it('reports the six mangled paragraph numbers and nothing at error level', async () => {
    const { code, out } = await run(['check', SEED_FILE, '--format', 'json']);
    expect(code).toBe(0);
    const [result] = JSON.parse(out);
    const mangled = result.findings.filter((f: { code: string }) => f.code === 'paragraph-number-mangled');
    const lines = seedText().split('\n');
    expect(mangled.map((f: { line: number }) => lines[f.line - 1].split(' ')[0])).toEqual(['16.', '17.', '18.', '19.', '110.', '112.']);
    expect(mangled.map((f: { line: number; column: number; endColumn: number }) => [f.line, f.column])).toEqual([
      [40, 1],
      [42, 1],
      [46, 1],
      [48, 1],
      [50, 1],
      [56, 1],
    ]);
    expect(result.findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);
    for (const f of result.findings) expect(Object.keys(f).sort()).toEqual(['code', 'column', 'endColumn', 'endLine', 'line', 'message', 'severity']);
  });

  it('prints stylish output with a summary line', async () => {
    const { out } = await run(['check', SEED_FILE]);
    expect(out).toContain('seeds/000_ea1a4c7a725ed8c9.txt');
    expect(out).toMatch(/40:1\s+warning\s+16\. stands for ¶6\..*paragraph-number-mangled/);
    expect(out).toMatch(/✖ 7 problems \(0 errors, 6 warnings, 0 info, 1 hint\) in 1 cable/);
  });

  it('writes SARIF 2.1.0 with the rules and one result per finding', async () => {
    const { out } = await run(['check', SEED_FILE, '--format', 'sarif']);
    const sarif = JSON.parse(out);
    expect(sarif.version).toBe('2.1.0');
    const run0 = sarif.runs[0];
    expect(run0.tool.driver.name).toBe('cable');
    expect(run0.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(RULES.map((r) => r.code));
    expect(run0.tool.driver.rules[0].helpUri).toMatch(/^file:.*docs\/rules\.md#banner-missing$/);
    expect(run0.results).toHaveLength(7);
    const first = run0.results.find((r: { ruleId: string }) => r.ruleId === 'paragraph-number-mangled');
    expect(first.level).toBe('warning');
    expect(first.locations[0].physicalLocation.artifactLocation.uri).toBe('seeds/000_ea1a4c7a725ed8c9.txt');
    expect(first.locations[0].physicalLocation.region).toEqual({ startLine: 40, startColumn: 1, endLine: 40, endColumn: 4 });
  });
});

describe('cable check exit codes and options', () => {
  const dir = tempDir();
  const bad = path.join(dir, 'bad.cable');
  writeFileSync(bad, makeCable({ body: ['1. (C) Summary: x. End Summary.', '', '2. (S) Too high.'] }));
  const warn = path.join(dir, 'warn.cable');
  writeFileSync(warn, makeCable({ tags: 'TAGS: PREL MOPPS TU' }));

  it('exits 1 on an error-level finding and 0 when the rule is turned off', async () => {
    expect((await run(['check', bad])).code).toBe(1);
    expect((await run(['check', bad, '--rule', 'portion-exceeds-banner=warning'])).code).toBe(0);
    expect((await run(['check', bad, '--rule=portion-exceeds-banner=off', '--format', 'json'])).out).not.toContain('portion-exceeds-banner');
  });

  it('--quiet reports errors only', async () => {
    const { out } = await run(['check', bad, warn, '--quiet', '--format', 'json']);
    const all = JSON.parse(out).flatMap((r: { findings: { severity: string }[] }) => r.findings);
    expect(all.length).toBeGreaterThan(0);
    expect(all.every((f: { severity: string }) => f.severity === 'error')).toBe(true);
  });

  it('--max-warnings fails a run with too many warnings', async () => {
    expect((await run(['check', warn, '--max-warnings', '1'])).code).toBe(0);
    const r = await run(['check', warn, '--max-warnings', '0']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/1 warnings, more than --max-warnings 0/);
  });

  it('reads cable.config.json from the working directory', async () => {
    const cfgDir = tempDir();
    writeFileSync(path.join(cfgDir, 'cable.config.json'), JSON.stringify({ rules: { 'tag-typo': 'error' } }));
    const r = await run(['check', warn, '--format', 'json'], cfgDir);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)[0].findings.find((f: { code: string }) => f.code === 'tag-typo').severity).toBe('error');
  });

  it('rejects bad options and bad settings with exit code 2', async () => {
    expect((await run(['check', warn, '--format', 'xml'])).code).toBe(2);
    expect((await run(['check', warn, '--rule', 'no-such-rule=off'])).err).toMatch(/unknown rule "no-such-rule"/);
    expect((await run(['check', warn, '--rule', 'tag-typo=loud'])).code).toBe(2);
    const cfgDir = tempDir();
    writeFileSync(path.join(cfgDir, 'cable.config.json'), '{ not json');
    expect((await run(['check', warn], cfgDir)).err).toMatch(/is not valid JSON/);
  });

  it('walks folders: *.cable and cable-like *.txt, skipping other text', async () => {
    const tree = tempDir();
    mkdirSync(path.join(tree, 'sub'));
    writeFileSync(path.join(tree, 'sub', 'one.cable'), makeCable());
    writeFileSync(path.join(tree, 'two.txt'), makeCable({ tags: 'TAGS: PREL MOPPS TU' }));
    writeFileSync(path.join(tree, 'notes.txt'), 'Shopping list\n- milk\n- bread\n');
    writeFileSync(path.join(tree, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]));
    const { code, out } = await run(['check', tree, '--format', 'json']);
    expect(code).toBe(0);
    const files = JSON.parse(out).map((r: { file: string }) => path.relative(tree, r.file));
    expect(files.sort()).toEqual([path.join('sub', 'one.cable'), 'two.txt']);
  });

  it('reports a binary, missing or oversized file in one line and goes on, exiting 2', async () => {
    const d = tempDir();
    const binary = path.join(d, 'x.cable');
    writeFileSync(binary, Buffer.from([0, 1, 2, 3]));
    const big = path.join(d, 'big.cable');
    writeFileSync(big, makeCable() + '\n' + 'x'.repeat(2 * 1024 * 1024));
    const { code, out } = await run(['check', binary, path.join(d, 'missing.cable'), big, warn, '--max-file-size', '1']);
    expect(code).toBe(2);
    expect(out).toMatch(/x\.cable is a binary file, not a cable/);
    expect(out).toMatch(/missing\.cable does not exist/);
    expect(out).toMatch(/big\.cable is too large/);
    expect(out).toMatch(/MOPPS is a misspelling of MOPS/);
  });
});

describe('cable check --fix', () => {
  it('fixes the seed in place: the six mangled numbers and the outdated reason section, and nothing is left', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'seed.txt');
    writeFileSync(file, seedText());
    const { code, out } = await run(['check', '--fix', file]);
    expect(code).toBe(0);
    expect(out).toMatch(/✔ fixed 7 problems in 1 cable\n✔ 1 cable checked, no problems/);
    const fixed = readFileSync(file, 'utf8');
    const numbers = fixed.split('\n').filter((l) => /^\d+\. \(/.test(l)).map((l) => l.split('.')[0]);
    expect(numbers).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']);
    expect(fixed).toContain('Classified By: A/S Elizabeth Jones for Reasons 1.4 (b&d)');
    // Only those lines changed.
    const before = seedText().split('\n');
    expect(fixed.split('\n').filter((l, i) => l !== before[i])).toHaveLength(7);
    // A second run has nothing to fix and leaves the file alone.
    const again = await run(['check', '--fix', file, '--format', 'json']);
    expect(JSON.parse(again.out)).toEqual([{ file, findings: [], fixed: 0 }]);
    expect(readFileSync(file, 'utf8')).toBe(fixed);
  });

  it('applies fixes that a first fix reveals, reports what has no fix, leaves the numbering alone, and honours --rule', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'x.cable');
    const text = makeCable({ tags: 'TAGS: PREL MOPPS PREL TU', body: ['1. (c) Summary: x.', '', '2. (S) Too high.', '', '4. (C) Three.'] });
    writeFileSync(file, text);
    const { code, out } = await run(['check', '--fix', file, '--format', 'json']);
    expect(code).toBe(1);
    const [result] = JSON.parse(out);
    // Renumbering is left to the editor: 4. stays, and its finding with it.
    expect(result.findings.map((f: { code: string }) => f.code)).toEqual(['portion-exceeds-banner', 'paragraph-sequence']);
    const fixed = readFileSync(file, 'utf8');
    expect(fixed).toContain('TAGS: PREL MOPS TU');
    expect(fixed).toContain('1. (C) Summary: x. End Summary.');
    expect(fixed).toContain('4. (C) Three.');
    expect(result.fixed).toBe(4);
    // A rule turned off keeps its fix out.
    const other = path.join(dir, 'y.cable');
    writeFileSync(other, text);
    const off = await run(['check', '--fix', other, '--rule', 'tag-typo=off', '--format', 'json']);
    expect(readFileSync(other, 'utf8')).toContain('TAGS: PREL MOPPS TU');
    expect(JSON.parse(off.out)[0].fixed).toBe(3);
  });

  it('writes a Windows-1252 file back in Windows-1252', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'old.txt');
    const text = seedText().replace('1. (C) Summary.', '\u00b61. (C) Summary.');
    writeFileSync(file, Buffer.from(text, 'latin1'));
    expect((await run(['check', '--fix', file])).code).toBe(0);
    const bytes = readFileSync(file);
    expect(bytes.includes(Buffer.from([0xb6, 0x31, 0x2e]))).toBe(true);
    expect(bytes.toString('latin1')).toContain('\n6. (C) Zibari said Iraq needs security');
  });
});

describe('error-level findings on seeds/', () => {
  it('are exactly the ones listed, with a reason each, in seeds/expected-errors.tsv', async () => {
    const listed = readFileSync(path.join(SEEDS_DIR, 'expected-errors.tsv'), 'utf8')
      .split('\n')
      .slice(1)
      .filter(Boolean)
      .map((l) => l.split('\t'));
    for (const row of listed) expect(row[3]?.length ?? 0).toBeGreaterThan(20);
    const { out } = await run(['check', SEEDS_DIR, '--quiet', '--format', 'json']);
    const found = JSON.parse(out).flatMap((r: { file: string; findings: { line: number; code: string }[] }) =>
      r.findings.map((f) => `${path.basename(r.file)}:${f.line}:${f.code}`),
    );
    const expected = listed.map(([file, line, code]) => `${file}:${line}:${code}`);
    expect(found.filter((f: string) => !expected.includes(f))).toEqual([]);
    expect(expected.filter((e) => !found.includes(e))).toEqual([]);
  });
});

describe('the built CLI', () => {
  it('checks all seeds in parallel worker threads with the same results as in-process', async () => {
    expect(workerCount(196)).toBeGreaterThan(0);
    const parallel = spawnSync(process.execPath, [CLI, 'check', 'seeds', '--format', 'json'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
    expect(parallel.status).toBe(1);
    const inProcess = await run(['check', 'seeds', '--format', 'json']);
    expect(JSON.parse(parallel.stdout)).toEqual(JSON.parse(inProcess.out));
  });
});

describe('docs/rules.md', () => {
  it('is generated from the rules (run `npm run docs` after changing a rule)', () => {
    expect(readFileSync(path.join(ROOT, 'docs', 'rules.md'), 'utf8')).toBe(renderRulesDoc());
  });
});
