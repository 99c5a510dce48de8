// The snippets of snippets/cable.code-snippets expand, with their first choices and default texts, into cables the
// parser reads as meant and the rules pass.

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCable } from '../../../server/src/cable/parse';
import { lintCable } from '../../../server/src/cable/lint';

const ROOT = path.resolve(__dirname, '../../..');
const snippets = JSON.parse(readFileSync(path.join(ROOT, 'snippets/cable.code-snippets'), 'utf8')) as Record<string, { prefix: string[]; body: string[]; description: string }>;

/** Expands a snippet body as VS Code does when the user accepts every default: first choice, default text, mirrors. */
function expand(body: string[], values: Record<number, string> = {}): string {
  const chosen: Record<number, string> = { ...values };
  const text = body.join('\n').replace(/\$\{(\d+)(?::([^}]*)|\|([^|]*)\|)\}/g, (_, n: string, text?: string, choices?: string) => {
    const k = Number(n);
    chosen[k] ??= text ?? choices!.split(',')[0];
    return chosen[k];
  });
  return text.replace(/\$(\d+)/g, (_, n: string) => (n === '0' ? '' : chosen[Number(n)]));
}

describe('snippets', () => {
  it('are contributed for the cable language and each has a prefix, a body and a description', () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(manifest.contributes.snippets).toEqual([{ language: 'cable', path: './snippets/cable.code-snippets' }]);
    for (const s of Object.values(snippets)) {
      expect(s.prefix.length).toBeGreaterThan(0);
      expect(s.body.length).toBeGreaterThan(0);
      expect(s.description.length).toBeGreaterThan(20);
    }
  });

  it('expand the classified skeleton into a cable the parser reads field by field', () => {
    const text = expand(snippets['Classified cable'].body, { 4: '11/28/2036', 2: 'PARIS' });
    const cable = parseCable(text);
    expect(cable.classification.level).toBe('CONFIDENTIAL');
    expect(cable.banners.map((b) => b.position)).toEqual(['top', 'bottom']);
    expect(cable.captions.map((c) => c.caption)).toEqual(['SIPDIS']);
    expect(cable.executiveOrder?.order).toBe('13526');
    expect(cable.executiveOrder?.decl?.date).toBe('2036-11-28');
    expect(cable.tags.map((t) => t.code)).toEqual(['PREL', 'PGOV']);
    expect(cable.subject).toBe('SUBJECT IN CAPITALS');
    expect(cable.references?.references.map((r) => r.canonicalId)).toEqual(['09STATE12345']);
    expect(cable.classifiedBy?.classifier).toBe('Ambassador Name');
    expect(cable.classifiedBy?.reasons.map((r) => r.letter)).toEqual(['b', 'd']);
    expect(cable.paragraphs.map((p) => [p.number, p.marking])).toEqual([
      [1, '(C)'],
      [2, '(C)'],
    ]);
    expect(cable.blocks.map((b) => [b.kind, !!b.close])).toEqual([['summary', true]]);
    expect(cable.signature?.text).toBe('SURNAME');
    // No error or warning: only the placeholders' own findings (none).
    expect(lintCable(cable, text).filter((f) => f.severity === 'error' || f.severity === 'warning')).toEqual([]);
  });

  it('leave the declassification date to fill in, and the rules say so until it is', () => {
    const text = expand(snippets['Classified cable'].body);
    expect(lintCable(parseCable(text), text).filter((f) => f.severity === 'error').map((f) => f.code)).toEqual(['decl-invalid']);
  });

  it('expand the unclassified skeleton into a cable the rules pass', () => {
    const text = expand(snippets['Unclassified cable'].body);
    const cable = parseCable(text);
    expect(cable.classification).toMatchObject({ level: 'UNCLASSIFIED' });
    expect(cable.executiveOrder?.decl?.kind).toBe('n/a');
    expect(cable.paragraphs.map((p) => p.marking)).toEqual(['(SBU)', '(SBU)']);
    expect(lintCable(cable, text).filter((f) => f.severity === 'error' || f.severity === 'warning')).toEqual([]);
  });

  it('give a paragraph, a summary, a comment, a REF list and a Classified By line the parser reads', () => {
    const body = [expand(snippets['Numbered paragraph'].body), '', expand(snippets['Numbered paragraph'].body, { 1: '2' }) + expand(snippets.Comment.body)];
    const header = ['CONFIDENTIAL PARIS 000001', '', 'E.O. 13526: DECL: 11/28/2036', 'TAGS: PREL', 'SUBJECT: TEST', '', expand(snippets['REF list'].body), '', expand(snippets['Classified By'].body), ''];
    const text = [...header, ...body].join('\n');
    const cable = parseCable(text);
    expect(cable.references?.references.map((r) => r.canonicalId)).toEqual(['09STATE12345', '09PARIS678']);
    expect(cable.classifiedBy?.reasons.map((r) => r.letter)).toEqual(['b', 'd']);
    expect(cable.paragraphs.map((p) => [p.number, p.marking])).toEqual([
      [1, '(C)'],
      [2, '(C)'],
    ]);
    expect(cable.blocks.map((b) => b.kind)).toEqual(['comment']);
    expect(expand(snippets.Summary.body)).toMatch(/^Summary: .* End Summary\.$/);
  });
});
