import { describe, expect, it } from 'vitest';
import { parseCable } from '../../../server/src/cable/parse';
import { RULES, applyEdits, lintCable, type Finding } from '../../../server/src/cable/lint';
import { makeCable, ROUTING_2004 } from '../../helpers/cables';
import { lineAt } from '../../helpers/text';

function lint(text: string): Finding[] {
  return lintCable(parseCable(text), text, {}, (rule, error) => {
    throw new Error(`rule ${rule.code} failed: ${error}`);
  });
}

function only(text: string, code: string): (Finding & { line: number; written: string })[] {
  return lint(text)
    .filter((f) => f.code === code)
    .map((f) => ({ ...f, line: lineAt(text, f.start) + 1, written: text.slice(f.start, f.end) }));
}

/** The 1-based line of the first line containing `needle`. */
function lineOf(text: string, needle: string): number {
  return lineAt(text, text.indexOf(needle)) + 1;
}

interface Case {
  code: string;
  /** A cable that triggers the rule, where and with what message. */
  trigger: string;
  at: string;
  message: RegExp;
  /** A near miss that must not trigger it. */
  nearMiss: string;
  /** The trigger after its fix, when the rule has one. */
  fixed?: string;
}

const UNCLAS = { banner: 'UNCLAS ANKARA 000348', captions: ['SIPDIS', 'SENSITIVE'], eo: 'E.O. 12958: N/A', classifiedBy: null, body: ['1. (SBU) Summary: Fine. End Summary.', '', '2. (U) Second.'] };
const SECRET = { banner: 'S E C R E T ANKARA 000348', body: ['1. (S) Summary: Secret. End Summary.', '', '2. (C) Second.'] };

const SAN_SALVADOR = ['VZCZCXRO1234', 'PP RUEHWEB', 'DE RUEHSN #0037/01 0262211', 'ZNY CCCCC ZZH', 'P 262211Z JAN 10', 'FM AMEMBASSY SAN SALVADOR', 'TO RUEHC/SECSTATE WASHDC PRIORITY 1526', ''];

const CASES: Case[] = [
  {
    code: 'banner-missing',
    // Reported where the header starts: the SIPDIS caption below the routing header, where the banner belongs above;
    // the fix writes the banner the routing header implies (10SANSALVADOR37).
    trigger: makeCable({ preamble: SAN_SALVADOR, banner: null }),
    at: 'SIPDIS',
    message: /No classification banner: the cable needs a banner line such as "CONFIDENTIAL" above its header \(its routing header says CONFIDENTIAL\)/,
    nearMiss: makeCable(),
    fixed: makeCable({ preamble: SAN_SALVADOR, banner: 'C O N F I D E N T I A L SAN SALVADOR 000037' }),
  },
  {
    code: 'banner-inconsistent',
    trigger: makeCable({ body: ['1. (C) Summary: x. End Summary.', '', '2. (C) Second.', '', 'S E C R E T'] }),
    at: 'S E C R E T',
    message: /This bottom banner says SECRET but the top banner says CONFIDENTIAL/,
    nearMiss: makeCable({ body: ['1. (C) Summary: x. End Summary.', '', '2. (C) Second.', '', 'C O N F I D E N T I A L'] }),
  },
  {
    code: 'section-numbering',
    trigger: makeCable({ banner: 'C O N F I D E N T I A L SECTION 03 OF 02 ANKARA 000348' }),
    at: 'SECTION 03 OF 02',
    message: /SECTION 3 OF 2: a section number cannot exceed the number of sections/,
    nearMiss: makeCable({ banner: 'C O N F I D E N T I A L SECTION 02 OF 02 ANKARA 000348' }),
  },
  {
    code: 'text-irregular',
    // A misspelt banner level (07BAGHDAD146: `E C R E T`); the fix writes the level it was read as.
    trigger: makeCable({ banner: 'E C R E T BAGHDAD 000146', body: ['1. (S) Summary: x. End Summary.'] }),
    at: 'E C R E T BAGHDAD',
    message: /"E C R E T" is not a classification level; read as SECRET\./,
    nearMiss: makeCable({ banner: 'S E C R E T BAGHDAD 000146', body: ['1. (S) Summary: x. End Summary.'] }),
    fixed: makeCable({ banner: 'S E C R E T BAGHDAD 000146', body: ['1. (S) Summary: x. End Summary.'] }),
  },
  {
    code: 'portion-missing',
    trigger: makeCable({ body: ['1. (C) Summary: x. End Summary.', '', '2. Unmarked text.'] }),
    at: '2. Unmarked',
    message: /Paragraph 2 has no portion marking: every paragraph of a CONFIDENTIAL cable is marked, e\.g\. "2\. \(C\)"/,
    nearMiss: makeCable({ ...UNCLAS, body: ['1. Summary: unclassified cables need no markings. End Summary.', '', '2. Fine.'] }),
  },
  {
    code: 'portion-unknown',
    trigger: makeCable({ body: ['1. (C) Summary: x. End Summary.', '', '2. (N/SF) Odd.'] }),
    at: '(N/SF)',
    message: /\(N\/SF\) is not a portion marking/,
    nearMiss: makeCable({ body: ['1. (C) Summary: x. End Summary.', '', '2. (C//NF) Fine.'], captions: ['SIPDIS', 'NOFORN'] }),
  },
  {
    code: 'portion-malformed',
    trigger: makeCable({ body: ['1. (C) Summary: x. End Summary.', '', '2. (c) Lower case.'] }),
    at: '(c)',
    message: /\(c\) should be written \(C\)/,
    nearMiss: makeCable(),
    fixed: makeCable({ body: ['1. (C) Summary: x. End Summary.', '', '2. (C) Lower case.'] }),
  },
  {
    code: 'portion-exceeds-banner',
    trigger: makeCable({ body: ['1. (C) Summary: x. End Summary.', '', '2. (S) Too high.'] }),
    at: '(S)',
    message: /\(S\) exceeds the cable's CONFIDENTIAL banner: a portion cannot be classified higher than the document/,
    nearMiss: makeCable(SECRET),
  },
  {
    code: 'portion-caveat-not-in-banner',
    trigger: makeCable({ body: ['1. (C) Summary: x. End Summary.', '', '2. (C/NF) No NOFORN caption.'] }),
    at: '(C/NF)',
    message: /\(C\/NF\) is NOFORN but the cable's banner and captions carry no NOFORN/,
    nearMiss: makeCable({ captions: ['SIPDIS', 'NOFORN'], body: ['1. (C) Summary: x. End Summary.', '', '2. (C/NF) Fine.'] }),
  },
  {
    code: 'banner-exceeds-portions',
    trigger: makeCable({ banner: 'S E C R E T ANKARA 000348' }),
    at: 'S E C R E T',
    message: /The banner is SECRET but no portion is above CONFIDENTIAL: the cable may be over-classified/,
    nearMiss: makeCable(SECRET),
  },
  {
    code: 'classified-by-missing',
    trigger: makeCable({ classifiedBy: null }),
    at: 'C O N F I D E N T I A L',
    message: /This CONFIDENTIAL cable has no Classified By line/,
    nearMiss: makeCable({ ...UNCLAS }),
  },
  {
    code: 'classified-by-unclassified',
    trigger: makeCable({ ...UNCLAS, classifiedBy: 'Classified By: Pol Chief for reasons 1.4 (d).' }),
    at: 'Classified By',
    message: /A Classified By line in an UNCLASSIFIED cable/,
    nearMiss: makeCable(),
  },
  {
    code: 'reason-missing',
    trigger: makeCable({ classifiedBy: 'Classified By: CDA Tom Kelly for reasons b, d.' }),
    at: 'Classified By',
    message: /The reasons \(b\), \(d\) are given without their section: write "1\.4 \(b\), \(d\)"/,
    nearMiss: makeCable(),
    fixed: makeCable({ classifiedBy: 'Classified By: CDA Tom Kelly for reasons 1.4 b, d.' }),
  },
  {
    code: 'reason-invalid',
    trigger: makeCable({ classifiedBy: 'Classified By: Ambassador Eric Edelman for reasons 1.5 (b) and (h).' }),
    at: 'Classified By',
    message: /\(h\) is not a reason under section 1\.5: its categories are \(a\) to \(g\)/,
    nearMiss: makeCable({ classifiedBy: 'Classified By: Ambassador Eric Edelman for reasons 1.4 (b) and (h).' }),
  },
  {
    code: 'reason-section-outdated',
    trigger: makeCable({ classifiedBy: 'Classified By: Ambassador Eric Edelman for reasons 1.5 (b) and (d).' }),
    at: 'Classified By',
    message: /Section 1\.5 on a cable of 20 Jan 2004: since 22 Sep 2003 \(E\.O\. 13292\) the reasons are cited as section 1\.4/,
    nearMiss: makeCable({ preamble: ['O 201247Z JAN 03', 'FM AMEMBASSY ANKARA', ''], eo: 'E.O. 12958: DECL: 01/07/2013', classifiedBy: 'Classified By: Ambassador Eric Edelman for reasons 1.5 (b) and (d).' }),
    fixed: makeCable({ classifiedBy: 'Classified By: Ambassador Eric Edelman for reasons 1.4 (b) and (d).' }),
  },
  {
    code: 'eo-missing',
    trigger: makeCable({ eo: null }),
    at: 'TAGS',
    message: /No E\.O\. line/,
    nearMiss: makeCable(),
  },
  {
    code: 'eo-unknown',
    trigger: makeCable({ eo: 'E.O. 12598: DECL: 01/07/2014' }),
    at: 'E.O. 12598',
    message: /E\.O\. 12598 is no classification order: did you mean 12958\?/,
    nearMiss: makeCable({ eo: 'E.O. 13526: DECL: 01/07/2014' }),
    fixed: makeCable(),
  },
  {
    code: 'eo-anachronism',
    // 88BAGHDAD28: the routing header of a 1988 cable over the text of a 2009 one.
    trigger: makeCable({ preamble: ['R 021258Z JAN 88', 'FM AMEMBASSY BAGHDAD', 'TO SECSTATE WASHDC 9118', ''], eo: 'E.O. 12958: DECL: 07/01/2034' }),
    at: 'E.O. 12958',
    message: /E\.O\. 12958 was signed on 17 Apr 1995, after this cable's date \(2 Jan 1988\): a cable cannot cite a later order/,
    nearMiss: makeCable({ preamble: ['R 021258Z JAN 88', 'FM AMEMBASSY BAGHDAD', 'TO SECSTATE WASHDC 9118', ''], eo: 'E.O. 12356: DECL: OADR' }),
  },
  {
    code: 'decl-invalid',
    trigger: makeCable({ eo: 'E.O. 12958: DECL: 13/45/2014' }),
    at: 'E.O.',
    message: /DECL 13\/45\/2014 is not valid \(month 13 does not exist\)/,
    nearMiss: makeCable({ eo: 'E.O. 12958: DECL: TEN YEARS AFTER KOREAN UNIFICATION' }),
  },
  {
    code: 'decl-na-classified',
    trigger: makeCable({ eo: 'E.O. 12958: N/A' }),
    at: 'E.O.',
    message: /N\/A on a CONFIDENTIAL cable: classified information needs a declassification date or event/,
    nearMiss: makeCable({ ...UNCLAS }),
  },
  {
    code: 'decl-date-unclassified',
    trigger: makeCable({ ...UNCLAS, eo: 'E.O. 12958: DECL: 01/07/2014' }),
    at: 'E.O.',
    message: /A declassification date on an UNCLASSIFIED cable/,
    nearMiss: makeCable({ ...UNCLAS }),
    fixed: makeCable({ ...UNCLAS, eo: 'E.O. 12958: N/A' }),
  },
  {
    code: 'decl-oadr-obsolete',
    trigger: makeCable({ eo: 'E.O. 12958: DECL: OADR' }),
    at: 'E.O.',
    message: /OADR is not allowed under E\.O\. 12958/,
    nearMiss: makeCable({ preamble: ['O 121758Z MAY 86', 'FM AMEMBASSY MADRID', ''], eo: 'E.O. 12356: DECL: OADR' }),
  },
  {
    code: 'decl-before-origin',
    trigger: makeCable({ eo: 'E.O. 12958: DECL: 01/07/2003' }),
    at: 'E.O.',
    message: /DECL 7 Jan 2003 is before the cable's date, 20 Jan 2004/,
    nearMiss: makeCable({ eo: 'E.O. 12958: DECL: 01/21/2004' }),
  },
  {
    code: 'decl-too-far',
    trigger: makeCable({ eo: 'E.O. 12958: DECL: 01/07/2034' }),
    at: 'E.O.',
    message: /DECL 7 Jan 2034 is 29 years after the cable's date/,
    nearMiss: makeCable({ eo: 'E.O. 12958: DECL: 01/07/2029' }),
  },
  {
    code: 'tags-missing',
    trigger: makeCable({ tags: null }),
    at: 'SUBJECT',
    message: /No TAGS line/,
    nearMiss: makeCable(),
  },
  {
    code: 'tag-unknown',
    trigger: makeCable({ tags: 'TAGS: PREL QQQQ TU' }),
    at: 'TAGS',
    message: /QQQQ is not in the bundled TAGS tables/,
    nearMiss: makeCable({ tags: 'TAGS: PREL KCRM NATO TU OVIP (CLINTON, HILLARY)' }),
  },
  {
    code: 'tag-duplicate',
    trigger: makeCable({ tags: 'TAGS: PREL, PGOV, PREL, TU' }),
    at: 'TAGS',
    message: /PREL is already on the TAGS line/,
    nearMiss: makeCable({ tags: 'TAGS: PREL, PGOV, TU' }),
    fixed: makeCable({ tags: 'TAGS: PREL, PGOV, TU' }),
  },
  {
    code: 'tag-typo',
    trigger: makeCable({ tags: 'TAGS: PREL MOPPS TU' }),
    at: 'TAGS',
    message: /MOPPS is a misspelling of MOPS/,
    nearMiss: makeCable({ tags: 'TAGS: PREL MOPS TU' }),
    fixed: makeCable({ tags: 'TAGS: PREL MOPS TU' }),
  },
  {
    code: 'subject-missing',
    trigger: makeCable({ subject: null }),
    at: 'TAGS',
    message: /No SUBJECT line/,
    nearMiss: makeCable(),
  },
  {
    code: 'ref-missing',
    trigger: makeCable({ body: ['1. (C) Summary: x. End Summary.', '', '2. (C) As noted in neighboring areas in Southern Somalia (reftel C), it goes on.'] }),
    at: 'reftel C',
    message: /^The text cites "reftel C" but the cable has no REF line/,
    nearMiss: makeCable({ body: ['1. (C) Summary: x. End Summary.', '', '2. (C) He referred to a senior official; Refugees and referees came.'] }),
  },
  {
    code: 'paragraph-number-mangled',
    trigger: makeCable({ body: ['1. (C) Summary: x. End Summary.', '', '2. (C) Two.', '', '13. (C) Three.'] }),
    at: '13. (C)',
    message: /13\. stands for ¶3\.: the paragraph mark was turned into a leading 1/,
    nearMiss: makeCable({ body: ['1. (C) Summary: x. End Summary.', '', '2. (C) Two.', '', '3. (C) Three.'] }),
    fixed: makeCable({ body: ['1. (C) Summary: x. End Summary.', '', '2. (C) Two.', '', '3. (C) Three.'] }),
  },
  {
    code: 'paragraph-number-malformed',
    trigger: makeCable({ body: ['1. (C) Summary: x. End Summary.', '', '2. (C) Two.', '', '3, (C) Three.'] }),
    at: '3, (C)',
    message: /^3, is paragraph 3 typed with a comma: a paragraph number ends with a stop, 3\.$/,
    nearMiss: makeCable({ body: ['1. (C) Summary: x. End Summary.', '', '2. (C) Two, three and four.', '', '3. (C) Three.'] }),
    fixed: makeCable({ body: ['1. (C) Summary: x. End Summary.', '', '2. (C) Two.', '', '3. (C) Three.'] }),
  },
  {
    code: 'paragraph-sequence',
    trigger: makeCable({ body: ['1. (C) Summary: x. End Summary.', '', '2. (C) Two.', '', '4. (C) Four.', '', '5. (C) Five.'] }),
    at: '4. (C)',
    message: /Paragraph 4 follows paragraph 2: paragraph 3 is missing/,
    nearMiss: makeCable({ body: ['1. (C) Summary: x. End Summary.', '', '2. (C) Two.', '', '2a. (C) Two a.', '', '3. (C) Three.'] }),
    fixed: makeCable({ body: ['1. (C) Summary: x. End Summary.', '', '2. (C) Two.', '', '3. (C) Four.', '', '4. (C) Five.'] }),
  },
  {
    code: 'summary-unterminated',
    trigger: makeCable({ body: ['1. (C) Summary: The minister agreed.', '', '2. (C) Second.'] }),
    at: '1. (C) Summary',
    message: /This summary has no "End Summary"/,
    nearMiss: makeCable(),
    fixed: makeCable({ body: ['1. (C) Summary: The minister agreed. End Summary.', '', '2. (C) Second.'] }),
  },
];

describe('paragraph-sequence', () => {
  it('leaves the gaps of a partial extract alone, not its repeats (05MADRID1317: ¶23 first)', () => {
    const note = ['This record is a partial extract of the original cable. The full text of the original cable is not available.', ''];
    const extract = makeCable({ preamble: note, body: ['¶23. (C) On bilateral relations.', '', '¶24. (C) Two.', '', '¶26. (C) Four.'] });
    expect(lint(extract).filter((f) => f.code === 'paragraph-sequence')).toEqual([]);
    const repeated = makeCable({ preamble: note, body: ['¶23. (C) On bilateral relations.', '', '¶23. (C) Again.'] });
    expect(lint(repeated).filter((f) => f.code === 'paragraph-sequence').map((f) => f.message)).toEqual(['Paragraph 23 appears twice: paragraphs are numbered once each, in order.']);
  });
});

describe('paragraph-number-malformed', () => {
  it('finds a number typed without its stop too, and its fix writes the stop (07DUBAI355: `15 (SBU) He also called …`)', () => {
    const text = makeCable({ body: ['1. (C) Summary: x. End Summary.', '', '2 (SBU) He also called for more universities.', '', '3. (C) Three.'] });
    const found = lint(text).filter((f) => f.code === 'paragraph-number-malformed');
    expect(found.map((f) => f.message)).toEqual(['2 is paragraph 2 typed without its stop: 2.']);
    const fixed = applyEdits(text, found[0].fix!.edits);
    expect(fixed).toContain('\n2. (SBU) He also called');
    expect(lint(fixed).filter((f) => f.code === 'paragraph-number-malformed')).toEqual([]);
  });
});

describe('ref-missing', () => {
  it('is quiet when the cable lists its references (09NAIROBI1801 cites ref A with none listed; 10MOSCOW228 lists its one)', () => {
    const listed = makeCable({ ref: 'REF: MOSCOW 00079', body: ['1. (C) As described reftel, credit card companies abide by it.'] });
    expect(lint(listed).filter((f) => f.code === 'ref-missing')).toEqual([]);
    const cited = makeCable({ body: ['1. (C) Its operations/efforts to Somalia (ref A). To address this.', '', '2. (C) Al-Libi (Ref B).'] });
    expect(lint(cited).filter((f) => f.code === 'ref-missing').map((f) => f.message.slice(0, 32))).toEqual(['The text cites "ref A" but the c']);
  });
  it('finds a letter beyond the list (09STATE62397: Ref C under a single REF), not one the list has', () => {
    const one = makeCable({ ref: 'REF: STATE 18774', body: ['1. (S/NF) The NHCD below supercedes the one contained in Ref C.', '', '2. (S) As ref A said, more.'] });
    expect(lint(one).filter((f) => f.code === 'ref-missing').map((f) => f.message)).toEqual(['The text cites ref C but the REF line lists one reference: which cable it means cannot be told.']);
    const lettered = makeCable({ ref: 'REF: A. STATE 18774', body: ['1. (C) As ref A said, and (ref E).'] });
    expect(lint(lettered).filter((f) => f.code === 'ref-missing').map((f) => f.message)).toEqual(['The text cites ref E but the REF line lists A only: which cable it means cannot be told.']);
    // (Under a longer list it is not looked for: the look goes through the whole text.)
    const longer = makeCable({ ref: 'REF: A. STATE 18774 B. ANKARA 678', body: ['1. (C) As refs A and B said, and (ref E).'] });
    expect(lint(longer).filter((f) => f.code === 'ref-missing')).toEqual([]);
  });
});

describe('the rule catalogue', () => {
  it('has a test case for every rule, and every rule documents itself', () => {
    expect(CASES.map((c) => c.code).sort()).toEqual(RULES.map((r) => r.code).sort());
    for (const r of RULES) {
      expect(r.code).toMatch(/^[a-z]+(?:-[a-z0-9]+)+$/);
      expect(r.description).toMatch(/\.$/);
      expect(r.example.length).toBeGreaterThan(5);
    }
  });

  it('finds nothing in the well-formed base cable', () => {
    expect(lint(makeCable())).toEqual([]);
  });
});

describe.each(CASES)('$code', (c) => {
  const rule = RULES.find((r) => r.code === c.code)!;

  it('reports the trigger at its line with a message that states the fact', () => {
    const found = only(c.trigger, c.code);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0].line).toBe(lineOf(c.trigger, c.at));
    expect(found[0].message).toMatch(c.message);
    expect(found[0].severity).toBe(rule.defaultSeverity);
  });

  it('stays quiet on the near miss', () => {
    expect(only(c.nearMiss, c.code)).toEqual([]);
  });

  if (c.fixed !== undefined) {
    it('fixes the text, after which the rule is quiet', () => {
      const [finding] = only(c.trigger, c.code);
      expect(finding.fix).toBeDefined();
      const after = applyEdits(c.trigger, finding.fix!.edits);
      expect(after).toBe(c.fixed);
      expect(only(after, c.code)).toEqual([]);
    });
  } else {
    it('offers no fix, since none is unambiguous', () => {
      expect(rule.fixDescription).toBeNull();
      expect(only(c.trigger, c.code).every((f) => f.fix === undefined)).toBe(true);
    });
  }
});

describe('more rule behaviour', () => {
  it('turns a rule off, or changes its severity, through the settings', () => {
    const text = makeCable({ tags: 'TAGS: PREL MOPPS TU' });
    expect(lintCable(parseCable(text), text, { 'tag-typo': 'off' }).map((f) => f.code)).not.toContain('tag-typo');
    expect(lintCable(parseCable(text), text, { 'tag-typo': 'error' }).find((f) => f.code === 'tag-typo')?.severity).toBe('error');
  });

  it('removes a repeated [PREL](#) tag with its residue', () => {
    const text = makeCable({ tags: 'TAGS: [PREL](#) [IZ](#) [PREL](#)' });
    const [f] = only(text, 'tag-duplicate');
    expect(applyEdits(text, f.fix!.edits)).toBe(makeCable({ tags: 'TAGS: [PREL](#) [IZ](#)' }));
  });

  it('splits a glued tag pair, keeping the lower case of a partial extract', () => {
    const text = makeCable({ tags: 'Tags: prel, phumpgov, tu' });
    const [f] = only(text, 'tag-typo');
    expect(f.message).toMatch(/phumpgov is PHUM and PGOV glued together/);
    expect(applyEdits(text, f.fix!.edits)).toBe(makeCable({ tags: 'Tags: prel, phum, pgov, tu' }));
  });

  it('removes a misspelling whose tag the line lists already, instead of writing it twice (08PARIS1616)', () => {
    const text = makeCable({ tags: 'TAGS: PREL FR GG RU RS UN' });
    const [f] = only(text, 'tag-typo');
    expect(f.message).toBe('RU is a misspelling of RS, and the TAGS line lists it already: remove RU.');
    expect(applyEdits(text, f.fix!.edits)).toBe(makeCable({ tags: 'TAGS: PREL FR GG RS UN' }));
    const glued = makeCable({ tags: 'TAGS MASS, MNUC, MASSMNUC, BR' });
    const [g] = only(glued, 'tag-typo');
    expect(g.message).toBe('MASSMNUC is MASS and MNUC glued together, and the TAGS line lists them already: remove MASSMNUC.');
    expect(applyEdits(glued, g.fix!.edits)).toBe(makeCable({ tags: 'TAGS MASS, MNUC, BR' }));
    // KDEMAF beside KDEM and AF is no glued pair but a code of its own, whose meaning no source gives (09KABUL4150).
    const kdemaf = makeCable({ tags: 'TAGS KDEM, PGOV, PINR, KDEMAF, AF' });
    expect(only(kdemaf, 'tag-typo')).toEqual([]);
    expect(only(kdemaf, 'tag-unknown').map((f) => f.message)).toEqual(['KDEMAF is not in the bundled TAGS tables: a tag in use (on 1 cable of the published corpus) whose meaning no source at hand gives.']);
    const half = makeCable({ tags: 'TAGS: PHUM, PHUMPGOV, TU' });
    const [h] = only(half, 'tag-typo');
    expect(h.message).toBe('PHUMPGOV is PHUM and PGOV glued together: write PGOV (PHUM is listed already).');
    expect(applyEdits(half, h.fix!.edits)).toBe(makeCable({ tags: 'TAGS: PHUM, PGOV, TU' }));
  });

  it('takes a first paragraph that goes on from numbered headings above it for no gap (09PESHAWAR41)', () => {
    const body = ['(U) Demonstrations', '', '¶A. Yes.', '', '(6) (S) Indigenous Terrorism', '', '¶A. Yes.', '', '(7). (S) Transnational Terrorism', '', '¶A. Yes.', '', '¶8. (U) Point of contact: the RSO.'];
    expect(only(makeCable({ body }), 'paragraph-sequence')).toEqual([]);
    // Without the heading numbered 7, the first paragraph numbered 8 is one.
    expect(only(makeCable({ body: body.filter((l) => !l.startsWith('(7)')) }), 'paragraph-sequence')[0].message).toMatch(/The first paragraph is numbered 8/);
  });

  it('asks no marking of a lead-in whose items are marked one by one (09RIYADH716)', () => {
    const body = ['¶1. Key points:', '', '-- (SBU) Holbrooke and Glaser were briefed on terror finance.', '', '-- (C) The MOI asked for more help.', '', '¶2. (C) Two.'];
    expect(only(makeCable({ body }), 'portion-missing')).toEqual([]);
    expect(only(makeCable({ body: ['¶1. Key points:', '', '-- Holbrooke and Glaser were briefed.', '', '¶2. (C) Two.'] }), 'portion-missing').map((f) => f.written)).toEqual(['¶1.']);
  });

  it('asks no marking of a paragraph left as dots, or one that only repeats the Classified By line (09LIMA1191, 09STATE100988)', () => {
    expect(only(makeCable({ body: ['¶1. ...', '', '¶2. (C) Two.'] }), 'portion-missing')).toEqual([]);
    expect(only(makeCable({ body: ['¶1. Classified by U/S Maria Otero (G). Reason: 1.4 (b) and', '(d)', '', '¶2. (U) Two.'] }), 'portion-missing')).toEqual([]);
    expect(only(makeCable({ body: ['¶1. Classified documents were discussed at length by the minister.', '', '¶2. (C) Two.'] }), 'portion-missing').map((f) => f.written)).toEqual(['¶1.']);
  });

  it('reports the words of one keyword set apart by spaces once, and words set apart by commas each (05TELAVIV1580)', () => {
    const found = only(makeCable({ tags: 'TAGS PGOV, PREL, IR, COUNTERTERRORISM, GOI EXTERNAL, POL, MIL' }), 'tag-unknown').map((f) => [f.written, f.message]);
    expect(found).toEqual([
      ['COUNTERTERRORISM', 'COUNTERTERRORISM is not a TAGS code but a free-text keyword: TAGS lists codes such as PREL, PGOV or IZ.'],
      ['GOI EXTERNAL', 'GOI EXTERNAL are not TAGS codes but free-text keywords (GOI EXTERNAL = Government of Israel, external): TAGS lists codes such as PREL, PGOV or IZ.'],
      ['POL', 'POL is not a TAGS code but a free-text keyword (POL MIL, political-military): TAGS lists codes such as PREL, PGOV or IZ.'],
      ['MIL', 'MIL is not a TAGS code but a free-text keyword (POL MIL, political-military): TAGS lists codes such as PREL, PGOV or IZ.'],
    ]);
  });

  it('says what an unknown tag is by its form, as the hover does, and whether the published cables use it (MCAP, KHLS, ZB, EREL, QQQQ)', () => {
    const found = only(makeCable({ tags: 'TAGS: PREL MCAP KHLS ZB EREL QQQQ' }), 'tag-unknown').map((f) => f.message);
    expect(found).toEqual([
      'MCAP is not in the bundled TAGS tables: a subject tag in use (on 28 cables of the published corpus) whose meaning no source at hand gives.',
      'KHLS is not in the bundled TAGS tables: a program tag (K…) in use (on 9 cables of the published corpus) whose meaning no source at hand gives.',
      'ZB is not in the bundled TAGS tables: a country tag in use (on 2 cables of the published corpus) whose meaning no source at hand gives.',
      // Codes that may be misspellings of known ones, and codes the corpus never uses, may be either.
      'EREL is not in the bundled TAGS tables: by its form a subject tag whose meaning they do not give, or a misspelling.',
      'QQQQ is not in the bundled TAGS tables: by its form a subject tag whose meaning they do not give, or a misspelling.',
    ]);
  });

  it('counts numbered titles over a rule between two paragraphs in the numbering (06VIENNA515)', () => {
    const body = ['¶4. (C) Four.', '', '¶5. WMD Proliferation Financing Issues', '----------------', '', '¶A. (C) USG Concern: x.', '', '¶6. Terrorist Financing Issues', '----------------', '', '¶A. (C) USG Concern: y.', '', '¶7. (U) Seven.'];
    expect(only(makeCable({ body: ['¶1. (C) One.', '', '¶2. (C) Two.', '', '¶3. (C) Three.', '', ...body] }), 'paragraph-sequence')).toEqual([]);
    // A title with the wrong number leaves the gap.
    const wrong = body.map((l) => l.replace('¶6. Terrorist', '¶9. Terrorist'));
    expect(only(makeCable({ body: ['¶1. (C) One.', '', '¶2. (C) Two.', '', '¶3. (C) Three.', '', ...wrong] }), 'paragraph-sequence').map((f) => f.message)).toEqual(['Paragraph 7 follows paragraph 4: paragraphs 5–6 are missing.']);
  });

  it('takes paragraphs the published text blanked out, one redaction marker a line for each, for no gap (09BAMAKO776)', () => {
    const body = (marks: string[]) => ['¶1. (S) One.', '', '¶2. (S) ATT said he believes Bouteflika wants to cooperate.', '', ...marks.flatMap((m) => [m, '']), '¶5. (S) General Ward said the United States will help.'];
    expect(only(makeCable({ banner: 'S E C R E T BAMAKO 000776', body: body(['XXXXXXXXXXXX ', 'XXXXXXXXXXXX']) }), 'paragraph-sequence')).toEqual([]);
    // One marker for two paragraphs, or a marker inside a sentence, leaves the gap.
    expect(only(makeCable({ banner: 'S E C R E T BAMAKO 000776', body: body(['XXXXXXXXXXXX']) }), 'paragraph-sequence').map((f) => f.message)).toEqual(['Paragraph 5 follows paragraph 2: paragraphs 3–4 are missing.']);
    expect(only(makeCable({ banner: 'S E C R E T BAMAKO 000776', body: body(['XXXXXXXXXXXX said so.', 'He met XXXXXXXXXXXX']) }), 'paragraph-sequence')).toHaveLength(1);
    // Nor after a paragraph blanked out but for its number, which may have taken those after it along (09PARIS848).
    expect(only(makeCable({ body: ['¶1. (C) One.', '', '¶2. XXXXXXXXXXXX', '', '¶11. (C/NF) As had his colleague, Marechaux agreed.'] }), 'paragraph-sequence')).toEqual([]);
  });

  it('renumbers a duplicate and keeps ¶ marks', () => {
    const text = makeCable({ body: ['¶1. (C) Summary: x. End Summary.', '', '¶1. (C) Again.', '', '¶2. (C) Two.'] });
    const found = only(text, 'paragraph-sequence');
    expect(found[0].message).toMatch(/Paragraph 1 appears twice/);
    expect(applyEdits(text, found[0].fix!.edits)).toBe(makeCable({ body: ['¶1. (C) Summary: x. End Summary.', '', '¶2. (C) Again.', '', '¶3. (C) Two.'] }));
  });

  it('renumbers the mentions of paragraphs with them, but not those of another cable or of a shared number', () => {
    const text = makeCable({
      body: ['1. (C) Summary: see paras 4 and 5. End Summary.', '', '2. (C) As para 4 says, and ref A para 4 too.', '', '4. (C) Four (see paragraphs 1-2).', '', '5. (C) Five, unlike para 2 of reftel.'],
      ref: 'REF: A. STATE 12345',
    });
    const [first] = only(text, 'paragraph-sequence');
    expect(first.fix!.title).toBe('Renumber paragraphs 1, 2, 3 … and 3 mentions of them');
    // Worked out when read, and the same when written out as JSON.
    expect(JSON.parse(JSON.stringify(first.fix))).toEqual({ title: first.fix!.title, edits: first.fix!.edits });
    expect(applyEdits(text, first.fix!.edits)).toBe(
      makeCable({
        body: ['1. (C) Summary: see paras 3 and 4. End Summary.', '', '2. (C) As para 3 says, and ref A para 4 too.', '', '3. (C) Four (see paragraphs 1-2).', '', '4. (C) Five, unlike para 2 of reftel.'],
        ref: 'REF: A. STATE 12345',
      }),
    );
    // Two paragraphs numbered 2: which one `para 2` means is unknown, so it stays.
    const shared = makeCable({ body: ['1. (C) One, see para 2.', '', '2. (C) Two.', '', '2. (C) Again.'] });
    expect(applyEdits(shared, only(shared, 'paragraph-sequence')[0].fix!.edits)).toBe(makeCable({ body: ['1. (C) One, see para 2.', '', '2. (C) Two.', '', '3. (C) Again.'] }));
  });

  it.each([
    ['(c)', '(C): the level is written in upper case.'],
    ['( C )', '(C): no spaces inside the parentheses or around a slash.'],
    ['(S-NF)', '(S/NF): a slash, not a hyphen, comes before a caveat.'],
    ['(S/Rel UK)', '(S/REL UK): caveats are written in upper case.'],
    ['(SECRET//REL CHINA)', '(S//REL CHINA): the level is abbreviated (S, not SECRET).'],
    ['( s/NF)', '(S/NF): the level is written in upper case; no spaces inside the parentheses or around a slash.'],
    ['(S-NF/REL UK)', '(S/NF/REL UK): a slash, not a hyphen, comes before a caveat.'],
  ])('says what is wrong with %s', (written, said) => {
    const text = makeCable({ banner: 'S E C R E T ANKARA 000348', captions: ['SIPDIS', 'NOFORN'], body: ['1. (S) One.', '', `2. ${written} Two.`] });
    expect(only(text, 'portion-malformed').map((f) => f.message)).toEqual([`${written} should be written ${said}`]);
  });

  it('takes a paragraph blanked out whole in the published text (09BERLIN1108: ¶3. xxxxxxxxxxxx) for no missing marking', () => {
    const text = makeCable({ body: ['¶1. (C) Summary: x. End Summary.', '', '¶2. xxxxxxxxxxxx', '', '¶3. XXXXXXXXXXXX said nothing.'] });
    expect(only(text, 'portion-missing').map((f) => f.written)).toEqual(['¶3.']);
  });

  it('takes a paragraph the published text removed ([DETAILS REMOVED], 08RPODUBAI49) for no missing marking', () => {
    const text = makeCable({ body: ['¶6. (C) Six.', '', '¶7. [DETAILS REMOVED]', '', '¶8. Eight.'] });
    expect(only(text, 'portion-missing').map((f) => f.written)).toEqual(['¶8.']);
  });

  it('does not ask telegrams under E.O. 11652 (7575LIBREVILLE1895) for portion marks, but later ones', () => {
    expect(only(makeCable({ eo: 'E.O. 11652: NGDS', body: ['¶1. PRESIDENT BONGO SAID SO.', '', '¶2. HE LEFT.'] }), 'portion-missing')).toEqual([]);
    expect(only(makeCable({ eo: 'E.O. 12065: GDS 11/18/81', body: ['¶1. PRESIDENT BONGO SAID SO.'] }), 'portion-missing')).toHaveLength(1);
  });

  it('does not judge over-classification on a text known to be incomplete (05ANKARA3199)', () => {
    const body = ['1. (C) One.', '', '2. (U) Two.'];
    const secret = 'S E C R E T SECTION 01 OF 02 ANKARA 003199';
    expect(only(makeCable({ banner: secret, body }), 'banner-exceeds-portions')).toEqual([]);
    expect(only(makeCable({ banner: 'S E C R E T ANKARA 003199', body }), 'banner-exceeds-portions')).toHaveLength(1);
    const extract = ['This record is a partial extract of the original cable. The full text of the original cable is not available.', ''];
    expect(only(makeCable({ preamble: extract, banner: 'S E C R E T ANKARA 003199', body }), 'banner-exceeds-portions')).toEqual([]);
  });

  it('accepts REL TO markings and the ENTIRE TEXT convention of older cables', () => {
    expect(only(makeCable({ ...SECRET, body: ['1. (S//REL TO USA, FVEY) Shared.', '', '2. (S) Two.'] }), 'portion-missing')).toEqual([]);
    expect(only(makeCable({ body: ['1. CONFIDENTIAL - ENTIRE TEXT.', '', '2. Unmarked but covered.'] }), 'portion-missing')).toEqual([]);
  });

  it('finds an old-style Classified By inside the first paragraph', () => {
    const text = makeCable({ classifiedBy: null, body: ['1. (U) CLASSIFIED BY ROBERT P. FINN, DEPUTY CHIEF OF MISSION. REASON: 1.5 (D)', '', '2. (C) Text.'] });
    expect(only(text, 'classified-by-missing')).toEqual([]);
    expect(parseCable(text).classifiedBy?.reasons.map((r) => r.letter)).toEqual(['d']);
  });

  it('dates reason-section-outdated by the DECL date when the text has no DTG, and says so', () => {
    const text = makeCable({ preamble: [], classifiedBy: 'Classified By: A/S Elizabeth Jones for Reasons 1.5 (b&d)' });
    expect(only(text, 'reason-section-outdated')[0].message).toMatch(/about 2004 \(judging by its DECL date\)/);
  });

  it('reads a classification line below the top banner (`SECRET//NOFORN`, as in 09STATE119085) as the cable\'s caveats', () => {
    const body = ['1. (S/NF) Summary: x. End Summary.', '', '2. (S) Two.', '', 'S E C R E T SECTION 02 OF 02 STATE 119085', '', '3. (S//NF) Three.'];
    for (const line of ['SECRET//NOFORN', 'SECRET/NOFORN', 'SECRET NOFORN']) {
      const text = makeCable({ banner: 'S E C R E T SECTION 01 OF 02 STATE 119085', captions: [line, '', 'SIPDIS'], body });
      const cable = parseCable(text);
      expect(cable.classification).toEqual({ level: 'SECRET', caveats: ['NOFORN'] });
      expect(only(text, 'banner-inconsistent')).toEqual([]);
      expect(only(text, 'portion-caveat-not-in-banner')).toEqual([]);
    }
    // Without that line, the NOFORN portions are errors; a line at another level, or one in the body, still disagrees.
    const bare = makeCable({ banner: 'S E C R E T SECTION 01 OF 02 STATE 119085', body });
    expect(parseCable(bare).classification.caveats).toEqual([]);
    // Once, at the first of them, with the count of the others: one caption fixes them all.
    expect(only(bare, 'portion-caveat-not-in-banner').map((f) => [f.written, f.message.split(' but ')[0]])).toEqual([['(S/NF)', '(S/NF) is NOFORN, as is one more portion,']]);
    const other = makeCable({ banner: 'S E C R E T SECTION 01 OF 02 STATE 119085', captions: ['CONFIDENTIAL//NOFORN', '', 'SIPDIS'], body });
    expect(only(other, 'banner-inconsistent').map((f) => f.line)).toEqual([lineOf(other, 'CONFIDENTIAL//NOFORN')]);
    expect(parseCable(other).classification.caveats).toEqual([]);
    const inBody = makeCable({ banner: 'S E C R E T SECTION 01 OF 02 STATE 119085', body: [...body.slice(0, 4), 'S E C R E T//NOFORN SECTION 02 OF 02 STATE 119085', '', '3. (S) Three.'] });
    expect(only(inBody, 'banner-inconsistent')).toHaveLength(1);
  });

  it('inserts the section before reason letters given without it, by the cable\'s date; a derived classification needs none', () => {
    const text = makeCable({ classifiedBy: 'Classified By: D/Ambassador Ricciardone; Reasons ( b) and (d)' });
    const [found] = only(text, 'reason-missing');
    expect(found.message).toBe('The reasons (b), (d) are given without their section: write "1.4 (b), (d)" (section 1.4 of the order in force on the cable\'s date).');
    expect(applyEdits(text, found.fix!.edits)).toBe(makeCable({ classifiedBy: 'Classified By: D/Ambassador Ricciardone; Reasons 1.4 ( b) and (d)' }));
    // A cable of 2002, before E.O. 13292 renumbered the section.
    const earlier = makeCable({ preamble: ['VZCZCXRO1234', 'O 010549Z MAR 02', 'FM AMEMBASSY ANKARA', 'TO RUEHC/SECSTATE WASHDC IMMEDIATE 1234', ''], classifiedBy: 'Classified By: CDA Tom Kelly for reasons b, d.' });
    expect(applyEdits(earlier, only(earlier, 'reason-missing')[0].fix!.edits)).toContain('for reasons 1.5 b, d.');
    expect(only(makeCable({ classifiedBy: 'Classified By: Derived from Multiple Sources' }), 'reason-missing')).toEqual([]);
    expect(only(makeCable({ classifiedBy: 'Classified By: Ambassador Eric Edelman.' }), 'reason-missing')[0].message).toMatch(/Classified By gives no reason/);
  });

  it('takes a DECL value blanked out with X\'s in the published text (09BEIJING1336) for no error', () => {
    expect(only(makeCable({ eo: 'EO 12958 XXXXXXXXXXXXX' }), 'decl-invalid')).toEqual([]);
    expect(only(makeCable({ eo: 'EO 12958 XXX' }), 'decl-invalid')).toHaveLength(1);
    // A downgrading instruction in place of DECL (06CARACAS219) is no invalid DECL value; a bad date in it is.
    expect(only(makeCable({ eo: 'E.O. 12958: DNG: CO 01/26/2021' }), 'decl-invalid')).toEqual([]);
    expect(only(makeCable({ eo: 'E.O. 12958: DNG: CO 13/26/2021' }), 'decl-invalid')).toHaveLength(1);
  });

  it("takes a later review's stamp for no anachronism (72TEHRAN4789: DECLASSIFIED … E.O. 12958 AS AMENDED)", () => {
    const stamped = makeCable({ preamble: ['R 100400Z AUG 72', 'FM AMEMBASSY TEHRAN', 'TO SECSTATE WASHDC 1234', ''], eo: 'E.O. 12958: AS AMENDED; DECLASSIFIED JUNE 21, 2006' });
    expect(only(stamped, 'eo-anachronism')).toEqual([]);
  });

  it('reports what the parser had to guess at or leave out (text-irregular)', () => {
    expect(only(makeCable({ preamble: ['P 321299Z JAN 04', 'FM AMEMBASSY ANKARA', ''] }), 'text-irregular').map((f) => f.message)).toEqual(['321299Z JAN 04 is not a valid date-time group']);
    expect(only(makeCable({ tags: 'TAGS: PREL TU\nTAGS: PGOV' }), 'text-irregular').map((f) => f.message)).toEqual(['A second TAGS line; the first one counts.']);
    expect(only('abc\u0000def', 'text-irregular').map((f) => f.message)).toEqual(['The text contains NUL characters: this looks like a binary file, not a cable.']);
    // Spelt in one word, the level is written in one word.
    const oneWord = makeCable({ banner: 'CONFIDENTAL BAGHDAD 000146', body: ['1. (C) Text.'] });
    const [finding] = only(oneWord, 'text-irregular');
    expect(applyEdits(oneWord, finding.fix!.edits)).toContain('\nCONFIDENTIAL BAGHDAD 000146\n');
  });

  it('runs every rule without throwing on random cable-like text', () => {
    const base = makeCable({ preamble: ROUTING_2004 });
    for (let cut = 0; cut < base.length; cut += 7) {
      const text = base.slice(0, cut) + '\n' + base.slice(cut + 3);
      lint(text);
    }
  });
});

describe('a cable with a routing header and no banner (10SANSALVADOR37)', () => {
  it('reads its SIPDIS as a caption', () => {
    const cable = parseCable(makeCable({ banner: null }));
    expect(cable.captions.map((c) => c.caption)).toEqual(['SIPDIS']);
    expect(cable.headerNotes).toEqual([]);
  });
  it('reads a banner that lost its first letter before the post (07SANAA473: E C R E T SANAA 000473)', () => {
    const cable = parseCable(makeCable({ banner: 'E C R E T SANAA 000473' }));
    expect(cable.banners[0]).toMatchObject({ level: 'SECRET', post: 'SANAA', serial: '000473' });
    expect(only(makeCable({ banner: 'E C R E T SANAA 000473' }), 'banner-missing')).toEqual([]);
  });
});

describe('portion markings of blocks with no paragraph number (09STATE127892)', () => {
  const body = ['1. (S) Talking points follow.', '', '(S/REL NATO) Begin Talking Points:', '', '-- We are committed.', '', '(C) FOR ALL ACTION POSTS -- IF ASKED', '', '-- Yes.'];
  it('are read, and checked like the markings of numbered paragraphs', () => {
    const text = makeCable({ banner: 'C O N F I D E N T I A L STATE 127892', body });
    const cable = parseCable(text);
    expect(cable.looseMarkings.map((m) => m.written)).toEqual(['(S/REL NATO)', '(C)']);
    expect(only(text, 'portion-exceeds-banner').map((f) => f.written)).toEqual(['(S)', '(S/REL NATO)']);
  });
  it("include the marking after the number of an item (09STATE6423: `1) (S/NF) BEYOND IRAN'S OVERT POLICY …`)", () => {
    const text = makeCable({ body: ['¶A. (U) FOR IRAN WATCHERS:', '', "1) (S/NF) BEYOND IRAN'S OVERT POLICY, WE LACK INFORMATION.", '', '2) (S/NF) WHO IN TEHRAN IS PUSHING IT?', '', '3) the third, unmarked.'] });
    const cable = parseCable(text);
    expect(cable.looseMarkings.map((m) => [m.written, text.slice(m.start, m.end)])).toEqual([
      ['(S/NF)', '(S/NF)'],
      ['(S/NF)', '(S/NF)'],
    ]);
    expect(only(text, 'portion-exceeds-banner').map((f) => f.line)).toEqual([lineOf(text, '1) (S/NF)'), lineOf(text, '2) (S/NF)')]);
  });
  it('include a marking under the end of a sentence with no blank line between (08RANGOON749, 09STATE131801), not a list letter', () => {
    const text = makeCable({ body: ['1. (C) The subject brought a bottle 70 mm long.', '(S) The subject claimed that no one knew.', 'The list:', '(c) A person who may have information.'] });
    const cable = parseCable(text);
    expect(cable.looseMarkings.map((m) => m.written)).toEqual(['(S)']);
    expect(only(text, 'portion-exceeds-banner').map((f) => f.written)).toEqual(['(S)']);
    expect(only(text, 'portion-malformed')).toEqual([]);
  });
  it('leave out a classification line over a quoted document, and a level written in full', () => {
    const cable = parseCable(makeCable({ body: ['1. (C) Text.', '', '(SECRET//REL CHINA)', '', '-- Point.', '', '(SECRET//REL Armenia) YOVANOVITCH'] }));
    expect(cable.looseMarkings).toEqual([]);
  });
});
