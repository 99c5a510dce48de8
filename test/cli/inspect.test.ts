import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../../server/src/cli/cli';
import { ROOT, SEED_FILE } from '../helpers/text';

async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe('cable inspect', () => {
  it('prints the model of the seed as JSON with the fixed top-level fields', async () => {
    const { code, out } = await run(['inspect', SEED_FILE, '--json']);
    expect(code).toBe(0);
    const model = JSON.parse(out);
    expect(model.referenceId).toBe('04ISTANBUL1019');
    expect(model.classification).toEqual({ level: 'CONFIDENTIAL', caveats: [] });
    expect(model.date).toBeNull();
    expect(model.origin).toBe('ISTANBUL');
    expect(model.tags.map((t: { code: string; kind: string }) => [t.code, t.kind])).toEqual([
      ['PREL', 'subject'],
      ['IZ', 'country'],
      ['TU', 'country'],
      ['NATO', 'organization'],
    ]);
    expect(model.subject).toBe("A/S JONES MEETING WITH IRAQI FM ZIBARI AND IRAQI MOD SHA'ALAN");
    expect(model.paragraphs.map((p: { number: number; written: string; marking: string; line: number }) => [p.number, p.written, p.marking, p.line])).toEqual([
      [1, '1.', '(C)', 18],
      [2, '2.', '(C)', 22],
      [3, '3.', '(C)', 26],
      [4, '4.', '(C)', 30],
      [5, '5.', '(C)', 34],
      [6, '16.', '(C)', 40],
      [7, '17.', '(C)', 42],
      [8, '18.', '(C)', 46],
      [9, '19.', '(C)', 48],
      [10, '110.', '(C)', 50],
      [11, '11.', '(C)', 54],
      [12, '112.', '(U)', 56],
    ]);
    expect(model.issues).toEqual([]);
  });

  it('prints the date as ISO 8601 UTC for a cable with a routing header', async () => {
    const { out } = await run(['inspect', path.join(ROOT, 'seeds', '86MADRID5480.txt'), '--json']);
    const model = JSON.parse(out);
    expect(model.date).toBe('1986-05-12T17:58:00Z');
    expect(model.referenceId).toBe('86MADRID5480');
    expect(model.origin).toBe('AMEMBASSY MADRID');
    expect(model.classification.level).toBe('SECRET');
  });

  it('prints a readable summary', async () => {
    const { code, out } = await run(['inspect', SEED_FILE]);
    expect(code).toBe(0);
    expect(out).toContain('04ISTANBUL1019');
    expect(out).toContain('CONFIDENTIAL');
    expect(out).toMatch(/Tags\s+PREL \(subject: External Political Relations\)/);
    expect(out).toMatch(/10 {2}line 50\s+\(C\)\s+MoD Sha'alan.*\(written 110\.: mangled ¶\)/);
    expect(out).toContain('Signature       ARNETT');
  });

  it.each([
    ['a missing file', () => path.join(tmpdir(), 'no-such-cable.txt'), /does not exist/],
    ['a directory', () => tmpdir(), /is a directory/],
    [
      'a binary file',
      () => {
        const f = path.join(mkdtempSync(path.join(tmpdir(), 'cable-')), 'x.bin');
        writeFileSync(f, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]));
        return f;
      },
      /is a binary file/,
    ],
  ])('refuses %s with one line and exit code 2', async (_name, make, message) => {
    const { code, out, err } = await run(['inspect', make()]);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(message);
    expect(err.trim().split('\n')).toHaveLength(1);
  });

  it('refuses a path that cannot be read', async () => {
    // A path through a regular file cannot be opened (ENOTDIR), for root as for anyone.
    const f = path.join(mkdtempSync(path.join(tmpdir(), 'cable-')), 'plain.txt');
    writeFileSync(f, 'UNCLAS');
    const { code, err } = await run(['inspect', path.join(f, 'inside.txt')]);
    expect(code).toBe(2);
    expect(err).toMatch(/cannot be read \(ENOTDIR\)/);
  });

  it('reports usage errors with exit code 2', async () => {
    expect((await run(['inspect'])).code).toBe(2);
    expect((await run(['inspect', SEED_FILE, '--jsn'])).code).toBe(2);
    expect((await run(['frobnicate'])).code).toBe(2);
  });

  it('runs as the installed `cable` binary (dist/cli.js), with no stack trace on errors', () => {
    const cli = path.join(ROOT, 'dist', 'cli.js');
    const out = execFileSync(process.execPath, [cli, 'inspect', SEED_FILE, '--json'], { encoding: 'utf8' });
    expect(JSON.parse(out).referenceId).toBe('04ISTANBUL1019');
    const bad = spawnSync(process.execPath, [cli, 'inspect', '/definitely/not/here.txt'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).not.toMatch(/\bat \S+ \(/);
  });
});
