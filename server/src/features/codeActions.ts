// Code actions: each rule's fix as a preferred quick fix, the markings the banner allows for an unmarked paragraph, the
// two ways out of a NOFORN portion in a cable without NOFORN, "Disable rule … for this workspace", and the source action
// "Renumber paragraphs".

import { CodeActionKind, type CodeAction, type CodeActionContext, type Diagnostic, type Range, type TextEdit as LspTextEdit } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Cable, PortionMarking } from '../cable/model';
import { renumberEdits, type Finding, type TextEdit } from '../cable/lint';
import { allowedMarkings, toRange } from './common';
import { portions } from '../cable/lint/facts';
import { LEVEL_ABBREVIATION, isNoforn } from '../cable/markings';

/** The kind of the source action that renumbers all paragraphs. */
export const RENUMBER_KIND = `${CodeActionKind.Source}.renumberParagraphs`;
/** The client command that turns a rule off in the workspace settings (`cable.rules`). */
export const DISABLE_RULE_COMMAND = 'cable.disableRule';

export interface CodeActionOptions {
  /** The client can run `cable.disableRule` (it writes the setting). */
  canDisableRule: boolean;
}

const overlaps = (a: Range, b: Range) =>
  !(a.end.line < b.start.line || (a.end.line === b.start.line && a.end.character < b.start.character) || b.end.line < a.start.line || (b.end.line === a.start.line && b.end.character < a.start.character));

function lspEdits(document: TextDocument, edits: readonly TextEdit[]): LspTextEdit[] {
  return edits.map((e) => ({ range: toRange(document, e), newText: e.newText }));
}

const wanted = (context: CodeActionContext, kind: string) => !context.only || context.only.some((k) => kind === k || kind.startsWith(`${k}.`));

/**
 * For a paragraph without a portion marking, the markings the banner allows, one quick fix each (none preferred:
 * which level a paragraph has is the classifier's call).
 */
function markingChoices(document: TextDocument, cable: Cable, f: Finding, fRange: Range, context: CodeActionContext): CodeAction[] {
  const p = cable.paragraphs.find((x) => x.numberSpan.start === f.start);
  if (!p) return [];
  const text = document.getText();
  const after = text.charAt(p.numberSpan.end);
  const spaced = after === '' || after === ' ' || after === '\t' || after === '\n' || after === '\r';
  const diagnostic = context.diagnostics.find((d) => d.code === f.code && d.range.start.line === fRange.start.line && d.range.start.character === fRange.start.character);
  return allowedMarkings(cable).map((c) => ({
    title: `Mark paragraph ${p.number}${p.subLetter ?? ''} ${c.marking} (${c.detail.toLowerCase()})`,
    kind: CodeActionKind.QuickFix,
    diagnostics: diagnostic ? [diagnostic] : undefined,
    edit: { changes: { [document.uri]: lspEdits(document, [{ start: p.numberSpan.end, end: p.numberSpan.end, newText: ` ${c.marking}${spaced ? '' : ' '}` }]) } },
  }));
}

/**
 * For a NOFORN portion in a cable without NOFORN, the ways out its finding names, neither preferred (which one is right
 * is the classifier's call): a NOFORN caption line below the top banner, or the markings without their NOFORN. The
 * finding stands at the first such portion for all of them, so the cursor on any of them offers the choices.
 */
function nofornChoices(document: TextDocument, cable: Cable, f: Finding, range: Range, context: CodeActionContext): CodeAction[] {
  const all = portions(cable).filter((m) => m.recognized && m.level && isNoforn(m.caveats));
  const marking = all.find((m) => overlaps(toRange(document, m), range));
  const banner = cable.banners.find((b) => b.position === 'top');
  if (!marking?.level) return [];
  const diagnostic = context.diagnostics.find((d) => d.code === f.code);
  const diagnostics = diagnostic ? [diagnostic] : undefined;
  const actions: CodeAction[] = [];
  if (banner) {
    const eol = document.getText().indexOf('\n', banner.end);
    const at = eol < 0 ? document.getText().length : eol;
    actions.push({ title: 'Add a NOFORN caption line below the banner', kind: CodeActionKind.QuickFix, diagnostics, edit: { changes: { [document.uri]: lspEdits(document, [{ start: at, end: at, newText: '\nNOFORN' }]) } } });
  }
  const plain = (m: PortionMarking): string => {
    const separator = m.written.includes('//') ? '//' : '/';
    return `(${[LEVEL_ABBREVIATION[m.level!], ...m.caveats.filter((c) => c !== 'NOFORN')].join(separator)})`;
  };
  actions.push({ title: `Write ${plain(marking)}: drop NOFORN from ${marking.written}`, kind: CodeActionKind.QuickFix, diagnostics, edit: { changes: { [document.uri]: lspEdits(document, [{ start: marking.start, end: marking.end, newText: plain(marking) }]) } } });
  if (all.length > 1) {
    const edits = all.map((m) => ({ start: m.start, end: m.end, newText: plain(m) }));
    actions.push({ title: `Drop NOFORN from all ${all.length} NOFORN portions`, kind: CodeActionKind.QuickFix, diagnostics, edit: { changes: { [document.uri]: lspEdits(document, edits) } } });
  }
  return actions;
}

/** The code actions for a range. */
export function provideCodeActions(document: TextDocument, range: Range, context: CodeActionContext, cable: Cable, findings: readonly Finding[], options: CodeActionOptions): CodeAction[] {
  const actions: CodeAction[] = [];
  const uri = document.uri;
  if (wanted(context, CodeActionKind.QuickFix)) {
    const seenFixes = new Set<string>();
    for (const f of findings) {
      if (f.code === 'portion-missing') {
        const fRange = toRange(document, f);
        if (overlaps(fRange, range)) actions.push(...markingChoices(document, cable, f, fRange, context));
      }
      if (f.code === 'portion-caveat-not-in-banner') actions.push(...nofornChoices(document, cable, f, range, context));
      if (!f.fix) continue;
      const fRange = toRange(document, f);
      if (!overlaps(fRange, range)) continue;
      const key = `${f.fix.title}|${JSON.stringify(f.fix.edits)}`;
      if (seenFixes.has(key)) continue;
      seenFixes.add(key);
      const diagnostic = context.diagnostics.find((d) => d.code === f.code && d.range.start.line === fRange.start.line && d.range.start.character === fRange.start.character);
      actions.push({
        title: f.fix.title,
        kind: CodeActionKind.QuickFix,
        isPreferred: true,
        diagnostics: diagnostic ? [diagnostic] : undefined,
        edit: { changes: { [uri]: lspEdits(document, f.fix.edits) } },
      });
    }
    if (options.canDisableRule) {
      const codes = new Map<string, Diagnostic>();
      for (const d of context.diagnostics) if (d.source === 'cable' && typeof d.code === 'string' && !codes.has(d.code)) codes.set(d.code, d);
      for (const [code, d] of codes) {
        actions.push({ title: `Disable rule ${code} for this workspace`, kind: CodeActionKind.QuickFix, diagnostics: [d], command: { title: `Disable rule ${code}`, command: DISABLE_RULE_COMMAND, arguments: [code] } });
      }
    }
  }
  if (wanted(context, RENUMBER_KIND)) {
    const edits = renumberEdits(cable, document.getText());
    if (edits.length > 0) actions.push({ title: 'Renumber paragraphs', kind: RENUMBER_KIND, edit: { changes: { [uri]: lspEdits(document, edits) } } });
  }
  return actions;
}
