// Classification authority rules: the Classified By line and its reasons.

import type { Rule, RuleFinding } from '../types';
import { cableAnchor, cableDate, isClassified, isUnclassified, reasonSectionOf } from '../facts';
import { SECTION_RENUMBERED_ON, reasonLetters } from '../../knowledge/orders';
import { formatDate } from '../../dates';

/** Orders before E.O. 12958 did not ask for a Classified By line in cables. */
const ORDERS_WITHOUT_CLASSIFIER = new Set(['11652', '12065', '12356']);

export const classifiedByMissing: Rule = {
  code: 'classified-by-missing',
  group: 'Classification authority',
  defaultSeverity: 'warning',
  description: 'A classified cable has no Classified By line naming the classifier and the reason.',
  example: 'C O N F I D E N T I A L … SUBJECT: … 1. (C) …   (no "Classified By:" line)',
  fixDescription: null,
  check({ cable, text }) {
    if (!isClassified(cable) || cable.classifiedBy) return [];
    if (ORDERS_WITHOUT_CLASSIFIER.has(cable.executiveOrder?.order ?? '')) return [];
    return [
      {
        ...cableAnchor(cable, text),
        message: `This ${cable.classification.level} cable has no Classified By line: a classified telegram names its classifier and the reason before the first paragraph, e.g. "Classified By: Ambassador … for reasons 1.4 (b) and (d)".`,
      },
    ];
  },
};

export const classifiedByUnclassified: Rule = {
  code: 'classified-by-unclassified',
  group: 'Classification authority',
  defaultSeverity: 'warning',
  description: 'An unclassified cable carries a Classified By line.',
  example: 'UNCLAS STATE 089712 … Classified By: …',
  fixDescription: null,
  check({ cable }) {
    const cb = cable.classifiedBy;
    if (!cb || !isUnclassified(cable)) return [];
    return [{ start: cb.keyword.start, end: cb.keyword.end, message: 'A Classified By line in an UNCLASSIFIED cable: either the cable is classified (fix the banner) or the line does not belong.' }];
  },
};

export const reasonMissing: Rule = {
  code: 'reason-missing',
  group: 'Classification authority',
  defaultSeverity: 'warning',
  description: 'A Classified By line without a reason (section 1.4 and its letters), or with the letters but not their section.',
  example: 'Classified By: Ambassador Jane Doe.   Classified By: CDA Tom Kelly for reasons b, d.',
  fixDescription: 'Where the letters are given, inserts their section before them (1.4, or 1.5 before 22 September 2003).',
  check({ cable, text }) {
    const cb = cable.classifiedBy;
    if (!cb || cb.reasonSection || isUnclassified(cable)) return [];
    // Derivative classification names its source instead of a reason: `Classified By: Derived from Multiple Sources`.
    if (/^derived\s+from\b/i.test(cb.classifier ?? '')) return [];
    if (cb.reasons.length > 0) {
      const section = reasonSectionOf(cable)!.value;
      const first = cb.reasons[0];
      // Before the letter's parenthesis, if it has one: `( b)`, `(b)`.
      const open = text.lastIndexOf('(', first.start);
      const at = open >= cb.start && first.start - open <= 2 && text.slice(open + 1, first.start).trim() === '' ? open : first.start;
      const letters = cb.reasons.map((r) => `(${r.letter})`).join(', ');
      return [
        {
          start: cb.start,
          end: cb.end,
          message: `The reasons ${letters} are given without their section: write "${section} ${letters}" (section ${section} of the order in force on the cable's date).`,
          fix: { title: `Insert section ${section}`, edits: [{ start: at, end: at, newText: `${section} ` }] },
        },
      ];
    }
    return [{ start: cb.start, end: cb.end, message: 'Classified By gives no reason: add the section and letters, e.g. "for reasons 1.4 (b) and (d)".' }];
  },
};

export const reasonInvalid: Rule = {
  code: 'reason-invalid',
  group: 'Classification authority',
  defaultSeverity: 'error',
  description: 'A reason letter outside (a)–(h) for section 1.4 or (a)–(g) for 1.5, or a section other than 1.4 or 1.5.',
  example: 'Classified By: … for reasons 1.4 (b) and (k)',
  fixDescription: null,
  check({ cable }) {
    const cb = cable.classifiedBy;
    if (!cb?.reasonSection) return [];
    const section = cb.reasonSection.value;
    const valid = reasonLetters(section);
    if (!valid) {
      return [{ start: cb.reasonSection.start, end: cb.reasonSection.end, message: `Section ${section} is no classification reason: reasons are cited from section 1.4 (or 1.5 before September 2003).` }];
    }
    const last = valid[valid.length - 1];
    const findings: RuleFinding[] = [];
    for (const r of cb.reasons) {
      if (!valid.includes(r.letter)) {
        findings.push({ start: r.start, end: r.end, message: `(${r.letter}) is not a reason under section ${section}: its categories are (a) to (${last}).` });
      }
    }
    return findings;
  },
};

export const reasonSectionOutdated: Rule = {
  code: 'reason-section-outdated',
  group: 'Classification authority',
  defaultSeverity: 'hint',
  description: 'Section 1.5 is cited on a cable dated after 22 September 2003, when E.O. 13292 renumbered the reasons to 1.4.',
  example: '(2004 cable) Classified By: A/S Elizabeth Jones for Reasons 1.5 (b&d)',
  fixDescription: 'Rewrites 1.5 as 1.4.',
  check({ cable, text }) {
    const section = cable.classifiedBy?.reasonSection;
    if (!section || section.value !== '1.5') return [];
    const date = cableDate(cable);
    if (!date || date.date <= SECTION_RENUMBERED_ON) return [];
    const written = text.slice(section.start, section.end);
    const fixed = written.replace(/5$/, '4');
    const when = date.approximate ? `about ${date.date.slice(0, 4)} (judging by its DECL date)` : formatDate(date.date);
    return [
      {
        start: section.start,
        end: section.end,
        message: `Section 1.5 on a cable of ${when}: since 22 Sep 2003 (E.O. 13292) the reasons are cited as section 1.4, with the same letters (a)–(g) and a new (h).`,
        fix: { title: `Cite section 1.4`, edits: [{ start: section.start, end: section.end, newText: fixed }] },
      },
    ];
  },
};
