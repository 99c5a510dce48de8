// Executive orders on classification, their reason sections and the meaning of each reason letter.

export interface ExecutiveOrder {
  number: string;
  title: string;
  /** When it was signed or took effect, as a reader needs it. */
  when: string;
  /** The day it was signed (YYYY-MM-DD): no cable written before it can cite it. */
  signed: string;
  /** The section that lists the classification reasons, where the order has one. */
  reasonSection: '1.4' | '1.5' | null;
  /** OADR ("originating agency's determination required") was an allowed DECL value. */
  allowsOadr: boolean;
  source: string;
}

export const EXECUTIVE_ORDERS: readonly ExecutiveOrder[] = [
  {
    number: '11652',
    signed: '1972-03-08',
    title: 'E.O. 11652, Classification and Declassification of National Security Information (Nixon)',
    when: 'signed March 1972',
    reasonSection: null,
    allowsOadr: false,
    source: 'cables of the period, e.g. 73TEHRAN7005; PlusD 1977STATE017976',
  },
  {
    number: '12065',
    signed: '1978-06-28',
    title: 'E.O. 12065, National Security Information (Carter)',
    when: 'effective 1 December 1978',
    reasonSection: null,
    allowsOadr: true,
    source: '78STATE296107 ("EXECUTIVE ORDER 12065 BECOMES EFFECTIVE DECEMBER 1, 1978")',
  },
  {
    number: '12356',
    signed: '1982-04-02',
    title: 'E.O. 12356, National Security Information (Reagan)',
    when: 'in force 1982–1995',
    reasonSection: null,
    allowsOadr: true,
    source: 'cables of the period, e.g. 86MADRID5480 "E.O. 12356: DECL: OADR"',
  },
  {
    number: '12958',
    signed: '1995-04-17',
    title: 'E.O. 12958, Classified National Security Information (Clinton)',
    when: 'signed 17 April 1995; amended by E.O. 13292 from 25 March 2003 (markings from 22 September 2003)',
    reasonSection: '1.5',
    allowsOadr: false,
    source: 'E.O. 12958 text (1995-04-17); ISOO "Changes to Classified Document Markings" (2003)',
  },
  {
    number: '13292',
    signed: '2003-03-25',
    title: 'E.O. 13292, amending E.O. 12958 (Bush)',
    when: 'signed 25 March 2003; ISOO Directive No. 1 effective 22 September 2003',
    reasonSection: '1.4',
    allowsOadr: false,
    source: '68 FR 15313; ISOO "Changes to Classified Document Markings"',
  },
  {
    number: '13526',
    signed: '2009-12-29',
    title: 'E.O. 13526, Classified National Security Information (Obama)',
    when: 'signed 29 December 2009, effective June 2010',
    reasonSection: '1.4',
    allowsOadr: false,
    source: 'E.O. 13526 §1.4 (the signing date is as commonly cited; not verified in the retrieved sources)',
  },
];

/** The order with this number, or undefined. */
export function executiveOrder(number: string | null | undefined): ExecutiveOrder | undefined {
  return EXECUTIVE_ORDERS.find((o) => o.number === number);
}

/** The reason section in force: 1.5 under E.O. 12958 as signed, 1.4 after E.O. 13292 (markings from 22 Sep 2003). */
export const SECTION_RENUMBERED_ON = '2003-09-22';

const CATEGORIES_1_4: Record<string, string> = {
  a: 'military plans, weapons systems, or operations',
  b: 'foreign government information',
  c: 'intelligence activities (including covert action), intelligence sources or methods, or cryptology',
  d: 'foreign relations or foreign activities of the United States, including confidential sources',
  e: 'scientific, technological, or economic matters relating to the national security, which includes defense against transnational terrorism',
  f: 'United States Government programs for safeguarding nuclear materials or facilities',
  g: 'vulnerabilities or capabilities of systems, installations, infrastructures, projects, plans, or protection services relating to the national security, which includes defense against transnational terrorism',
  h: 'weapons of mass destruction',
};

const CATEGORIES_1_5: Record<string, string> = {
  a: 'military plans, weapons systems, or operations',
  b: 'foreign government information',
  c: 'intelligence activities (including special activities), intelligence sources or methods, or cryptology',
  d: 'foreign relations or foreign activities of the United States, including confidential sources',
  e: 'scientific, technological, or economic matters relating to the national security',
  f: 'United States Government programs for safeguarding nuclear materials or facilities',
  g: 'vulnerabilities or capabilities of systems, installations, projects or plans relating to the national security',
};

/** The valid letters of a reason section: (a)–(h) for 1.4, (a)–(g) for 1.5; null for other sections. */
export function reasonLetters(section: string): readonly string[] | null {
  if (section === '1.4') return Object.keys(CATEGORIES_1_4);
  if (section === '1.5') return Object.keys(CATEGORIES_1_5);
  return null;
}

/** What a reason letter stands for under a section, or undefined. */
export function reasonCategory(section: string, letter: string): string | undefined {
  const table = section === '1.4' ? CATEGORIES_1_4 : section === '1.5' ? CATEGORIES_1_5 : undefined;
  return table?.[letter.toLowerCase()];
}
