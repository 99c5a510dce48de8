// Hover: what a tag, banner, marking, E.O., DECL, reason, caption, routing-header line, reference or DTG means, and
// where a section, summary or comment runs.

import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Addressee, Block, Cable, Heading, Paragraph, Reference, Tag } from '../cable/model';
import { entryText, hitTest, toRange, type CableIndex, type Hit } from './common';
import { findReferenceMentions } from '../cable/mentions';
import { tagCategory, tagInfo, tagKindByForm, TAG_TYPOS, nonTag, unresolvedTag } from '../cable/knowledge/tags';
import { executiveOrder, reasonCategory, reasonLetters } from '../cable/knowledge/orders';
import { CAPTION_MEANINGS, glossCaveats } from '../cable/knowledge/captions';
import { precedenceName, routingIndicatorName } from '../cable/knowledge/routing';
import { levelFromSecurityLine } from '../cable/routing';
import { formatDate, yearsBetween } from '../cable/dates';
import { formatClassification, levelRank } from '../cable/markings';
import { cableDate, entireTextMarked, topBanner, reasonSectionOf } from '../cable/lint/facts';
import { postOfCableId } from '../cable/header';
import { isHeaderClassificationLine } from '../cable/banner';
import { isDistributionLine } from '../cable/text';

/** The hover for a position, or null where there is nothing to explain. */
export function provideHover(document: TextDocument, position: Position, cable: Cable, index: CableIndex): Hover | null {
  const text = document.getText();
  const hit = hitTest(cable, text, document.offsetAt(position));
  if (!hit) return null;
  const content = describe(hit, cable, index, text);
  if (!content) return null;
  return { contents: { kind: MarkupKind.Markdown, value: content.value }, range: toRange(document, content.span) };
}

interface Content {
  value: string;
  span: { start: number; end: number };
}

const code = (s: string) => '`' + s.replace(/`/g, "'") + '`';

/** Where a tag's meaning comes from, in a few words a reader can weigh (the data keeps the full provenance). */
export function shortSource(source: string): string {
  const fah = /\b(\d+ FAH-\d+ H-[\d.]+)/.exec(source);
  if (fah) return `Foreign Affairs Handbook, ${fah[1]} (TAGS)`;
  if (/^FIPS 10-4\b/.test(source)) return 'FIPS 10-4 country code (GeoNames table)';
  if (/^PlusD label\b/.test(source)) return 'WikiLeaks PlusD tag label';
  if (/^corpus cable\b/.test(source)) return 'the cables themselves (spelled out in a cable of the corpus)';
  if (/^informal\b/.test(source)) return 'an informal source, not an official list';
  const cut = source.search(/ \(|;|, via /);
  const gist = (cut > 0 ? source.slice(0, cut) : source).replace(/"/g, '');
  return gist.length > 90 ? `${gist.slice(0, 87)}…` : gist;
}

function describeTag(tag: Tag): string {
  if (tag.kind === 'person') return `**${tag.code}** — person tag: the person the cable is about (a visitor, an official).`;
  const info = tagInfo(tag.code);
  const typo = TAG_TYPOS.get(tag.code);
  // (With what the tag meant stands for: `VZ` — a misspelling of `VE` (Venezuela), 05MADRID1178.)
  if (typo) {
    const meant = typo.split(/\s+/).map((t) => {
      const info = tagInfo(t);
      return `**${t}**${info ? ` (${info.meaning})` : ''}`;
    });
    return `**${tag.written}** — a misspelling of ${meant.join(' and ')}${typo.includes(' ') ? ' (two tags glued together)' : ''}.`;
  }
  if (!info) {
    const not = nonTag(tag.code);
    if (not) return `**${tag.written}** — not a TAGS code: ${not}.`;
    const seen = unresolvedTag(tag.code);
    const use = seen && !seen.maybeTypo ? ` It is in use (on ${seen.cables} ${seen.cables === 1 ? 'cable' : 'cables'} of the published corpus), but no source at hand gives its meaning.` : '';
    return `**${tag.code}** — ${tagKindByForm(tag)}; its meaning is not in the bundled tag tables.${use}`;
  }
  const lines: string[] = [];
  switch (info.kind) {
    case 'subject': {
      const category = tagCategory(tag.code);
      lines.push(`**${tag.code}** — subject tag: **${info.meaning}**`);
      if (category) lines.push(`Category ${tag.code.charAt(0)}: ${category}`);
      break;
    }
    case 'program':
      lines.push(`**${tag.code}** — program tag: **${info.meaning}**`);
      break;
    case 'country':
      lines.push(`**${tag.code}** — country tag: **${info.meaning}**${info.iso ? ` (ISO 3166 ${info.iso})` : ''}`);
      break;
    case 'organization':
      lines.push(`**${tag.code}** — organization tag: **${info.meaning}**`);
      break;
  }
  lines.push(`*Source: ${shortSource(info.source)}*`);
  return lines.join('\n\n');
}

function describe(hit: Hit, cable: Cable, index: CableIndex, text: string): Content | null {
  const banner = topBanner(cable);
  switch (hit.kind) {
    case 'tag':
      return { value: describeTag(hit.tag), span: hit.tag };
    case 'banner': {
      const b = hit.banner;
      const completes = banner !== null && b !== banner && isHeaderClassificationLine(b, banner, cable);
      const role = b.position === 'top' ? 'classification banner' : b.position === 'bottom' ? 'closing banner' : completes ? 'classification line (adds its caveats to the banner)' : 'repeated banner';
      const parts = [`**${b.level ?? 'Unknown level'}** — ${role}`];
      const facts: string[] = [];
      if (b.levelWritten.replace(/\s+/g, '') !== (b.level ?? '').replace(/\s+/g, '')) facts.push(`written ${code(b.levelWritten)}`);
      facts.push(b.caveats.length ? `caveats: ${glossCaveats(b.caveats)}` : 'no caveats on the banner');
      if (b.section) facts.push(`section ${b.section.number} of ${b.section.total}`);
      if (b.post) facts.push(`from ${b.post}`);
      if (b.serial) facts.push(`serial ${b.serial}`);
      parts.push(facts.join(' · '));
      if (b.position === 'top') parts.push(`Overall classification: **${formatClassification(cable.classification.level, cable.classification.caveats)}**${cable.referenceId ? ` · cable ${cable.referenceId}` : ''}`);
      return { value: parts.join('\n\n'), span: b };
    }
    case 'portion': {
      const p = hit.portion;
      if (!p.recognized) return { value: `**${p.written}** — not a recognised portion marking. Markings are (U), (SBU), (C), (S) or (TS), with caveats such as /NF.`, span: p };
      const level = banner?.level ?? cable.classification.level;
      // With no banner, the level the routing header's security line gives (`ZNY SSSSS ZZH`).
      const whose = banner?.level ? `the cable's ${level} banner` : `the cable's ${level} classification (from its routing header: it has no banner)`;
      let fits =
        level === null
          ? 'The cable has no banner to compare with.'
          : levelRank(p.level) > levelRank(level)
            ? `⚠ Exceeds ${whose}: a portion cannot be classified higher than the document.`
            : `Fits ${whose}.`;
      const caveats = p.caveats.length ? ` · caveats: ${glossCaveats(p.caveats)}` : '';
      const nofornMissing = p.caveats.includes('NOFORN') && !cable.classification.caveats.includes('NOFORN');
      // (Its level fits, its caveat does not: said so, not a plain "fits" over a warning.)
      if (nofornMissing && fits.startsWith('Fits')) fits = `Its level fits ${whose}; its caveat does not.`;
      const noforn = nofornMissing ? '\n\n⚠ NOFORN, but the banner and captions carry no NOFORN.' : '';
      const malformed = p.malformed ? `\n\nWritten irregularly: the usual form is ${code(p.normalized!)}.` : '';
      return { value: `**${p.written}** — portion marked **${p.level}**${caveats}\n\n${fits}${noforn}${malformed}`, span: p };
    }
    case 'paragraph-number': {
      const p = hit.paragraph;
      if (p.mangled) {
        return {
          value: `**${p.written}** stands for **¶${p.number}.** — the paragraph mark was turned into a leading 1 when the text was converted. This is paragraph ${p.number}.`,
          span: p.numberSpan,
        };
      }
      if (p.listIn !== null) {
        const parent = cable.paragraphs[p.listIn];
        return { value: `**Item ${p.number}** of a numbered list in paragraph ${parent.number}${parent.subLetter ?? ''} (unmarked: it shares that paragraph's ${parent.portion?.written ?? 'marking'})`, span: p.numberSpan };
      }
      const whole = !p.portion && cable.classification.level && entireTextMarked(cable) ? `, ${cable.classification.level} like the whole text (the first paragraph says ENTIRE TEXT)` : null;
      const marking = p.portion?.level ? `, marked ${p.portion.level}` : p.portion ? '' : (whole ?? ', no portion marking');
      return { value: `**Paragraph ${p.number}${p.subLetter ?? ''}**${marking}${p.pilcrow ? ' · written with ¶ (the paragraph anchor of the published HTML)' : ''}`, span: p.numberSpan };
    }
    case 'eo-order': {
      const eo = cable.executiveOrder!;
      // The keyword and the number: the range holds the cursor on either.
      const span = { start: Math.min(eo.start, eo.orderSpan!.start), end: eo.orderSpan!.end };
      const order = executiveOrder(eo.order);
      if (!order) return { value: `**E.O. ${eo.order}** — not a classification order. Cables cite E.O. 11652, 12065, 12356, 12958, 13292 or 13526.`, span };
      const reason = order.reasonSection ? ` Reasons are cited from section ${order.reasonSection}${order.number === '12958' ? ' (1.4 after the 2003 amendment)' : ''}.` : '';
      return { value: `**${order.title}** — ${order.when}.${reason}`, span };
    }
    case 'decl': {
      const eo = cable.executiveOrder!;
      const decl = eo.decl;
      if (!decl) return null;
      // The DECL keyword and the value.
      const span = { start: Math.min(eo.declKeyword?.start ?? decl.start, decl.start), end: decl.end };
      switch (decl.kind) {
        case 'date': {
          const date = cableDate(cable);
          const after = date ? ` — ${yearsAfter(date.date, decl.date!)} after the cable's date${date.approximate ? ' (judged from DECL itself: the text has no date-time group)' : ` (${formatDate(date.date)})`}` : '';
          return { value: `**Declassify on ${formatDate(decl.date!)}**${date && !date.approximate ? after : ''}`, span };
        }
        case 'n/a':
          return { value: `**N/A** — not applicable: there is nothing to declassify${cable.classification.level === 'UNCLASSIFIED' ? ', right for an unclassified cable.' : ' — but this cable is classified, and only unclassified cables may say N/A.'}`, span };
        case 'oadr':
          return { value: "**OADR** — originating agency's determination required: declassification left to the originating agency (E.O. 12065/12356; ended with E.O. 12958).", span };
        case 'mr':
          return { value: '**MR** — manual review: declassification after review of the sources (the next line usually gives the source marking, e.g. 25X1-human).', span };
        case 'event':
          return { value: `**Declassify on an event:** ${decl.written}`, span };
        case 'schedule':
          return { value: `**${decl.written}** — a declassification schedule of E.O. 11652/12065 (GDS: General Declassification Schedule; XGDS: exempt from it; ADS: advance schedule)${decl.date ? `; date ${formatDate(decl.date)}` : ''}.`, span };
        case 'downgrade': {
          const to = decl.downgradeTo;
          const level = to?.level ? `${to.level}${to.written.toUpperCase() !== to.level ? ` (${to.written})` : ''}` : (to?.written ?? '?');
          const date = cableDate(cable);
          const after = date && !date.approximate ? ` — ${yearsAfter(date.date, decl.date!)} after the cable's date (${formatDate(date.date)})` : '';
          return { value: `**Downgrade to ${level} on ${formatDate(decl.date!)}**${after}.  \nDNG is a downgrading instruction, written in place of DECL: the line gives no declassification date.`, span };
        }
        case 'redacted':
          return { value: `**${decl.written}** — the declassification instruction was blanked out in the published text.`, span };
        case 'declassified':
          return { value: `**Declassified**${decl.date ? ` on ${formatDate(decl.date)}` : ''} — the stamp of a later declassification review (${decl.written}), not an instruction of the cable itself.`, span };
        default:
          return { value: `**${decl.written}** — not a valid DECL value (${decl.problem ?? 'unrecognised'}).`, span };
      }
    }
    case 'reason-section': {
      const section = cable.classifiedBy!.reasonSection!;
      const letters = reasonLetters(section.value);
      const order = section.value === '1.5' ? 'E.O. 12958 as signed (1995)' : 'E.O. 12958 as amended by E.O. 13292 (from 22 Sep 2003), and E.O. 13526';
      if (!letters) return { value: `**Section ${section.value}** — not a classification reason section (reasons are cited from 1.4, or 1.5 before September 2003).`, span: section };
      const list = letters.map((l) => `(${l}) ${reasonCategory(section.value, l)}`).join('  \n');
      return { value: `**Section ${section.value}** of ${order}: the classification categories\n\n${list}`, span: section };
    }
    case 'reason-letter': {
      const { value: section, written } = reasonSectionOf(cable)!;
      const meaning = reasonCategory(section, hit.letter.letter);
      const unwritten = written ? '' : `\n\nThe section is not written; on this cable's date the letters are those of section ${section}.`;
      return {
        value: (meaning ? `**${section} (${hit.letter.letter})** — ${meaning}` : `**(${hit.letter.letter})** — not a category of section ${section}.`) + unwritten,
        span: hit.letter,
      };
    }
    case 'header-note':
      return { value: describeNote(hit.note.text), span: hit.note };
    case 'caption': {
      const meaning = CAPTION_MEANINGS[hit.caption.caption];
      const repeated = cable.bodyCaptions.includes(hit.caption) ? '\n\nRepeated inside the text by the published copy: not part of the paragraph.' : '';
      return { value: `**${hit.caption.caption}** — ${meaning ?? 'a handling caption.'}${repeated}`, span: hit.caption };
    }
    case 'routing-indicator': {
      const a = hit.addressee;
      const role = a ? ` · ${a.role === 'TO' ? 'action addressee' : a.role === 'INFO' ? 'information addressee' : 'excluded'}${a.precedence ? `, ${a.precedence}` : ''}${a.messageNumber ? `, message number ${a.messageNumber}` : ''}` : '';
      return { value: `**${hit.indicator}** — routing indicator${describeIndicator(hit.indicator, cable, a)}${role}`, span: hit.span };
    }
    case 'field-keyword':
      return { value: describeField(hit.field, cable, text), span: hit.span };
    case 'page-line': {
      // `CARACAS 00002367 001.2 OF 004`: section 1 of the 4 the cable was sent in. The `.2` is no page of the section:
      // `KABUL 00001239 001.6 of 005` stands before the Classified By line, on the first page of all.
      const pg = hit.page;
      // Older printouts: `PAGE 02 RUEHFRA0170 …`, a page with no section count.
      const [section, sheet] = pg.page.split('.');
      const where = pg.pages ? `section ${Number(section)} of ${Number(pg.pages)}${sheet ? ` (the \`.${sheet}\` after the section is a count of the printout, of no documented meaning)` : ''}` : `page ${Number(section)}`;
      const written = escapeMarkdown(text.slice(pg.start, pg.end).replace(/\s+/g, ' '));
      return { value: `**${written}** — page line of ${pg.post} ${Number(pg.serial)} as printed: ${where}; the text goes on after it.`, span: pg };
    }
    case 'heading':
      return { value: describeHeading(hit.heading, hit.index, cable, text), span: hit.heading };
    case 'block-open':
      return { value: describeBlock(hit.block, cable, text, 'open'), span: hit.block.open };
    case 'block-close':
      return { value: describeBlock(hit.block, cable, text, 'close'), span: hit.block.close! };
    case 'signature':
      return {
        value: `**${escapeMarkdown(hit.signature.text)}** — the signature: the name of the chief of mission (or, on the Department's cables, the Secretary) under whose authority the cable went out, whoever drafted it.`,
        span: hit.signature,
      };
    case 'entire-text': {
      const level = cable.classification.level;
      const words = /^(UNCLASSIFIED|CONFIDENTIAL|SECRET|TOP SECRET|LIMITED OFFICIAL USE)/i.exec(hit.written)?.[1].toUpperCase() ?? null;
      const banner = words && level && words !== level ? ` The banner says ${level}.` : '';
      return {
        value: `**${escapeMarkdown(hit.written)}** — the whole text classified at once, as older cables did in their first paragraph instead of marking each paragraph: every paragraph is ${words ?? level ?? 'at the banner\'s level'}.${banner}`,
        span: hit.span,
      };
    }
    case 'footer':
      return { value: "**Footer** — the post's pointer to its web site, added at the end of its cables: not part of the text.", span: hit.footer };
    case 'repeated-header': {
      const section = hit.banner?.section;
      const which = section ? `section ${section.number} of ${section.total}` : 'a later section';
      return { value: `**Repeated header** — the routing and header lines of ${which}, which was sent as a telegram of its own; not part of the text.`, span: hit.header };
    }
    case 'from': {
      const f = hit.from;
      const ri = f.routingIndicator ? ` (routing indicator **${f.routingIndicator}**${routingIndicatorName(f.routingIndicator) ? `, ${routingIndicatorName(f.routingIndicator)}` : ''})` : '';
      return { value: `**FM ${escapeMarkdown(f.text)}** — the originator: the post or office that sent the cable${ri}.`, span: hit.span };
    }
    case 'reference':
      return { value: describeReference(hit.reference, index, cable), span: hit.reference };
    case 'reference-mention': {
      if (hit.mention.all) {
        const list = (cable.references?.references ?? []).map((r) => `- ${escapeMarkdown(r.written)}${r.canonicalId ? ` (${r.canonicalId})` : ''}`).join('\n');
        return { value: `**All the references** of this cable (the REF list of the header):\n\n${list}`, span: hit.mention };
      }
      const refs = cable.references?.references ?? [];
      const unlettered = hit.reference.letter === null && refs.length > 1 ? ` The list has no letters: ${text.slice(hit.mention.start, hit.mention.end)} is read as its entry number ${refs.indexOf(hit.reference) + 1}, in the order listed.` : '';
      return { value: `${describeReference(hit.reference, index, cable)}\n\n*From the REF list of the header (Go to Definition shows it).${unlettered}*`, span: hit.mention };
    }
    case 'paragraph-mention': {
      const p = hit.paragraph;
      const marking = p.marking ? ` ${p.marking}` : '';
      const lead = p.lead.length > 100 ? `${p.lead.slice(0, 100).replace(/\s+\S*$/, '')} …` : p.lead;
      return { value: `**Paragraph ${p.number}**${marking} — line ${p.line}\n\n${escapeMarkdown(lead)}`, span: hit.mention };
    }
    case 'citation': {
      const known = index.get(hit.id);
      if (!known && hit.citation.year === null && !/^\d/.test(hit.citation.written)) return null;
      return { value: `**${hit.citation.written}** — ${describeCableId(hit.id, index, hit.citation.year === null ? 'the cable’s own' : null)}`, span: hit.citation };
    }
    case 'dtg': {
      const d = hit.dtg;
      return {
        value: d.iso ? `**${d.written}** — date-time group: ${formatDate(d.iso)} (Z = Zulu, UTC)` : `**${d.written}** — not a valid date-time group.`,
        span: d,
      };
    }
    case 'date-line': {
      const d = hit.dateLine;
      const dtg = cable.routing?.dateTimeGroup ?? cable.extractDateTimeGroup;
      const agrees = !dtg?.iso ? ' The text has no date-time group: this is the cable\'s date.' : dtg.iso === d.iso ? ` Agrees with the date-time group ${dtg.written}.` : ` ⚠ The date-time group ${dtg.written} says ${formatDate(dtg.iso)}.`;
      return { value: `**${escapeMarkdown(d.written)}** — date line of the published copy: ${formatDate(d.iso!)}.${agrees}`, span: d };
    }
    case 'transmission':
      return { value: `**${hit.line.text}** — transmission identification: the line that opens the telegram's routing header.`, span: hit.line };
    case 'precedence':
      return { value: describePrecedence(hit.written), span: hit.span };
    case 'addressee': {
      const a = hit.addressee;
      const role = a.role === 'TO' ? 'action addressee' : a.role === 'INFO' ? 'information addressee' : 'excluded from the distribution';
      const facts = [role, a.precedence ? `precedence ${a.precedence}` : null, a.messageNumber ? `message number ${a.messageNumber}` : null, a.routingIndicator ? `routing indicator ${a.routingIndicator}` : null].filter((x) => x);
      const collective = /\bCOLLECTIVE$/i.test(a.name) ? '\n\nA collective: a group of posts addressed as one.' : '';
      return { value: `**${escapeMarkdown(a.name)}** — ${facts.join(' · ')}.${collective}`, span: a };
    }
    case 'addressee-precedence': {
      const a = hit.addressee;
      const role = a.role === 'TO' ? 'an action addressee' : a.role === 'INFO' ? 'an information addressee' : 'an excluded addressee';
      const number = a.messageNumber ? `; ${code(a.messageNumber)} after it is the message number` : '';
      // NIACT: night action (5 FAH-2 H-421.2).
      const niact = /^NIACT\b/i.test(a.precedence ?? '')
        ? ` **NIACT** (night action) **IMMEDIATE**: ${escapeMarkdown(a.name)} must act at once, at any hour of the day or night; other action addressees deal with the cable in business hours`
        : ' FLASH, IMMEDIATE, PRIORITY or ROUTINE, highest first';
      return { value: `**${a.precedence}** — the precedence of the copy for ${escapeMarkdown(a.name)} (${role}):${niact}${number}.`, span: hit.span };
    }
    case 'de-line':
      return { value: describeDeLine(hit.line, cable), span: hit.line };
    case 'security-line': {
      const level = levelFromSecurityLine(hit.line.text);
      const letters = /^ZN[RY]\s+(\S+)/.exec(hit.line.text)?.[1];
      return { value: `**${hit.line.text}** — security line${level && letters ? `: ${code(letters)}, the classification letter five times: **${level}**` : ''}.`, span: hit.line };
    }
  }
}

/** `P` → PRIORITY; `O R` → IMMEDIATE for action addressees, ROUTINE for information addressees; `FLASH` as written. */
function describePrecedence(written: string): string {
  const letters = written.replace(/\s+/g, '');
  const names = [...letters].map((l) => precedenceName(l));
  if (letters.length > 2 || names.some((n) => !n)) return `**${written}** — precedence.`;
  if (names.length === 1 || names[0] === names[1]) return `**${written}** — precedence **${names[0]}**.`;
  return `**${written}** — precedence **${names[0]}** for action addressees, **${names[1]}** for information addressees.`;
}

/**
 * The sender, for the station of the DE line: the FM line names whose message it transmits (`DE RUEHNY` with `FM
 * AMEMBASSY OSLO`, 08OSLO585, where an INFO line also gives RUEHNY to the defense office, `RUEHNY/ODC OSLO NO`).
 */
function senderOf(indicator: string, cable: Cable): string | null {
  const r = cable.routing;
  const from = r?.deLine?.station === indicator ? r.from?.text : undefined;
  // Where the routing table names the station after the sender too: the table is of one date, and a station's
  // indicator passed to other posts over the years (RUEHDIR: RPO Dubai in 2008, Nagoya in the table).
  return from && routingIndicatorName(indicator)?.toUpperCase() === from.replace(/\s+/g, ' ').toUpperCase() ? from : null;
}

/** The name the cable's own addressee lines give a routing indicator (`RUEHDIR/RPO DUBAI 0304`), or null. */
function nameInCable(indicator: string, cable: Cable): string | null {
  return cable.routing?.addressees.find((a) => a.routingIndicator === indicator && a.name)?.name ?? null;
}

/**
 * Whose routing indicator it is: the name the cable itself gives it (its addressee line, or for the DE and routing
 * lines another addressee line with the same indicator) first, and the routing table's where that differs or the cable
 * names none. The table is of one date, and indicators passed to other posts over the years: RUEHDIR is RPO Dubai in
 * 2008, Nagoya in the table.
 */
function describeIndicator(indicator: string, cable: Cable, addressee: Addressee | null): string {
  const table = routingIndicatorName(indicator);
  const own = addressee?.name || senderOf(indicator, cable) || nameInCable(indicator, cable);
  if (!own) return table ? ` of **${escapeMarkdown(table)}**` : ' (not in the routing table)';
  const same = table && own.replace(/\s+/g, ' ').toUpperCase() === table.toUpperCase();
  return ` of **${escapeMarkdown(own)}**${same ? '' : table ? ` (the routing table has ${escapeMarkdown(table)})` : ', as this cable names it (not in the routing table)'}`;
}

/** `DE RUEHMD #0174/01 0431525`: station, serial, section, and the day of the year and time. */
function describeDeLine(line: NonNullable<NonNullable<Cable['routing']>['deLine']>, cable: Cable): string {
  const facts: string[] = [];
  if (line.station) {
    const named = senderOf(line.station, cable) ?? nameInCable(line.station, cable) ?? routingIndicatorName(line.station);
    facts.push(`station **${line.station}**${named ? ` (${escapeMarkdown(named)})` : ''}`);
  }
  if (line.serial) facts.push(`serial ${line.serial.replace(/\/.*$/, '')}${line.section ? `, section ${line.section}` : ''}`);
  if (line.dayOfYear !== null) {
    const year = cable.date ? Number(cable.date.slice(0, 4)) : null;
    const date = year !== null ? formatDate(new Date(Date.UTC(year, 0, line.dayOfYear)).toISOString().slice(0, 10)) : null;
    const time = line.time ? ` at ${line.time.slice(0, 2)}:${line.time.slice(2)} UTC` : '';
    facts.push(`day ${line.dayOfYear} of the year${date ? ` (${date})` : ''}${time}`);
  }
  return `**${line.text}** — transmission line${facts.length ? `: ${facts.join(' · ')}` : ''}.`;
}

/** A header field's keyword: what the field is, and what this cable says in it. */
function describeField(field: 'tags' | 'subject' | 'ref' | 'classifiedBy', cable: Cable, text: string): string {
  switch (field) {
    case 'tags': {
      const tags = cable.tags.map((t) => t.code);
      return `**TAGS** — the cable's subject, country and organization tags, by which it was filed and found${tags.length ? `: ${tags.join(' ')}` : ''}. Hover a tag for its meaning.`;
    }
    case 'subject': {
      // No stop after a title that ends in its own (`… STRONG CHALLENGES?`).
      const stop = cable.subject && /[.?!]$/.test(cable.subject) ? '' : '.';
      return `**SUBJECT** — the cable's title${cable.subject ? `: ${escapeMarkdown(cable.subject)}` : ''}${stop}`;
    }
    case 'ref': {
      const refs = cable.references!;
      const n = refs.references.length;
      const found = findReferenceMentions(cable, text, refs.end, text.length);
      const mentions = found.length;
      // The forms this cable writes (`reftel`, `ref A`), as written: a letter with the word before it.
      const forms = [...new Set(found.map((m) => text.slice(Math.max(0, m.start - 12), m.end).replace(/\s+/g, ' ').replace(/^.*?\b(?=refs?(?:tels?)?\b)/i, '')))];
      const shown = forms.slice(0, 3).map((f) => `\`${f}\``).join(', ') + (forms.length > 3 ? ' …' : '');
      const cited = mentions ? `the text mentions ${n === 1 ? 'it' : 'them'} ${mentions === 1 ? 'once' : `${mentions} times`} (${shown}; F12 on a mention goes to its entry)` : `the text does not mention ${n === 1 ? 'it' : 'them'} by letter`;
      return `**REF** — the cables and other documents this cable refers to (${n} entr${n === 1 ? 'y' : 'ies'}); ${cited}.`;
    }
    case 'classifiedBy': {
      const cb = cable.classifiedBy!;
      const section = reasonSectionOf(cable);
      const reasons = section && cb.reasons.length ? `, for reasons ${section.value} ${cb.reasons.map((r) => `(${r.letter})`).join(', ')}` : '';
      return `**Classified By** — the official who classified the cable and why${cb.classifier ? `: ${escapeMarkdown(cb.classifier)}${reasons}` : ''}.`;
    }
  }
}

/** How long after one ISO date another is: `10 years` on the same day of the month, else `about 9.9 years` or `about 10 years`. */
function yearsAfter(from: string, to: string): string {
  const sameDay = from.slice(5, 10) === to.slice(5, 10);
  const years = Math.round(yearsBetween(from, to) * 10) / 10;
  if (sameDay) return `${Number(to.slice(0, 4)) - Number(from.slice(0, 4))} years`;
  // (A few days off a whole number of years reads as that number: `about 10 years`, not `about 10.0 years`.)
  return `about ${Number.isInteger(years) ? years : years.toFixed(1)} years`;
}

/** Citations of other agencies' reports in a REF list, by their prefix. */
const NON_CABLE_REPORTS: readonly [RegExp, string][] = [
  [/^(?:[A-Z][.)]\s*)?IIR\b/, 'an intelligence information report (IIR), a report of the intelligence community'],
  [/^(?:[A-Z][.)]\s*)?TDX?-/, 'a report of the intelligence community (TD)'],
  [/^(?:[A-Z][.)]\s*)?OSC\b/, 'a report of the Open Source Center (OSC)'],
  [/^(?:[A-Z][.)]\s*)?FBIS\b/, 'a report of the Foreign Broadcast Information Service (FBIS)'],
];

/** A REF entry: its letter and text, and the cable it names when it names one. */
function describeReference(r: Reference, index: CableIndex, cable: Cable): string {
  const written = entryText(r);
  const head = `**Reference${r.letter ? ` ${r.letter}` : ''}** — ${written}`;
  if (!r.canonicalId) {
    // (Reports of other agencies say what they are by their prefix: `IIR 6906012405`, 05SANAA923; `OSC EUP20090329950015`.)
    const kind = NON_CABLE_REPORTS.find(([re]) => re.test(written))?.[1];
    if (kind) return `${head}\n\nNot a cable citation: ${kind}.`;
    return `${head}\n\nNot a cable citation: it names no post and serial number (an e-mail, a memo, a meeting, or a citation cut short).`;
  }
  // No year written: the cable's own, or the year before when the serial is above this cable's own (same post) or too
  // high for a Department cable of its date.
  const before = cable.referenceId !== null && r.canonicalId.slice(0, 2) !== cable.referenceId.slice(0, 2);
  const why = /^\d\dSTATE/.test(r.canonicalId) && !/^\d\dSTATE/.test(cable.referenceId ?? '')
    ? 'as the Department could not have reached that serial by the cable’s date'
    : cable.referenceId && postOfCableId(r.canonicalId) === postOfCableId(cable.referenceId)
      ? 'as the serial is above its own'
      : 'as no post sends that many cables so early in the year';
  const assumed = r.year !== null ? null : before ? `the year before the cable’s, ${why}` : 'the cable’s own';
  return `${head}\n\n${describeCableId(r.canonicalId, index, assumed)}`;
}

/** A line of office symbols only: `NEA/ARP, NEA/RA`, `NEA/MAG; INR/B`, `NEA/ELA AND INR/TCA`. */
const OFFICE_SYMBOLS = /^[A-Z]{1,6}\/[A-Z][A-Z0-9/-]{0,12}(?:\s*(?:[,;]|\bAND\b)\s*[A-Z]{1,6}\/[A-Z][A-Z0-9/-]{0,12})*$/;

/** A line of the header that is none of its fields: what it most likely is. */
function describeNote(text: string): string {
  const written = escapeMarkdown(text);
  // The distribution block of a received copy: `ACTION AF-00`, `INFO  LOG-00   ADS-00   INR-05 …` (90CAPETOWN97).
  if (text.split(/\s+(?=INFO\b|-{6,})/).every(isDistributionLine)) {
    return `**${written}** — distribution of the received copy: the offices it went to (for action, for information), each with a count, as the receiving post's printout lists them.`;
  }
  // `FOLLOWING STATE 127892 … IS BEING REPEATED FOR YOUR ACTION. QUOTE:` (09STATE127892).
  if (/\bREPEAT(?:ED|ING)?\b|^QUOTE:?$/i.test(text)) return `**${written}** — repeat note: this cable passes on the text of another one, quoted after it (QUOTE … UNQUOTE).`;
  if (/\bPASS\b/i.test(text)) return `**${written}** — passing instruction: the receiving office is asked to pass the cable on to the office named.`;
  if (/\bFOR\b/i.test(text)) return `**${written}** — distribution instruction: the offices (or people) at the addressee who should see the cable.`;
  // Office symbols alone: `NEA/ARP, NEA/RA` (10KUWAIT88), `NEA/ELA AND INR/TCA` (09AMMAN813).
  if (OFFICE_SYMBOLS.test(text)) return `**${written}** — distribution instruction: the offices of the Department that should see the cable, by their office symbols.`;
  return `**${written}** — a line of the header that is none of its fields (banner, captions, E.O., TAGS, SUBJECT, REF, Classified By).`;
}

/** Paragraphs in text order as `¶3–¶7 (5 paragraphs)`, or `¶3` for one; null for none. */
function paragraphSpan(ps: readonly Paragraph[]): string | null {
  if (ps.length === 0) return null;
  return ps.length === 1 ? `¶${ps[0].number}` : `¶${ps[0].number}–¶${ps[ps.length - 1].number} (${ps.length} paragraphs)`;
}

function describeHeading(h: Heading, index: number, cable: Cable, text: string): string {
  if (h.kind === 'summary' || h.kind === 'comment') {
    const block = cable.blocks.find((b) => b.kind === h.kind && b.open.start <= h.end && b.open.end >= h.start);
    if (block) return describeBlock(block, cable, text, 'open');
  }
  const under = cable.paragraphs.filter((p) => p.headingIndex === index);
  const parts = [`**${escapeMarkdown(h.text)}** — ${h.boxed ? 'a section title set between two rules' : h.dashed ? 'a section title, underlined' : 'a section title'}`];
  if (h.within !== undefined && cable.headings[h.within]) parts.push(`Under **${escapeMarkdown(cable.headings[h.within].text)}**.`);
  const nested = cable.headings.map((x, k) => (x.within === index ? k : -1)).filter((k) => k >= 0);
  if (under.length) parts.push(`Its text: ${paragraphSpan(under)}.`);
  else if (nested.length) parts.push(`Its text is in the ${nested.length === 1 ? 'section' : `${nested.length} sections`} under it: ${nested.map((k) => escapeMarkdown(cable.headings[k].text)).join(' · ')}.`);
  else parts.push('No numbered paragraph stands under it.');
  return parts.join('\n\n');
}

function describeBlock(b: Block, cable: Cable, text: string, end: 'open' | 'close'): string {
  const name = b.kind === 'summary' ? 'summary' : 'comment';
  const what = b.kind === 'summary' ? 'the cable in brief, before the body' : "the post's own view, set apart from what it reports";
  const lines = b.line === b.endLine ? `line ${b.line}` : `lines ${b.line}–${b.endLine}`;
  const covers = paragraphSpan(cable.paragraphs.filter((p) => p.line >= b.line && p.line <= b.endLine));
  const parts: string[] = [];
  if (end === 'open') {
    parts.push(`**${b.kind === 'summary' ? 'Summary' : 'Comment'}** — opens the ${name}: ${what}.`);
    const closedBy = b.close ? ` · closed by ${code(text.slice(b.close.start, b.close.end).replace(/\s+/g, ' '))} on line ${b.endLine}` : ' · no end marker: it runs to where the next section or the text after it begins';
    parts.push(`${lines}${covers ? ` · ${covers}` : ''}${closedBy}`);
  } else {
    parts.push(`**End of the ${name}** — ${b.style === 'implied' ? `no words open it: it is taken to run from line ${b.line}` : `opened on line ${b.line}`}.`);
    parts.push(`${lines}${covers ? ` · ${covers}` : ''}`);
  }
  return parts.join('\n\n');
}

/** Text shown as it is written: Markdown's special characters escaped. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|#~]/g, '\\$&');
}

function describeCableId(id: string, index: CableIndex, yearAssumed: string | null): string {
  const known = index.get(id);
  const assumed = yearAssumed ? ` (year assumed: ${yearAssumed})` : '';
  if (!known) return `Cable **${id}**${assumed} — not in this workspace.`;
  const meta = [known.classification.level, known.date ? formatDate(known.date.slice(0, 10)) : null].filter(Boolean).join(', ');
  return `Cable **${id}**${assumed} — in this workspace: [${known.uri.replace(/^.*\//, '')}](${known.uri})${meta ? ` (${meta})` : ''}${known.subject ? `\n\n*${known.subject}*` : ''}`;
}
