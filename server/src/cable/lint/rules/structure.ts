// Banner and structure rules: a banner exists, banner lines agree, SECTION n OF m is consistent.

import type { Rule, RuleFinding } from '../types';
import { cableAnchor, topBanner } from '../facts';
import { formatClassification } from '../../markings';
import { isHeaderClassificationLine } from '../../banner';
import { postOfOriginator } from '../../routing';
import type { BannerLine, Cable, Level } from '../../model';

export const bannerMissing: Rule = {
  code: 'banner-missing',
  group: 'Banner and structure',
  defaultSeverity: 'error',
  description: 'A cable body has no classification banner line.',
  example: 'E.O. 12958: DECL: 06/30/2014   (no "C O N F I D E N T I A L …" line above it)',
  fixDescription: 'Where the routing header tells the level (`ZNY SSSSS ZZH`), inserts the banner it implies above the header, with the post of the `FM` line and the serial of the `DE` line: `S E C R E T SAN SALVADOR 000037`.',
  check({ cable, text }) {
    if (cable.banners.length > 0) return [];
    const hasContent = cable.paragraphs.length > 0 || cable.executiveOrder || cable.tagsLine || cable.subjectLine || cable.classifiedBy;
    if (!hasContent) return [];
    const level = cable.classification.level;
    const anchor = cableAnchor(cable, text);
    const finding: RuleFinding = {
      ...anchor,
      message: level
        ? `No classification banner: the cable needs a banner line such as "${level}" above its header (its routing header says ${level}).`
        : 'No classification banner: a cable starts with a line such as "C O N F I D E N T I A L" or "UNCLAS" above its header.',
    };
    const banner = level && cable.routing?.securityLine ? impliedBanner(cable) : null;
    if (banner) finding.fix = { title: `Insert the banner ${banner}`, edits: [{ start: anchor.start, end: anchor.start, newText: `${banner}\n\n` }] };
    return [finding];
  },
};

/** How the banners of cables write each level: spaced out, or `UNCLAS`. */
const BANNER_WORDS: Record<Level, string> = {
  UNCLASSIFIED: 'UNCLAS',
  'LIMITED OFFICIAL USE': 'LIMITED OFFICIAL USE',
  CONFIDENTIAL: 'C O N F I D E N T I A L',
  SECRET: 'S E C R E T',
  'TOP SECRET': 'T O P S E C R E T',
};

/** The banner a cable's routing header implies: its level, the post of the `FM` line, the serial of the `DE` line. */
function impliedBanner(cable: Cable): string {
  const routing = cable.routing!;
  const post = routing.from ? postOfOriginator(routing.from.text) : null;
  const serial = routing.deLine?.serial ? /^\d+/.exec(routing.deLine.serial)?.[0] : null;
  const words = BANNER_WORDS[cable.classification.level!];
  return post && serial ? `${words} ${post} ${serial.padStart(6, '0')}` : words;
}

export const bannerInconsistent: Rule = {
  code: 'banner-inconsistent',
  group: 'Banner and structure',
  defaultSeverity: 'error',
  description: 'Banner lines (top, section repeats, bottom) disagree in level or caveats; a classification line just below the top banner may add caveats to it (`SECRET//NOFORN`).',
  example: 'C O N F I D E N T I A L … at the top, S E C R E T at the bottom',
  fixDescription: null,
  check({ cable }) {
    const top = topBanner(cable);
    if (!top?.level) return [];
    const findings: RuleFinding[] = [];
    const topName = formatClassification(top.level, top.caveats);
    // A classification line below the top banner that adds caveats (`SECRET//NOFORN`) completes it; the same line
    // repeated at the end (`SECRET//FGI//NOFORN` above the signature, 09STATE67105) agrees with it.
    const lines = cable.banners.filter((b) => b !== top && isHeaderClassificationLine(b, top, cable));
    const sameAs = (b: BannerLine, line: BannerLine) => b.level === line.level && b.caveats.length === line.caveats.length && b.caveats.every((c) => line.caveats.includes(c));
    for (const b of cable.banners) {
      if (b === top || !b.level || lines.includes(b) || lines.some((line) => sameAs(b, line))) continue;
      if (b.level !== top.level) {
        findings.push({ start: b.levelSpan.start, end: b.levelSpan.end, message: `This ${b.position} banner says ${b.level} but the top banner says ${top.level}: every banner line carries the same classification.` });
        continue;
      }
      const missing = top.caveats.filter((c) => !b.caveats.includes(c));
      const extra = b.caveats.filter((c) => !top.caveats.includes(c));
      if ((missing.length || extra.length) && b.caveats.length > 0) {
        findings.push({
          start: b.start,
          end: b.end,
          message: `This ${b.position} banner reads ${formatClassification(b.level, b.caveats)} but the top banner reads ${topName}: banner lines carry the same caveats.`,
        });
      }
    }
    return findings;
  },
};

export const sectionNumbering: Rule = {
  code: 'section-numbering',
  group: 'Banner and structure',
  defaultSeverity: 'error',
  description: '`SECTION n OF m` with n greater than m, differing totals, or sections out of order.',
  example: 'C O N F I D E N T I A L SECTION 03 OF 02 TRIPOLI 000220',
  fixDescription: null,
  check({ cable }) {
    const findings: RuleFinding[] = [];
    const sections = cable.banners.filter((b) => b.section).map((b) => ({ banner: b, number: b.section!.number, total: b.section!.total, span: b.section!.span }));
    let expected: number | null = null;
    const total = sections[0]?.total ?? null;
    for (const s of sections) {
      if (s.number > s.total) {
        findings.push({ start: s.span.start, end: s.span.end, message: `SECTION ${s.number} OF ${s.total}: a section number cannot exceed the number of sections.` });
      } else if (total !== null && s.total !== total) {
        findings.push({ start: s.span.start, end: s.span.end, message: `SECTION ${s.number} OF ${s.total} disagrees with the first banner's total of ${total} sections.` });
      } else if (s.number === 0) {
        findings.push({ start: s.span.start, end: s.span.end, message: 'SECTION 0: sections are numbered from 1.' });
      } else if (expected !== null && s.number !== expected && s.number !== expected - 1) {
        findings.push({ start: s.span.start, end: s.span.end, message: `SECTION ${s.number} comes where section ${expected} was expected: sections are in order.` });
      }
      expected = s.number + 1;
    }
    for (const p of cable.pageLines) {
      // An older printout's page top gives no count of pages (`PAGE 02 RUEHFRA0170 S E C R E T`).
      if (!p.pages) continue;
      const page = Math.floor(Number(p.page));
      if (page > Number(p.pages)) findings.push({ start: p.start, end: p.end, message: `Page ${p.page} OF ${p.pages}: a page number cannot exceed the number of pages.` });
    }
    return findings;
  },
};

/** The parser's issues this rule reports (docs/model.md lists them). */
const IRREGULARITIES: ReadonlySet<string> = new Set(['binary-content', 'banner-garbled', 'envelope-mismatch', 'dtg-invalid', 'eo-unparsed', 'field-repeated', 'tags-empty', 'subject-empty', 'appended-record', 'line-repeated', 'internal-error']);

export const textIrregular: Rule = {
  code: 'text-irregular',
  group: 'Banner and structure',
  defaultSeverity: 'warning',
  description:
    'The parser met text it had to guess at or leave out: a misspelt banner level, an invalid date-time group, an E.O. line without its number, a repeated or empty header field, a routing header that names another cable, binary content, another record run on after the text, or a line the transmission repeated with a Q before it.',
  example: 'E C R E T BAGHDAD 000146   (the level misspelt: read as SECRET)',
  fixDescription: 'For a misspelt banner level, writes the level it was read as (`E C R E T` → `S E C R E T`); deletes a line the transmission repeated.',
  check({ cable, text }) {
    const findings: RuleFinding[] = [];
    for (const issue of cable.issues) {
      if (!IRREGULARITIES.has(issue.code)) continue;
      const finding: RuleFinding = { start: issue.start, end: issue.end, message: issue.message };
      if (issue.code === 'banner-garbled') {
        const banner = cable.banners.find((b) => b.levelSpan.start === issue.start && b.levelSpan.end === issue.end);
        const written = text.slice(issue.start, issue.end);
        if (banner?.level) {
          // Spaced out as written (`E C R E T`), or in one word (`SECRT`).
          const level = / [A-Z] /.test(` ${written} `) ? BANNER_WORDS[banner.level] : banner.level === 'UNCLASSIFIED' && /^UNCL/i.test(written) && written.length <= 7 ? 'UNCLAS' : banner.level;
          finding.fix = { title: `Write the level ${level}`, edits: [{ start: issue.start, end: issue.end, newText: level }] };
        }
      }
      // A line the transmission repeated goes, with its line break.
      if (issue.code === 'line-repeated') {
        const lineStart = text.lastIndexOf('\n', issue.start - 1) + 1;
        const next = text.indexOf('\n', issue.end);
        finding.fix = { title: 'Delete the repeated line', edits: [{ start: lineStart, end: next < 0 ? text.length : next + 1, newText: '' }] };
      }
      findings.push(finding);
    }
    return findings;
  },
};
