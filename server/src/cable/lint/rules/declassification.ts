// E.O. and declassification rules: the order is known, DECL is valid and fits the classification and date.

import type { Rule } from '../types';
import { cableAnchor, cableDate, isClassified, isUnclassified } from '../facts';
import { EXECUTIVE_ORDERS, executiveOrder } from '../../knowledge/orders';
import { formatDate, yearsBetween } from '../../dates';

const KNOWN = EXECUTIVE_ORDERS.map((o) => o.number);

/** The known order a mistyped number stands for: one digit changed, or two neighbouring digits swapped. */
function likelyOrder(written: string): string | null {
  const candidates = KNOWN.filter((k) => {
    if (k.length !== written.length) return false;
    const diff = [...k].map((ch, i) => (ch === written[i] ? -1 : i)).filter((i) => i >= 0);
    if (diff.length === 1) return true;
    return diff.length === 2 && diff[1] === diff[0] + 1 && k[diff[0]] === written[diff[1]] && k[diff[1]] === written[diff[0]];
  });
  return candidates.length === 1 ? candidates[0] : null;
}

export const eoMissing: Rule = {
  code: 'eo-missing',
  group: 'E.O. and declassification',
  defaultSeverity: 'warning',
  description: 'The cable has no E.O. line stating the executive order and its declassification instruction.',
  example: 'C O N F I D E N T I A L … TAGS: … (no "E.O. 12958: DECL: …" line)',
  fixDescription: null,
  check({ cable, text }) {
    if (cable.executiveOrder || cable.banners.length === 0) return [];
    const at = cable.tagsLine?.keyword ?? cableAnchor(cable, text);
    return [{ ...at, message: 'No E.O. line: a cable states its executive order and declassification instruction, e.g. "E.O. 12958: DECL: 06/30/2014" or "E.O. 12958: N/A".' }];
  },
};

export const eoUnknown: Rule = {
  code: 'eo-unknown',
  group: 'E.O. and declassification',
  defaultSeverity: 'warning',
  description: 'An executive order number other than 11652, 12065, 12356, 12958, 13292 or 13526 (catches typos such as 12598).',
  example: 'E.O. 12598: DECL: 03/12/2018',
  fixDescription: 'When the number is one typo away from exactly one known order (12598 → 12958), writes that order.',
  check({ cable }) {
    const eo = cable.executiveOrder;
    if (!eo?.order || !eo.orderSpan || executiveOrder(eo.order)) return [];
    const likely = likelyOrder(eo.order);
    return [
      {
        start: eo.orderSpan.start, end: eo.orderSpan.end,
        message: likely
          ? `E.O. ${eo.order} is no classification order: did you mean ${likely}? Cables cite ${KNOWN.join(', ')}.`
          : `E.O. ${eo.order} is no classification order: cables cite ${KNOWN.join(', ')}.`,
        fix: likely ? { title: `Write E.O. ${likely}`, edits: [{ start: eo.orderSpan.start, end: eo.orderSpan.end, newText: likely }] } : undefined,
      },
    ];
  },
};

export const eoAnachronism: Rule = {
  code: 'eo-anachronism',
  group: 'E.O. and declassification',
  defaultSeverity: 'warning',
  description: "An executive order signed after the cable's date: no cable can cite a later order, so the header and the text may come from different cables.",
  example: 'R 021258Z JAN 88 … E.o. 12958: decl: 07/01/2034   (E.O. 12958 was signed in 1995)',
  fixDescription: null,
  check({ cable }) {
    const eo = cable.executiveOrder;
    const order = executiveOrder(eo?.order);
    const date = cableDate(cable);
    // A later review's stamp (`DECLASSIFIED … E.O. 12958 AS AMENDED` on a 1972 cable) cites the order of the review.
    if (!eo?.orderSpan || !order || !date || date.approximate || eo.decl?.kind === 'declassified') return [];
    if (date.date >= order.signed) return [];
    return [
      {
        start: eo.orderSpan.start,
        end: eo.orderSpan.end,
        message: `E.O. ${order.number} was signed on ${formatDate(order.signed)}, after this cable's date (${formatDate(date.date)}): a cable cannot cite a later order, so its header and its text may come from different cables.`,
      },
    ];
  },
};

export const declInvalid: Rule = {
  code: 'decl-invalid',
  group: 'E.O. and declassification',
  defaultSeverity: 'error',
  description: 'A DECL value that is no valid date, N/A, OADR, MR, or event text.',
  example: 'E.O. 12958: DECL: 13/45/2014',
  fixDescription: null,
  check({ cable }) {
    const decl = cable.executiveOrder?.decl;
    if (!decl || decl.kind !== 'other') return [];
    return [{ start: decl.start, end: decl.end, message: `DECL ${decl.written} is not valid (${decl.problem ?? 'not a date'}): write a date as MM/DD/YYYY, or N/A, OADR, MR, or the event that ends classification.` }];
  },
};

export const declNaClassified: Rule = {
  code: 'decl-na-classified',
  group: 'E.O. and declassification',
  defaultSeverity: 'error',
  description: 'DECL N/A on a classified cable: classified information needs a declassification date or event.',
  example: 'S E C R E T … E.O. 12958: N/A',
  fixDescription: null,
  check({ cable }) {
    const decl = cable.executiveOrder?.decl;
    if (!decl || decl.kind !== 'n/a' || !isClassified(cable)) return [];
    return [{ start: decl.start, end: decl.end, message: `N/A on a ${cable.classification.level} cable: classified information needs a declassification date or event, e.g. "DECL: 06/30/2019".` }];
  },
};

export const declDateUnclassified: Rule = {
  code: 'decl-date-unclassified',
  group: 'E.O. and declassification',
  defaultSeverity: 'warning',
  description: 'A declassification date on an unclassified cable, which has nothing to declassify.',
  example: 'UNCLAS … E.O. 12958: DECL: 06/30/2014',
  fixDescription: 'Replaces the DECL instruction with N/A.',
  check({ cable }) {
    const eo = cable.executiveOrder;
    const decl = eo?.decl;
    if (!eo || !decl || decl.kind !== 'date' || !isUnclassified(cable)) return [];
    return [
      {
        start: decl.start,
        end: decl.end,
        message: `A declassification date on an UNCLASSIFIED cable: there is nothing to declassify; write "N/A".`,
        fix: { title: 'Write N/A', edits: [{ start: eo.declKeyword?.start ?? decl.start, end: decl.end, newText: 'N/A' }] },
      },
    ];
  },
};

export const declOadrObsolete: Rule = {
  code: 'decl-oadr-obsolete',
  group: 'E.O. and declassification',
  defaultSeverity: 'warning',
  description: 'OADR under E.O. 12958 or later: "originating agency\'s determination required" ended with E.O. 12958.',
  example: 'E.O. 12958: DECL: OADR',
  fixDescription: null,
  check({ cable }) {
    const eo = cable.executiveOrder;
    const decl = eo?.decl;
    if (!decl || decl.kind !== 'oadr') return [];
    const order = executiveOrder(eo?.order);
    if (!order || order.allowsOadr || Number(order.number) < 12958) return [];
    return [{ start: decl.start, end: decl.end, message: `OADR is not allowed under E.O. ${order.number}: since E.O. 12958 a cable gives a declassification date or event (at most 25 years).` }];
  },
};

export const declBeforeOrigin: Rule = {
  code: 'decl-before-origin',
  group: 'E.O. and declassification',
  defaultSeverity: 'error',
  description: 'The declassification date is before the cable’s own date.',
  example: '(sent 25 Jul 2008) E.O. 12958: DECL: 07/25/2007',
  fixDescription: null,
  check({ cable }) {
    const decl = cable.executiveOrder?.decl;
    if (!decl?.date || decl.kind !== 'date' || !cable.date) return [];
    if (decl.date >= cable.date.slice(0, 10)) return [];
    return [{ start: decl.start, end: decl.end, message: `DECL ${formatDate(decl.date)} is before the cable's date, ${formatDate(cable.date.slice(0, 10))}: information cannot be declassified before it is written.` }];
  },
};

export const declTooFar: Rule = {
  code: 'decl-too-far',
  group: 'E.O. and declassification',
  defaultSeverity: 'warning',
  description: 'The declassification date is more than 25 years after the cable’s date.',
  example: '(sent 2008) E.O. 12958: DECL: 07/25/2048',
  fixDescription: null,
  check({ cable }) {
    const decl = cable.executiveOrder?.decl;
    if (!decl?.date || decl.kind !== 'date' || !cable.date) return [];
    const years = yearsBetween(cable.date.slice(0, 10), decl.date);
    if (years <= 25.01) return [];
    return [{ start: decl.start, end: decl.end, message: `DECL ${formatDate(decl.date)} is ${Math.floor(years)} years after the cable's date: a declassification date is at most 25 years out (longer only under a 25X exemption, written as such).` }];
  },
};
