import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { WorkspaceIndex } from '../../../server/src/node/workspaceIndex';
import { SEEDS_DIR, seedFiles, seedIndex } from '../../helpers/text';
import { makeCable } from '../../helpers/cables';

describe('the workspace index', () => {
  it('indexes every cable of seeds/ by its canonical id', async () => {
    const index = new WorkspaceIndex();
    await index.build([SEEDS_DIR]);
    expect(index.size).toBe(seedFiles().length);
    for (const r of seedIndex()) {
      const found = index.get(r.referenceId);
      expect(found?.uri, r.referenceId).toBe(pathToFileURL(path.join(SEEDS_DIR, r.file)).href);
    }
    expect(index.get('04ISTANBUL1019')?.subject).toBe("A/S JONES MEETING WITH IRAQI FM ZIBARI AND IRAQI MOD SHA'ALAN");
  });

  it('records the cables each cable cites, where it cites them', async () => {
    const index = new WorkspaceIndex();
    await index.build([SEEDS_DIR]);
    const lines = readFileSync(path.join(SEEDS_DIR, '09PARIS1534.txt'), 'utf8').split('\n');
    const cites = index.get('09PARIS1534')!.cites;
    const at = (r: { start: { line: number; character: number }; end: { line: number; character: number } }) => lines[r.start.line].slice(r.start.character, r.end.character);
    expect(cites.filter((c) => /PARIS/.test(c.id)).map((c) => [c.id, at(c.range)])).toEqual([
      ['08PARIS1501', 'A. 08 PARIS 1501'],
      ['08PARIS1568', '¶B. 08 PARIS 1568'],
      ['08PARIS1698', '¶C. 08 PARIS 1698'],
    ]);
    // A cable does not cite itself, even where its text names its own id.
    for (const c of index.all()) expect(c.cites.every((x) => x.id !== c.id)).toBe(true);
  });

  it('keeps fresh on file changes: added, changed, deleted, and a .txt that is not a cable', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cable-index-'));
    const file = path.join(dir, 'a.cable');
    writeFileSync(file, makeCable());
    const notes = path.join(dir, 'notes.txt');
    writeFileSync(notes, 'Remember the milk.\n');
    const index = new WorkspaceIndex();
    await index.build([dir]);
    expect([...index.all()].map((c) => c.id)).toEqual(['04ANKARA348']);
    writeFileSync(file, makeCable({ banner: 'C O N F I D E N T I A L ANKARA 000999' }));
    await index.fileChanged(pathToFileURL(file).href, false);
    expect(index.get('04ANKARA348')).toBeUndefined();
    expect(index.get('04ANKARA999')?.uri).toBe(pathToFileURL(file).href);
    rmSync(file);
    await index.fileChanged(pathToFileURL(file).href, true);
    expect(index.size).toBe(0);
    await index.fileChanged(pathToFileURL(notes).href, false);
    expect(index.size).toBe(0);
  });
});
