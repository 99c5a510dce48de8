// Completion: tags on the TAGS line, portion markings after a paragraph number, captions below the banner, reason
// letters in Classified By, and in the body the REF letters after `ref ` and the paragraph numbers after `para `.

import { CompletionItemKind, MarkupKind, type CompletionItem, type CompletionList, type Position } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Cable } from '../cable/model';
import { allTags, tagCategory, type TagInfo } from '../cable/knowledge/tags';
import { CAPTION_NAMES } from '../cable/captions';
import { CAPTION_MEANINGS } from '../cable/knowledge/captions';
import { reasonCategory, reasonLetters } from '../cable/knowledge/orders';
import { allowedMarkings, entryText, paragraphAt, toRange } from './common';

const EMPTY: CompletionList = { isIncomplete: false, items: [] };

const TAG_KIND: Record<TagInfo['kind'], CompletionItemKind> = {
  subject: CompletionItemKind.Keyword,
  program: CompletionItemKind.Module,
  country: CompletionItemKind.Constant,
  organization: CompletionItemKind.Class,
};

/** Completion items at a position. */
export function provideCompletion(document: TextDocument, position: Position, cable: Cable): CompletionList {
  const text = document.getText();
  const offset = document.offsetAt(position);
  const lineStart = document.offsetAt({ line: position.line, character: 0 });
  const before = text.slice(lineStart, offset);

  const tags = cable.tagsLine;
  if ((tags && offset > tags.keyword.end && offset <= tags.end + 1 && !/\bSUBJ/i.test(before)) || /^\s*TAGS?\b:?\s/i.test(before)) {
    return tagCompletion(cable, before);
  }
  const cb = cable.classifiedBy;
  if (cb?.reasonSection && offset >= cb.reasonSection.end && offset <= cb.end + 1) {
    return reasonCompletion(cb.reasonSection.value, before);
  }
  const p = paragraphAt(cable, offset) ?? paragraphAt(cable, lineStart + (before.length - before.trimStart().length));
  if (p && offset >= p.numberSpan.end && text.slice(p.numberSpan.end, offset).trim().length <= (p.portion ? p.portion.end - p.numberSpan.end : 4) && document.positionAt(p.start).line === position.line) {
    if (!p.portion || offset <= p.portion.end) return markingCompletion(document, cable, p.numberSpan.end, offset, p.portion ? p.portion.end : offset);
  }
  if (isCaptionPosition(cable, offset, before)) return captionCompletion(before);
  if (offset >= (cable.header?.end ?? 0)) {
    if (REF_LIST_BEFORE.test(before)) return referenceLetterCompletion(cable, before);
    if (PARA_LIST_BEFORE.test(before)) return paragraphNumberCompletion(cable);
  }
  return EMPTY;
}

// In the body, after `ref `, `(refs A and `, `reftel ` (maybe a letter being typed), or after `para `, `paras 3 and `.
const REF_LIST_BEFORE = /\brefs?(?:tels?)?\.?\s{1,2}(?:\(?[A-Za-z]\)?\s*(?:,|&|\/|\band\b|\bor\b|-)\s*)*\(?[A-Za-z]?$/i;
const PARA_LIST_BEFORE = /\b(?:paras?|paragraphs?)\.?\s{1,2}(?:\d{1,3}\s*(?:,|&|\band\b|\bor\b|-)\s*)*\d{0,3}$/i;

/** The letters of the REF list, each with its entry: after `ref ` in the body. */
function referenceLetterCompletion(cable: Cable, before: string): CompletionList {
  const lower = /\b(?:ref|reftel)s?\.?\s[^A-Z]*$/.test(before) && /\(?[a-z]$/.test(before);
  const items: CompletionItem[] = [];
  for (const r of cable.references?.references ?? []) {
    if (!r.letter) continue;
    const entry = entryText(r);
    items.push({
      label: lower ? r.letter.toLowerCase() : r.letter,
      kind: CompletionItemKind.Reference,
      detail: entry,
      documentation: `REF ${r.letter}: ${entry}${r.canonicalId ? ` (cable ${r.canonicalId})` : ''}`,
      sortText: r.letter,
    });
  }
  return { isIncomplete: false, items };
}

/** The paragraphs of the cable, each with its marking and first words: after `para ` in the body. */
function paragraphNumberCompletion(cable: Cable): CompletionList {
  const items: CompletionItem[] = [];
  const seen = new Set<number>();
  for (const p of cable.paragraphs) {
    if (p.subLetter || seen.has(p.number)) continue;
    seen.add(p.number);
    const words = p.lead.split(/\s+/).slice(0, 8).join(' ');
    items.push({
      label: String(p.number),
      kind: CompletionItemKind.Reference,
      detail: `${p.marking ? `${p.marking} ` : ''}${words}`,
      documentation: `Paragraph ${p.number}, line ${p.line}`,
      sortText: String(p.number).padStart(4, '0'),
    });
  }
  return { isIncomplete: false, items };
}

function wordPrefix(before: string): string {
  return /[A-Za-z]*$/.exec(before)![0];
}

function tagCompletion(cable: Cable, before: string): CompletionList {
  const present = new Set(cable.tags.map((t) => t.code));
  const lower = /[a-z]/.test(wordPrefix(before)) && !/[A-Z]/.test(wordPrefix(before));
  const items: CompletionItem[] = [];
  for (const info of allTags()) {
    if (present.has(info.code)) continue;
    const category = info.kind === 'subject' ? tagCategory(info.code) : undefined;
    items.push({
      label: lower ? info.code.toLowerCase() : info.code,
      kind: TAG_KIND[info.kind],
      detail: info.meaning,
      labelDetails: { description: `${info.kind} tag` },
      documentation: { kind: MarkupKind.Markdown, value: `**${info.code}** — ${info.kind} tag: ${info.meaning}${category ? `\n\nCategory ${info.code.charAt(0)}: ${category}` : ''}${info.iso ? `\n\nISO 3166 ${info.iso}` : ''}` },
      filterText: `${info.code} ${info.meaning}`,
      sortText: `${{ subject: 0, program: 1, country: 2, organization: 3 }[info.kind]}${info.code}`,
    });
  }
  return { isIncomplete: false, items };
}

function reasonCompletion(section: string, before: string): CompletionList {
  const letters = reasonLetters(section) ?? [];
  const open = /\(\s*$/.test(before);
  return {
    isIncomplete: false,
    items: letters.map((l, i) => ({
      label: open ? l : `(${l})`,
      kind: CompletionItemKind.EnumMember,
      detail: reasonCategory(section, l),
      documentation: `Section ${section} (${l}): ${reasonCategory(section, l)}`,
      sortText: String(i).padStart(2, '0'),
    })),
  };
}

function markingCompletion(document: TextDocument, cable: Cable, numberEnd: number, offset: number, replaceEnd: number): CompletionList {
  const text = document.getText();
  const gap = text.slice(numberEnd, offset);
  const lead = /^\s*/.exec(gap)![0];
  const start = numberEnd + lead.length;
  const items: CompletionItem[] = allowedMarkings(cable).map((c, order) => ({
    label: c.marking,
    kind: CompletionItemKind.EnumMember,
    detail: c.detail,
    documentation: c.documentation,
    sortText: String(order).padStart(2, '0'),
    preselect: c.usual,
    filterText: c.marking,
    textEdit: { range: toRange(document, { start, end: replaceEnd }), newText: `${lead.length ? '' : ' '}${c.marking}${text.charAt(replaceEnd) === ' ' ? '' : ' '}` },
  }));
  return { isIncomplete: false, items };
}

/** Below the banner and above the E.O. line, on an empty line or a word being typed. */
function isCaptionPosition(cable: Cable, offset: number, before: string): boolean {
  const banner = cable.banners.find((b) => b.position === 'top');
  if (!banner || offset <= banner.end) return false;
  const firstField = [cable.executiveOrder, cable.tagsLine, cable.subjectLine, cable.classifiedBy, cable.paragraphs[0]].filter((x) => !!x).map((x) => x!.start);
  const limit = firstField.length ? Math.min(...firstField) : Infinity;
  return offset <= limit && /^\s*[A-Za-z ]*$/.test(before);
}

function captionCompletion(before: string): CompletionList {
  const lower = /^[a-z]/.test(wordPrefix(before));
  return {
    isIncomplete: false,
    items: CAPTION_NAMES.map((c, i) => ({
      label: lower ? c.toLowerCase() : c,
      kind: CompletionItemKind.Keyword,
      detail: CAPTION_MEANINGS[c],
      sortText: String(i).padStart(2, '0'),
    })),
  };
}
