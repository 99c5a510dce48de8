// `cable inspect`: the parsed model as JSON, or as a readable summary.

import type { Cable } from '../cable/model';
import { formatDate } from '../cable/dates';
import { tagInfo } from '../cable/knowledge/tags';
import { lineOfOffset, splitLines, withoutPilcrow } from '../cable/text';

/** The model as `cable inspect --json` prints it. */
export function inspectJson(cable: Cable): string {
  return JSON.stringify(cable, null, 2);
}

const BASIS: Record<string, string> = {
  dtg: '',
  'date-line': '',
  'file-name': ' (year from the file name)',
  decl: ' (year guessed: ten years before the DECL date)',
};

/** A readable summary of a parsed cable. */
export function inspectText(cable: Cable, fileName: string, text: string): string {
  const lines = splitLines(text);
  const lineOf = (offset: number): number => lineOfOffset(lines, offset) + 1;
  const out: string[] = [];
  const row = (label: string, value: string): void => {
    out.push(`${label.padEnd(15)} ${value}`);
  };
  out.push(fileName);
  row('Reference id', cable.referenceId ? `${cable.referenceId}${BASIS[cable.referenceIdBasis ?? 'dtg'] ?? ''}` : '— (no banner serial or no year)');
  const cls = cable.classification;
  row('Classification', cls.level ? [cls.level, ...cls.caveats].join('//') : '— (no banner)');
  row('Date', cable.date ? `${formatDate(cable.date)}${cable.dateLine && cable.date === cable.dateLine.iso && !cable.routing?.dateTimeGroup?.iso && !cable.extractDateTimeGroup?.iso ? ' (from the date line)' : ''}` : '— (no date-time group)');
  row('Origin', cable.origin ?? '—');
  if (cable.partialExtract) row('Extract', 'partial extract (WikiLeaks note)');
  if (cable.routing) {
    const to = cable.routing.addressees.filter((a) => a.role === 'TO').map((a) => a.name);
    const info = cable.routing.addressees.filter((a) => a.role === 'INFO').length;
    row('Routing', `${cable.routing.precedence?.text ?? ''} ${cable.routing.dateTimeGroup?.written ?? ''}`.trim() || '—');
    if (to.length) row('To', to.join('; ') + (info ? ` (+${info} info)` : ''));
  }
  for (const b of cable.banners) {
    const section = b.section ? ` section ${b.section.number} of ${b.section.total}` : '';
    row(`Banner (${b.position})`, `line ${lineOf(b.start)}: ${b.text}${section && !b.text.includes('SECTION') ? section : ''}`);
  }
  if (cable.captions.length) row('Captions', cable.captions.map((c) => c.caption).join(', '));
  for (const n of cable.headerNotes) row('Note', `line ${n.line}: ${n.text}`);
  const eo = cable.executiveOrder;
  if (eo) {
    const decl = eo.decl ? `${eo.decl.written} (${eo.decl.kind}${eo.decl.date ? ` ${formatDate(eo.decl.date)}` : ''})` : '—';
    row('E.O.', `${eo.order ?? '?'}, ${eo.declKeyword ? 'DECL ' : ''}${decl}`);
  } else row('E.O.', '—');
  row(
    'Tags',
    cable.tags.length
      ? cable.tags.map((t) => `${t.code} (${t.kind}${tagInfo(t.code) ? `: ${tagInfo(t.code)!.meaning}` : ''})`).join(', ')
      : '—',
  );
  row('Subject', cable.subject ?? '—');
  if (cable.references) {
    // Without the `¶` the published text put before some letters (`¶B. 05 berlin 3726`), as the outline shows them.
    for (const r of cable.references.references) row('Reference', `${withoutPilcrow(r.written)}${r.canonicalId ? ` → ${r.canonicalId}` : ''}`);
  }
  const cb = cable.classifiedBy;
  if (cb) {
    const letters = cb.reasons.map((r) => r.letter).join(', ');
    const reasons = cb.reasonSection ? `reasons ${cb.reasonSection.value}${letters ? ` (${letters})` : ''}` : letters ? `reasons (${letters}), no section` : 'no reason';
    row('Classified by', `${cb.classifier ?? '?'}; ${reasons}`);
  }
  row('Paragraphs', String(cable.paragraphs.length));
  for (const p of cable.paragraphs) {
    const mangled = p.mangled ? ` (written ${p.written}: mangled ¶)` : p.listIn !== null ? ` (list item in paragraph ${cable.paragraphs[p.listIn].number})` : '';
    const lead = p.lead.length > 50 ? `${p.lead.slice(0, 50)}…` : p.lead;
    out.push(`  ${String(p.number).padStart(3)}${p.subLetter ?? ''}  line ${String(p.line).padEnd(5)} ${(p.marking ?? '').padEnd(8)} ${lead}${mangled}`);
  }
  if (cable.headings.length) row('Headings', cable.headings.map((h) => `${h.text} (line ${h.line})`).join('; '));
  for (const b of cable.blocks) row(b.kind === 'summary' ? 'Summary' : 'Comment', `lines ${b.line}–${b.endLine}${b.close ? '' : ' (no end marker)'}`);
  if (cable.pageLines.length) row('Page lines', cable.pageLines.map((p) => `line ${p.line}`).join(', '));
  for (const h of cable.repeatedHeaders) row('Repeated header', `lines ${h.line}–${h.endLine}`);
  if (cable.footer) row('Footer', cable.footer.line === cable.footer.endLine ? `line ${cable.footer.line}` : `lines ${cable.footer.line}–${cable.footer.endLine}`);
  row('Signature', cable.signature?.text ?? '—');
  row('Issues', cable.issues.length ? '' : 'none');
  for (const i of cable.issues) out.push(`  line ${lineOf(i.start)}: ${i.message} [${i.code}]`);
  return out.join('\n') + '\n';
}
