import { describe, expect, it } from 'vitest';
import { findReferenceMentions } from '../../../server/src/cable/mentions';
import { isParticipantsLead } from '../../../server/src/cable/text';
import { parseCable } from '../../../server/src/cable/parse';
import { parseClassifiedBy, parseTags, classifyDecl, findCableCitations, canonicalCableId } from '../../../server/src/cable/header';
import { matchBanner } from '../../../server/src/cable/banner';
import { matchCaptions } from '../../../server/src/cable/captions';
import { levelRank, parsePortionMarking } from '../../../server/src/cable/markings';
import { LEVELS } from '../../../server/src/cable/model';
import { joinLines, readSeed } from '../../helpers/text';
import { makeCable } from '../../helpers/cables';
import { lintCable } from '../../../server/src/cable/lint';

const reasons = (line: string) => {
  const cb = parseClassifiedBy(line, 0, /^(?:\(U\)\s*)?classified\s+by:?\s*/i.exec(line)![0].length);
  return { section: cb.reasonSection?.value ?? null, letters: cb.reasons.map((r) => r.letter).join(''), classifier: cb.classifier };
};

describe('Classified By: every reason form of marking-rules.md', () => {
  it.each([
    ['Classified By: Ambassador Wanda L. Nesbitt for Reasons 1.4 (b/d)', '1.4', 'bd', 'Ambassador Wanda L. Nesbitt'],
    ['CLASSIFIED BY: Chris Stevens, CDA, Embassy Tripoli, Dept of State. REASON: 1.4 (b), (d)', '1.4', 'bd', 'Chris Stevens, CDA, Embassy Tripoli, Dept of State'],
    ['(U) Classified by Ambassador Eric Edelman; reasons: 1.5 (b,d).', '1.5', 'bd', 'Ambassador Eric Edelman'],
    ['CLASSIFIED BY ROBERT P. FINN, DEPUTY CHIEF OF MISSION. REASON: 1.5 (D)', '1.5', 'd', 'ROBERT P. FINN, DEPUTY CHIEF OF MISSION'],
    ['Classified By: DCM X DUE TO 1,4 (C) AND (D)', '1.4', 'cd', 'DCM X'],
    ['CLASSIFIED BY DCM PSIMONS PER 1.5 (B) AND (D)', '1.5', 'bd', 'DCM PSIMONS'],
    ['Classified By: A/S Elizabeth Jones for Reasons 1.5 (b&d)', '1.5', 'bd', 'A/S Elizabeth Jones'],
    ['Classified By: Pol Chief for reasons 1.4 (b) and (d)', '1.4', 'bd', 'Pol Chief'],
    ['Classified By: Pol Chief for reasons 1.4(B), (D)', '1.4', 'bd', 'Pol Chief'],
    ['Classified By: Pol Chief for reasons 1.4 b and d', '1.4', 'bd', 'Pol Chief'],
    ['Classified By: Pol Chief for reasons 1.4 (B, D)', '1.4', 'bd', 'Pol Chief'],
    ['Classified By: Pol Chief for reasons 1.4 (A), (B) AND (D)', '1.4', 'abd', 'Pol Chief'],
    ['Classified By: Pol Chief, reasons 1.5 B,D', '1.5', 'bd', 'Pol Chief'],
    ['Classified By: Pol Chief, reasons 1.4 (b)(d)', '1.4', 'bd', 'Pol Chief'],
    ['Classified By: Ambassador William B. Wood for reasons 1.4 (b), \n(c), and (d). ', '1.4', 'bcd', 'Ambassador William B. Wood'],
    ['Classified By: Deputy Chief of Mission Philip Chicola, reasons \n1.4 (b & \nd) ', '1.4', 'bd', 'Deputy Chief of Mission Philip Chicola'],
    ['Classified By: Political Counselor Rick Mills for reasons 1.4 (B) and ( D).', '1.4', 'bd', 'Political Counselor Rick Mills'],
    ['CLASSIFIED BY: RBlau, CDA, DOS; REASON: 1.4(D) ', '1.4', 'd', 'RBlau, CDA, DOS'],
    // Slips in the section number (09BEIJING2438, 09RABAT1009, 09KABUL1892, 09STOCKHOLM194).
    ['Classified By: Political Minister Counselor Aubrey Carlson.  Reasons 1.  4 (b/d).', '1.4', 'bd', 'Political Minister Counselor Aubrey Carlson'],
    ["Classified By: Charge d'Affaires, a.i., Robert P. Jackson for reasons 1  .4 (b) and (d).", '1.4', 'bd', "Charge d'Affaires, a.i., Robert P. Jackson"],
    ['Classified By: Ambassador Karl W. Eikenberry for Reasons 1:4 b,d', '1.4', 'bd', 'Ambassador Karl W. Eikenberry'],
    ['Classified By: CDA  Robert Silverman for reasons: 1/4 (B), (D), (E), and (G)', '1.4', 'bdeg', 'CDA Robert Silverman'],
    // Letters without their section (09BUENOSAIRES853, 10KABUL436, 10KABUL503).
    ['Classified By: CDA Tom Kelly for reasons b, d.', null, 'bd', 'CDA Tom Kelly'],
    ['Classified By: D/Ambassador Ricciardone; Reasons (b) and (d)', null, 'bd', 'D/Ambassador Ricciardone'],
    ['Classified By: Acting Deputy Ambassador Joseph A. Mussomeli; Reasons ( b) and (d)', null, 'bd', 'Acting Deputy Ambassador Joseph A. Mussomeli'],
    ['Classified By: Ambassador X per a decision of the Department', null, '', 'Ambassador X'],
    ['Classified By: Amb X, reasons 1.4 (b) and (d) on 1/4/2009', '1.4', 'bd', 'Amb X'],
    // Words the line wrap of a partial extract broke (09BERLIN1176, 05PARIS7527, 06PARIS2358).
    ['Classified By: MINISTER COUNSELOR FOR POLITICAL AFFAIRS GEORGE GLASS FO\nR REASONS 1.4 (B) AND (D)', '1.4', 'bd', 'MINISTER COUNSELOR FOR POLITICAL AFFAIRS GEORGE GLASS'],
    ['Classified By: POLITICAL MINISTER COUNSELOR JOSIAH ROSENBLATT, FOR REAS\nONS 1.4 B/D', '1.4', 'bd', 'POLITICAL MINISTER COUNSELOR JOSIAH ROSENBLATT'],
    ['Classified By: Political Minister Counselor Josiah B. Rosenblatt. Reas\nons 1.4 (b), (d)', '1.4', 'bd', 'Political Minister Counselor Josiah B. Rosenblatt'],
    // A dash before the connector (09STATE127892), the keyword typed twice (07PORTAUPRINCE408).
    ['CLASSIFIED BY: ACTING EUR A/S NANCY MCELDOWNEY -FOR REASONS 1.4(B) AND (D)', '1.4', 'bd', 'ACTING EUR A/S NANCY MCELDOWNEY'],
    ['Classified By: Classified by Ambassador Janet A. Sanderson for reasons 1.4 (b) and (d)', '1.4', 'bd', 'Ambassador Janet A. Sanderson'],
    // A word a line break cut (10BERLIN128), and a line that merely ends and goes on (no cut word).
    ['Classified By: Robert A. Pollard, Minister-Counselor for Economic Affai\nrs, for Reasons 1.4 (b,d).', '1.4', 'bd', 'Robert A. Pollard, Minister-Counselor for Economic Affairs'],
    ['Classified By: Joan Polaschik, Charge d’Affaires, U.S.\nEmbassy Tripoli, for reasons 1.4 (b) and (d)', '1.4', 'bd', 'Joan Polaschik, Charge d’Affaires, U.S. Embassy Tripoli'],
    // The stop of an abbreviation at the end stays (10BRASILIA3); a sentence's goes.
    ["Classified By: Lisa Kubiske, Charge d'Affaires a.i.; Reason 1.4 (d)", '1.4', 'd', "Lisa Kubiske, Charge d'Affaires a.i."],
    ['Classified By: Ambassador Clifford M. Sobel. Reason 1.4 (d)', '1.4', 'd', 'Ambassador Clifford M. Sobel'],
  ])('%s', (line, section, letters, classifier) => {
    expect(reasons(line)).toEqual({ section, letters, classifier });
  });

  it('keeps a letter outside the valid range for the rule to judge', () => {
    expect(reasons('Classified By: X for reasons 1.4 (b) and (k)').letters).toBe('bk');
  });

  it('gives no section and no letters when the reason is missing', () => {
    expect(reasons('Classified By: Ambassador Jane Doe.')).toEqual({ section: null, letters: '', classifier: 'Ambassador Jane Doe' });
  });
});

describe('DECL values', () => {
  it.each([
    ['06/30/2014', 'date', '2014-06-30'],
    ['6/3/2014', 'date', '2014-06-03'],
    ['2014/06/30', 'date', '2014-06-30'],
    ['2014-06-30', 'date', '2014-06-30'],
    ['06/30/14', 'date', '2014-06-30'],
    ['N/A', 'n/a', null],
    ['OADR', 'oadr', null],
    ['MR', 'mr', null],
    ['TEN YEARS AFTER KOREAN UNIFICATION', 'event', null],
    ['after korean unification', 'event', null],
    ['CLOSURE OF ICTY', 'event', null],
    ['DECLASSIFIED BY NARA 09/02/2009', 'declassified', '2009-09-02'],
    ['AS AMENDED; DECLASSIFIED JUNE 21, 2006', 'declassified', '2006-06-21'],
    ['13/45/2014', 'other', null],
    ['02/30/2014', 'other', null],
    ['XXXXXXXXXXXXX', 'redacted', null],
    ['XXX', 'other', null],
    ['DNG: CO 01/26/2021', 'downgrade', '2021-01-26'],
    ['DNG: CO 13/26/2021', 'other', null],
  ])('%s is %s', (written, kind, date) => {
    const v = classifyDecl(written, 0);
    expect(v.kind).toBe(kind);
    expect(v.date).toBe(date);
    if (kind === 'other') expect(v.problem).toBeTruthy();
  });
});

describe('a downgrading instruction in place of DECL (06CARACAS219, 09USNATO464)', () => {
  it('reads the level it goes down to and the date', () => {
    expect(classifyDecl('DNG: CO 10/18/2029', 0)).toMatchObject({ kind: 'downgrade', date: '2029-10-18', downgradeTo: { written: 'CO', level: 'CONFIDENTIAL' }, problem: null });
    expect(classifyDecl('DNG: XZ 10/18/2029', 0).downgradeTo).toEqual({ written: 'XZ', level: null });
  });
  it('is the value of the E.O. line', () => {
    const cable = parseCable(makeCable({ eo: 'E.O. 12958: DNG: CO 01/26/2021' }));
    expect(cable.executiveOrder?.decl).toMatchObject({ kind: 'downgrade', written: 'DNG: CO 01/26/2021' });
  });
  it('reads a DECL keyword with a stray letter (`DECLl:`, 08ISLAMABAD3418)', () => {
    const cable = parseCable(makeCable({ eo: 'E.O. 12958: DECLl: 10/29/2018' }));
    expect(cable.executiveOrder?.decl).toMatchObject({ kind: 'date', date: '2018-10-29', written: '10/29/2018' });
  });
});

describe('banners', () => {
  it.each([
    ['C O N F I D E N T I A L SECTION 01 OF 03 TRIPOLI 000220', 'CONFIDENTIAL', [], 1, 3, 'TRIPOLI', '000220'],
    ['S E C R E T ABIDJAN 000406', 'SECRET', [], null, null, 'ABIDJAN', '000406'],
    ['UNCLAS SECTION 01 OF 02 STATE 089712', 'UNCLASSIFIED', [], 1, 2, 'STATE', '089712'],
    ['UNCLAS STATE 089712', 'UNCLASSIFIED', [], null, null, 'STATE', '089712'],
    ['SE C R E T TUNIS 000193', 'SECRET', [], null, null, 'TUNIS', '000193'],
    ['SS E C R E T SECTION 01 OF 02 PARIS 001699', 'SECRET', [], 1, 2, 'PARIS', '001699'],
    ['C o n f i d e n t i a l section 01 of 04 ankara 000348', 'CONFIDENTIAL', [], 1, 4, 'ankara', '000348'],
    ['S E C R E T//NOFORN BAGHDAD 000123', 'SECRET', ['NOFORN'], null, null, 'BAGHDAD', '000123'],
    ['UNCLAS SENSITIVE SECTION 01 OF 02 RIO DE JANEIRO 001242', 'UNCLASSIFIED', ['SBU'], 1, 2, 'RIO DE JANEIRO', '001242'],
    ['LIMITED OFFICIAL USE STATE 017976', 'LIMITED OFFICIAL USE', [], null, null, 'STATE', '017976'],
    ['T O P S E C R E T STATE 000001', 'TOP SECRET', [], null, null, 'STATE', '000001'],
    ['CONFIDENTIAL', 'CONFIDENTIAL', [], null, null, null, null],
  ])('%s', (line, level, caveats, n, total, post, serial) => {
    const b = matchBanner(line)!;
    expect(b).not.toBeNull();
    expect(b.level).toBe(level);
    expect(b.caveats).toEqual(caveats);
    expect(b.section?.number ?? null).toBe(n);
    expect(b.section?.total ?? null).toBe(total);
    expect(b.post).toBe(post);
    expect(b.serial).toBe(serial);
  });

  it('does not take prose for a banner', () => {
    expect(matchBanner('SECRETARY RICE MET THE MINISTER')).toBeNull();
    expect(matchBanner('Confidentiality was promised')).toBeNull();
  });
});

describe('portion markings', () => {
  it.each([
    ['(C)', 'CONFIDENTIAL', [], '(C)', false],
    ['(S//NF)', 'SECRET', ['NOFORN'], '(S//NF)', false],
    ['(S/NF)', 'SECRET', ['NOFORN'], '(S/NF)', false],
    ['(SBU)', 'UNCLASSIFIED', ['SBU'], '(SBU)', false],
    ['(SBU/NF)', 'UNCLASSIFIED', ['SBU', 'NOFORN'], '(SBU/NF)', false],
    ['(U//FOUO)', 'UNCLASSIFIED', ['FOUO'], '(U//FOUO)', false],
    ['(C/NOFORN)', 'CONFIDENTIAL', ['NOFORN'], '(C/NOFORN)', false],
    ['(S//FGI//NF)', 'SECRET', ['FGI', 'NOFORN'], '(S//FGI//NF)', false],
    ['(TS)', 'TOP SECRET', [], '(TS)', false],
    ['(c)', 'CONFIDENTIAL', [], '(C)', true],
    ['( C )', 'CONFIDENTIAL', [], '(C)', true],
    ['C)', 'CONFIDENTIAL', [], '(C)', true],
    ['(S//nf)', 'SECRET', ['NOFORN'], '(S//NF)', true],
    ['(S-NF)', 'SECRET', ['NOFORN'], '(S/NF)', true],
    ['(S//REL TO USA, FVEY)', 'SECRET', ['REL TO USA, FVEY'], '(S//REL TO USA, FVEY)', false],
    ['(S/Rel UK)', 'SECRET', ['REL UK'], '(S/REL UK)', true],
    ['(C - ENTIRE TEXT)', 'CONFIDENTIAL', [], '(C - ENTIRE TEXT)', false],
    ['(CONFIDENTIAL-ENTIRE TEXT)', 'CONFIDENTIAL', [], '(C - ENTIRE TEXT)', false],
    ['(c - entire text)', 'CONFIDENTIAL', [], '(C - ENTIRE TEXT)', true],
    ['(S//Rel NATO, ISAF)', 'SECRET', ['REL NATO, ISAF'], '(S//REL NATO, ISAF)', true],
    ['(S//REL to USA, ACGU)', 'SECRET', ['REL TO USA, ACGU'], '(S//REL TO USA, ACGU)', true],
    ['(SECRET//REL CHINA)', 'SECRET', ['REL CHINA'], '(S//REL CHINA)', true],
    ['(CONFIDENTIAL//NF)', 'CONFIDENTIAL', ['NOFORN'], '(C//NF)', true],
    ['(TOP SECRET//NF)', 'TOP SECRET', ['NOFORN'], '(TS//NF)', true],
  ])('%s', (written, level, caveats, normalized, malformed) => {
    const p = parsePortionMarking(written, 0)!;
    expect(p).toMatchObject({ recognized: true, level, caveats, normalized, malformed });
  });

  it.each(['(N/SF)', '(X)', '(SNF)', '(/Rel UK)'])('%s is a marking nobody recognises', (written) => {
    expect(parsePortionMarking(written, 0)).toMatchObject({ recognized: false, level: null, normalized: null });
  });

  it.each(['(Begin text)', '(Note: see below)', '(1)', '(SECRET)', '(BACKGROUND)', '(Confidential)'])('%s is not a marking', (written) => {
    expect(parsePortionMarking(written, 0)).toBeNull();
  });
});

describe('the marking of the subject line', () => {
  const subject = (...lines: string[]) => {
    const text = joinLines('SECRET STATE 004134', '', ...lines, '', 'Classified By: X for reasons 1.4 (b).', '', '¶1. (U) One.');
    const cable = parseCable(text);
    return { title: cable.subjectLine?.text, marking: cable.subjectLine?.portion?.written ?? null, malformed: lintCable(cable, text).filter((f) => f.code === 'portion-malformed').length };
  };
  it('is read at the end of the line too, and not kept in the title (09STATE68250, 09STATE122950)', () => {
    expect(subject("Subject: german test chamber sold by chinese subsidiary to", "iran's dio (s)")).toEqual({ title: "german test chamber sold by chinese subsidiary to iran's dio", marking: '(s)', malformed: 0 });
    expect(subject('SUBJECT: IRAN USING INTERMEDIARIES TO PROCURE TEST EQUIPMENT (S)')).toEqual({ title: 'IRAN USING INTERMEDIARIES TO PROCURE TEST EQUIPMENT', marking: '(S)', malformed: 0 });
    // Words in parentheses are no marking.
    expect(subject('SUBJECT: TALKS WITH THE ISLAMIC REPUBLIC (IRI)').marking).toBeNull();
  });
  it('written in lower case in a subject the published copy lower-cased is no marking written wrongly, but in capitals it is (08BERLIN643)', () => {
    expect(subject('Subject: (s) germany requests information concerning').malformed).toBe(0);
    expect(subject('SUBJECT: (s) GERMANY REQUESTS INFORMATION').malformed).toBe(1);
  });
});

describe('TAGS', () => {
  const codes = (text: string) => parseTags(text, 0).map((t) => `${t.code}:${t.kind}`);
  it('splits commas and spaces, upper-casing lower-cased extracts', () => {
    expect(codes('prel, pgov, pins, tu')).toEqual(['PREL:subject', 'PGOV:subject', 'PINS:subject', 'TU:country']);
  });
  it('gives a misspelt tag the kind of the tag it stands for (RU for RS, 09TELAVIV2500; MOPPS for MOPS; IRAJ for IR AJ)', () => {
    expect(codes('PREL RU MOPPS IRAJ QQ')).toEqual(['PREL:subject', 'RU:country', 'MOPPS:subject', 'IRAJ:country', 'QQ:unknown']);
  });
  it('reads person tags in parentheses', () => {
    expect(codes('OVIP (CLINTON, HILLARY), PGOV, KDEV')).toEqual(['OVIP:subject', 'CLINTON, HILLARY:person', 'PGOV:subject', 'KDEV:program']);
  });
  it('reads the [PREL](#) residue', () => {
    const tags = parseTags('[PREL](#) [IZ](#)', 100);
    expect(tags.map((t) => [t.code, t.start, t.end])).toEqual([
      ['PREL', 101, 105],
      ['IZ', 111, 113],
    ]);
  });
  it('follows a wrapped TAGS line until SUBJECT', () => {
    const cable = parseCable(joinLines('S E C R E T STATE 000001', '', 'E.O. 12958: DECL: 01/01/2019', 'TAGS: PREL PGOV KJUS', 'VE, CO', 'SUBJECT: TEST', '', '1. (S) Text.'));
    expect(cable.tags.map((t) => t.code)).toEqual(['PREL', 'PGOV', 'KJUS', 'VE', 'CO']);
    expect(cable.subject).toBe('TEST');
  });
});

describe('REF lists', () => {
  const refs = (line: string, year = 2008) =>
    parseCable(joinLines('C O N F I D E N T I A L STATE 300123', '', 'E.O. 12958: DECL: 01/01/2018', 'TAGS: PREL', 'SUBJECT: X', line, '', '1. (C) Text.'), {
      fileName: `${String(year).slice(2)}STATE300123.txt`,
    }).references?.references ?? [];
  it('reads the letter of an entry written with a colon (REF A: STATE 120288, 10STATE9124), which the text then names', () => {
    expect(refs('REF A: STATE 120288', 2010).map((r) => [r.letter, r.canonicalId])).toEqual([['A', '10STATE120288']]);
    const text = joinLines('C O N F I D E N T I A L STATE 009124', '', 'E.O. 12958: DECL: 01/01/2020', 'TAGS: PREL', 'SUBJECT: X', '', 'REF A: STATE 120288', '', '1. (C) Iran rejected the terms of the proposal (REF A).');
    const cable = parseCable(text);
    expect(findReferenceMentions(cable, text, cable.header!.end, text.length).map((m) => text.slice(m.start, m.end))).toEqual(['A']);
  });
  it('sets apart entries a semicolon divides when one of them is no cable (66BUENOSAIRES2481, 10BRASILIA3)', () => {
    expect(refs('REF: STATE 106206 CIRCULAR; STATE CA-3400 NOV 2, 1966', 1966).map((r) => [r.written, r.canonicalId])).toEqual([
      ['STATE 106206 CIRCULAR', '66STATE106206'],
      ['STATE CA-3400 NOV 2, 1966', null],
    ]);
    // Cables only: one entry each, as before.
    expect(refs('REF: BRASILIA 347; BRASILIA 278').map((r) => r.canonicalId)).toEqual(['08BRASILIA347', '08BRASILIA278']);
  });
  it('sets apart an airgram and a cable a colon divides (72TEHRAN4789), and nothing else a colon divides', () => {
    expect(refs("REF: TEHRAN'S A-077 OF MAY 15, 1972: TEHRAN 3312", 1972).map((r) => [r.written, r.canonicalId])).toEqual([
      ["TEHRAN'S A-077 OF MAY 15, 1972", null],
      ['TEHRAN 3312', '72TEHRAN3312'],
    ]);
    expect(refs('REF: STATE 1234 (NOTAL): PARA 5', 2008).map((r) => [r.written, r.canonicalId])).toEqual([['STATE 1234 (NOTAL): PARA 5', '08STATE1234']]);
  });
  it('dates an entry of the same post with a serial above the own one of the cable to the year before (10PARIS58 cites PARIS 1714)', () => {
    const cable = parseCable(readSeed('10PARIS58.txt'));
    expect(cable.referenceId).toBe('10PARIS58');
    expect(cable.references!.references.map((r) => r.canonicalId)).toContain('09PARIS1714');
    // Other posts, and serials below the cable's own, keep the cable's year.
    expect(refs('REF: A. STATE 300100 B. STATE 300200 C. PARIS 400000').map((x) => x.canonicalId)).toEqual(['08STATE300100', '07STATE300200', '08PARIS400000']);
  });
  it('reads lettered references with years', () => {
    const r = refs('REF: A. 99 PRETORIA 12315  B. 00 CAPE TOWN 2150  C. PRETORIA 425');
    expect(r.map((x) => [x.letter, x.origin, x.serial, x.canonicalId])).toEqual([
      ['A', 'PRETORIA', '12315', '99PRETORIA12315'],
      ['B', 'CAPE TOWN', '2150', '00CAPETOWN2150'],
      ['C', 'PRETORIA', '425', '08PRETORIA425'],
    ]);
  });
  it('reads on past a letter out of sequence (09STATE81957: C. STATE 112304 / ¶B. D. STATE 32213 E. …)', () => {
    const cable = parseCable(readSeed('09STATE81957.txt'));
    expect(cable.references!.references.map((r) => [r.letter, r.written, r.canonicalId])).toEqual([
      // Serials above this cable's own (STATE 81957 of 2009): cables of 2008.
      ['A', 'A. A. STATE 152989', '08STATE152989'],
      ['B', 'B. STATE 100646', '08STATE100646'],
      ['C', 'C. STATE 112304', '08STATE112304'],
      ['D', 'D. STATE 32213', '09STATE32213'],
      ['E', 'E. STATE 33076', '09STATE33076'],
      ['F', 'F. STATE 27306', '09STATE27306'],
    ]);
    // SENSITIVE here is the caption the correction took off: no caption, and no SBU in the classification.
    expect(cable.captions.map((c) => c.caption)).toEqual(['NOFORN', 'SIPDIS']);
    expect(cable.headerNotes.map((n) => n.text)).toEqual(['C O R R E C T E D COPY CAPTION AND REMOVING CLASSIFICATION SENSITIVE']);
    expect(cable.classification).toEqual({ level: 'SECRET', caveats: ['NOFORN'] });
  });
  it('reads a year written in full (06MOSCOW5740: A. 2005 MOSCOW 14734)', () => {
    const r = refs('REF: A. 2005 MOSCOW 14734 B. MOSCOW 5000 C. 2009 STATE 122247', 2006);
    expect(r.map((x) => [x.letter, x.year, x.canonicalId])).toEqual([
      ['A', 2005, '05MOSCOW14734'],
      ['B', null, '06MOSCOW5000'],
      ['C', 2009, '09STATE122247'],
    ]);
    // A number that is no year stays out of the citation.
    expect(refs('REF: A. 1234 MOSCOW 14734', 2006).map((x) => x.canonicalId)).toEqual(['06MOSCOW14734']);
  });
  it('reads A) B) letters and non-cable references', () => {
    const r = refs('REF: A) MADRID 3552 B) BRUSSELS 4080 C) SAINZ E-MAIL OF 10/6 D) STATE 215870');
    expect(r.map((x) => [x.letter, x.canonicalId])).toEqual([
      ['A', '08MADRID3552'],
      ['B', '08BRUSSELS4080'],
      ['C', null],
      ['D', '08STATE215870'],
    ]);
  });
  it('reads references run on after Classified By, a letter with the year right after its parenthesis (09BRASILIA1383)', () => {
    const text = joinLines(
      'S E C R E T SECTION 01 OF 05 BRASILIA 001383',
      '',
      'E.O. 12958: DECL: 011/2/2019',
      'TAGS: ENRG ECON KSEC EINV PREL BR',
      '',
      "SUBJECT: BRAZIL: BLACKOUT -CAUSES AND IMPLICATIONS Classified By: Charge d'Affaires Cherie Jackson, Reasons 1.4 (b) and (d). REFTELS: A) 2008 BRASILIA 672, B) 2008 BRASILIA 593, C)2008 SAO PAULO 260 ",
      '',
      '¶1. (S)SUMMARY: On November 10 at 22:13, Brazil experienced a blackout.',
    );
    const cable = parseCable(text);
    expect(cable.classifiedBy).toMatchObject({ classifier: "Charge d'Affaires Cherie Jackson", reasonSection: { value: '1.4' } });
    expect(cable.classifiedBy!.reasons.map((r) => r.letter)).toEqual(['b', 'd']);
    expect(cable.references!.references.map((r) => [r.letter, r.canonicalId])).toEqual([
      ['A', '08BRASILIA672'],
      ['B', '08BRASILIA593'],
      ['C', '08SAOPAULO260'],
    ]);
  });
  it('reads a list set apart by semicolons entry by entry, with one-digit serials and two cables typed in one entry (10CARACAS69)', () => {
    const r = refs('REF: 10 CARACAS 9; 09 CARACAS 1374; 10 CARACAS 27; 10 CARACAS 39 10 CARACAS 35; 10 CARACAS 5');
    expect(r.map((x) => x.canonicalId)).toEqual(['10CARACAS9', '09CARACAS1374', '10CARACAS27', '10CARACAS39', '10CARACAS35', '10CARACAS5']);
  });
  it('reads a letter with nothing after it at the start of a line, after the first (09KUALALUMPUR752)', () => {
    const cable = parseCable(makeCable({ ref: 'REF: A. SECSTATE 90063\nB KUALA LUMPUR 739' }));
    expect(cable.references!.references.map((x) => [x.letter, x.canonicalId])).toEqual([
      ['A', '03STATE90063'],
      ['B', '04KUALALUMPUR739'],
    ]);
    // Not a capital that starts a line of text in a list with no letters.
    const plain = parseCable(makeCable({ ref: 'REF: STATE 90063 AND\nA MEETING WITH THE MINISTER' }));
    expect(plain.references!.references.map((x) => x.letter)).toEqual([null]);
  });
  it('reads unlettered lists and skips words that are not posts', () => {
    const r = refs('REF: STATE 297614 AND PREVIOUS 03 RANGOON 1427');
    expect(r.map((x) => x.canonicalId)).toEqual(['08STATE297614', '03RANGOON1427']);
  });
  it('ends a REF list at a line that opens with a portion marking, but not at a (C) that follows a (B)', () => {
    const cable = (...lines: string[]) => parseCable(joinLines('U N C L A S KUALA LUMPUR 000317', '', 'SUBJECT: DEMARCHE', ...lines, '', 'KEITH'), { fileName: '08KUALALUMPUR317.txt' });
    const text = joinLines('U N C L A S KUALA LUMPUR 000317', '', 'SUBJECT: DEMARCHE', 'REF: STATE 40380', ' (SBU) Poloff delivered reftel demarche and nonpaper to the MFA.', '', 'KEITH');
    const first = cable('REF: STATE 40380', ' (SBU) Poloff delivered reftel demarche and nonpaper to the MFA.');
    expect(first.references?.references.map((r) => r.written)).toEqual(['STATE 40380']);
    expect(first.header!.end).toBeLessThan(text.indexOf('(SBU)'));
    const lettered = cable('REF: (A) STATE 123', '(B) PARIS 456', '(C) ROME 789');
    expect(lettered.references?.references.map((r) => r.written)).toEqual(['(A) STATE 123', '(B) PARIS 456', '(C) ROME 789']);
  });
  it('leaves a page line out of a REF list that runs onto the next page (08PARIS1501)', () => {
    const text = readSeed('08PARIS1501.txt');
    const cable = parseCable(text);
    expect(cable.references?.references.map((r) => r.written)).toEqual(['A. 05 PARIS 5459', '¶B. 06 PARIS 5733']);
    expect(cable.pageLines[0]).toMatchObject({ post: 'PARIS', serial: '00001501', page: '001.2', pages: '006' });
    expect(cable.classifiedBy?.classifier).toBe('Political Minister-Counselor Kathleen Allegrone');
  });
  it('finds citations in running text', () => {
    expect(findCableCitations('as reported in 08 STATE 12345 and BOGOTA 2239.', 0).map((c) => c.written)).toEqual(['08 STATE 12345', 'BOGOTA 2239']);
    expect(canonicalCableId(2008, 'STATE', '012345')).toBe('08STATE12345');
  });
  it('reads in a lettered entry a serial of one digit, or one on the line under its post; no intelligence report (09STATE28302, 09BAKU175, 06CARACAS219)', () => {
    const refs = (...lines: string[]) => parseCable(joinLines('SECRET STATE 000001', '', 'SUBJECT: X', ...lines, '', '1. (S) One.')).references?.references.map((r) => r.canonicalId ?? r.written);
    expect(refs('REF: A. 09 ANKARA 3', '¶B. 09 ANKARA 126')).toEqual(['09ANKARA3', '09ANKARA126']);
    expect(refs('REF: A) 09 BAKU 139 B) 09 BAKU 132 C) 09 BAKU 80 D) 2008 BAKU', '     917')).toEqual(['09BAKU139', '09BAKU132', '09BAKU80', '08BAKU917']);
    expect(refs('REF: A. 09 STATE 1234 B. IIR 6 902 9698 06')).toEqual(['09STATE1234', 'B. IIR 6 902 9698 06']);
    // Not in running text: `ANKARA 3` there is no citation.
    expect(findCableCitations('as he told ANKARA 3 times', 0)).toEqual([]);
  });
  it('leaves a passing instruction run on after the list out of its last entry: a note of the header (09STATE15113)', () => {
    const cable = parseCable(joinLines('S E C R E T STATE 015113', '', 'SUBJECT: X', '', 'REF: 09 STATE 6461  PLEASE PASS TO RSO, POLOFF, ECON, and MANAGEMENT (GSO and IT).  Classified by S/CT DAS, Susan F. Burk, Reasons: 1.4 (b) and (d)', '', '¶1. (U) One.'));
    expect(cable.references?.references.map((r) => [r.written, r.canonicalId])).toEqual([['09 STATE 6461', '09STATE6461']]);
    expect(cable.headerNotes.map((n) => n.text)).toEqual(['PLEASE PASS TO RSO, POLOFF, ECON, and MANAGEMENT (GSO and IT).']);
    expect(cable.classifiedBy?.classifier).toBe('S/CT DAS, Susan F. Burk');
  });
  it('reads a year in parentheses before the post (09SAOPAULO660) or glued to it (10RIYADH184), and no year in a number that stands apart', () => {
    const refs = (line: string) => parseCable(joinLines('UNCLASSIFIED SAO PAULO 000660', '', 'SUBJECT: X', line, '', '1. (U) One.')).references?.references.map((r) => [r.year, r.origin, r.serial]);
    expect(refs('REF: 09 BRASILIA 1250; 09 RECIFE 66; (08) SAO PAULO 581')).toEqual([
      [2009, 'BRASILIA', '1250'],
      [2009, 'RECIFE', '66'],
      [2008, 'SAO PAULO', '581'],
    ]);
    expect(findCableCitations('items (08), SAO PAULO 581', 0).map((c) => [c.year, c.written])).toEqual([[null, 'SAO PAULO 581']]);
    // Glued to the post, as in a cable's id (10RIYADH184).
    expect(findCableCitations('A. 09DHAHRAN 201  B. 09RIYADH 1302', 0).map((c) => [c.year, c.origin, c.serial])).toEqual([
      [9, 'DHAHRAN', '201'],
      [9, 'RIYADH', '1302'],
    ]);
  });
  it('reads the letters after the keyword written twice, and a serial a blank line below its post (05MADRID4026)', () => {
    const refs = parseCable(joinLines('UNCLASSIFIED MADRID 004026', '', 'SUBJECT: X', '', 'REF: REF (A) 05 MADRID 3785 (B) 05 MADRID 3566 (C) 05 SECSTATE', '', '36633', '', '1. Summary: One.')).references?.references;
    expect(refs?.map((r) => [r.letter, r.canonicalId])).toEqual([
      ['A', '05MADRID3785'],
      ['B', '05MADRID3566'],
      ['C', '05STATE36633'],
    ]);
  });
  it('names the cable of a post written otherwise than in its id (09RPODUBAI379, 09RIODEJANEIRO353), and no cable for a FAM volume (09STATE119085)', () => {
    expect(canonicalCableId(2008, 'SECSTATE', '1234')).toBe('08STATE1234');
    expect(canonicalCableId(2009, 'DUBAI RPO', '378')).toBe('09RPODUBAI378');
    expect(canonicalCableId(2009, 'IRPO DUBAI', '95')).toBe('09RPODUBAI95');
    expect(canonicalCableId(2009, 'RIO', '346')).toBe('09RIODEJANEIRO346');
    expect(canonicalCableId(2009, 'UNVIE', '544')).toBe('09UNVIEVIENNA544');
    const refs = (line: string) => parseCable(joinLines('UNCLASSIFIED STATE 000001', '', 'SUBJECT: X', line, '', '1. (U) One.')).references?.references.map((r) => r.canonicalId);
    expect(refs('REF: 09 DUBAI RPO 378')).toEqual(['09RPODUBAI378']);
    expect(refs('REF: A) 7 FAM 180 B) 09 STATE 30541')).toEqual([null, '09STATE30541']);
  });
});

describe('a partial extract with fields run together on one line (04ANKARA348)', () => {
  const text = joinLines(
    'This record is a partial extract of the original cable. The full text of the original cable is not available.',
    '',
    '201247Z Jan 04',
    '',
    'C o n f i d e n t i a l section 01 of 04 ankara 000348',
    '',
    'Sipdis',
    '',
    'E.o. 12958: decl: 01/07/2014 Tags: prel, pgov, pins, tu Subject: turkish p.m. Erdogan goes to washington: how strong a leader in the face of strong challenges?',
    '',
    '(U) Classified by Ambassador Eric Edelman; reasons: 1.5 (b,d).',
    '',
    '¶1. (C) Summary: P.M. Erdogan expects Washington to focus on Cyprus. End summary.',
    '',
    '¶2. (C) P.M. Erdogan appears to be riding a political high.',
  );
  const cable = parseCable(text);
  it('reads the date-time group, banner, caption and every field', () => {
    expect(cable.extractDateTimeGroup?.iso).toBe('2004-01-20T12:47:00Z');
    expect(cable.date).toBe('2004-01-20T12:47:00Z');
    expect(cable.referenceId).toBe('04ANKARA348');
    expect(cable.classification.level).toBe('CONFIDENTIAL');
    expect(cable.captions.map((c) => c.caption)).toEqual(['SIPDIS']);
    expect(cable.executiveOrder?.decl?.date).toBe('2014-01-07');
    expect(cable.tags.map((t) => t.code)).toEqual(['PREL', 'PGOV', 'PINS', 'TU']);
    expect(cable.subject).toBe('turkish p.m. Erdogan goes to washington: how strong a leader in the face of strong challenges?');
    expect(cable.classifiedBy?.reasons.map((r) => r.letter)).toEqual(['b', 'd']);
    expect(cable.paragraphs.map((p) => [p.number, p.pilcrow, p.marking])).toEqual([
      [1, true, '(C)'],
      [2, true, '(C)'],
    ]);
    expect(cable.blocks.map((b) => [b.kind, b.close !== null])).toEqual([['summary', true]]);
  });
});

describe('a full routing header (VZCZC … BT)', () => {
  const text = joinLines(
    'VZCZCXRO6140',
    'OO RUEHFL RUEHKW',
    'DE RUEHLO #1939/01 2071145',
    'ZNY CCCCC ZZH',
    'O 251145Z JUL 08',
    'FM AMEMBASSY LONDON',
    'TO RUEHC/SECSTATE WASHDC IMMEDIATE 9287',
    'INFO RUEHZL/EUROPEAN POLITICAL COLLECTIVE PRIORITY',
    'RHEHNSC/NSC WASHDC PRIORITY',
    'BT',
    '',
    'C O N F I D E N T I A L SECTION 01 OF 02 LONDON 001939 ',
    '',
    'SIPDIS ',
    'NOFORN ',
    'SENSITIVE ',
    '',
    'EO 12958 DECL: 07/25/2018 ',
    'TAGS PGOV, PREL, PINR, UK ',
    'SUBJECT: A POLITICAL BODY BLOW TO GORDON BROWN AS LABOUR ',
    'LOSES SCOTTISH BY-ELECTION',
    'REF: LONDON 1913',
    '',
    'Classified By: Political Counselor Rick Mills for reasons 1.4 (B) and ( D).',
    '',
    '¶1. (C) Summary. The Scottish National Party won. End Summary.',
    '',
    'A Political Earthquake',
    '---------------------- ',
    '',
    '¶2. (U) In what the winning candidate called a "political earthquake," Labour went down.',
    'LONDON 00001939 002 OF 002',
    'It continued after the page line.',
    '',
    '¶3. (C/NF) Comment: more. End Comment.',
    'TUTTLE',
  );
  const cable = parseCable(text);
  it('reads the routing header', () => {
    const r = cable.routing!;
    expect(r.transmissionId?.text).toBe('VZCZCXRO6140');
    expect(r.routingLine?.indicators.map((i) => i.text)).toEqual(['RUEHFL', 'RUEHKW']);
    expect(r.deLine).toMatchObject({ station: 'RUEHLO', serial: '1939/01', section: '01', dayOfYear: 207, time: '1145' });
    expect(r.securityLine?.text).toBe('ZNY CCCCC ZZH');
    expect(r.precedence?.text).toBe('O');
    expect(r.dateTimeGroup?.iso).toBe('2008-07-25T11:45:00Z');
    expect(r.from?.text).toBe('AMEMBASSY LONDON');
    expect(r.addressees.map((a) => [a.role, a.routingIndicator, a.name, a.precedence, a.messageNumber])).toEqual([
      ['TO', 'RUEHC', 'SECSTATE WASHDC', 'IMMEDIATE', '9287'],
      ['INFO', 'RUEHZL', 'EUROPEAN POLITICAL COLLECTIVE', 'PRIORITY', null],
      ['INFO', 'RHEHNSC', 'NSC WASHDC', 'PRIORITY', null],
    ]);
    expect(r.breaks).toHaveLength(1);
  });
  it('derives id, date, origin and classification with caveats from captions', () => {
    expect(cable.referenceId).toBe('08LONDON1939');
    expect(cable.date).toBe('2008-07-25T11:45:00Z');
    expect(cable.origin).toBe('AMEMBASSY LONDON');
    // SENSITIVE is a handling caption on a classified cable: SBU marks unclassified information only.
    expect(cable.classification).toEqual({ level: 'CONFIDENTIAL', caveats: ['NOFORN'] });
    expect(cable.captions.map((c) => c.caption)).toEqual(['SIPDIS', 'NOFORN', 'SENSITIVE']);
  });
  it('reads the header fields in their other spellings', () => {
    expect(cable.executiveOrder?.decl?.date).toBe('2018-07-25');
    expect(cable.tags.map((t) => t.code)).toEqual(['PGOV', 'PREL', 'PINR', 'UK']);
    expect(cable.subject).toBe('A POLITICAL BODY BLOW TO GORDON BROWN AS LABOUR LOSES SCOTTISH BY-ELECTION');
    expect(cable.references?.references.map((r) => r.canonicalId)).toEqual(['08LONDON1913']);
  });
  it('reads the body: dashed heading, page line inside a paragraph, comment, signature', () => {
    expect(cable.headings.map((h) => [h.text, h.dashed])).toEqual([['A Political Earthquake', true]]);
    expect(cable.pageLines).toMatchObject([{ post: 'LONDON', serial: '00001939', page: '002', pages: '002' }]);
    const two = cable.paragraphs[1];
    expect(text.slice(two.start, two.end)).toMatch(/continued after the page line\.$/);
    expect(cable.paragraphs.map((p) => p.marking)).toEqual(['(C)', '(U)', '(C/NF)']);
    expect(cable.blocks.map((b) => [b.kind, b.close !== null])).toEqual([
      ['summary', true],
      ['comment', true],
    ]);
    expect(cable.signature?.text).toBe('TUTTLE');
  });
});

describe('a misspelt precedence after an addressee (09BAKU179, 08BRASILIA93)', () => {
  it('is read as the precedence it stands for, not as part of the name; a post named like one stays whole', () => {
    const text = joinLines('O 121316Z MAR 09', 'FM AMEMBASSY BAKU', 'TO SECSTATE WASHDC IMMEDIATE 1234', 'INFO AMEMBASSY NEW DELHI PIORITY', 'AMEMBASSY BUENOS AIRES PRIOITY 0042', 'AMEMBASSY PRETORIA', 'AMCONSUL PRISTINA ROUTINE', '', 'S E C R E T BAKU 000179', '', 'SUBJECT: X', '', '1. (S) One.');
    expect(parseCable(text).routing?.addressees.map((a) => [a.name, a.precedence, a.messageNumber])).toEqual([
      ['SECSTATE WASHDC', 'IMMEDIATE', '1234'],
      ['AMEMBASSY NEW DELHI', 'PRIORITY', null],
      ['AMEMBASSY BUENOS AIRES', 'PRIORITY', '0042'],
      ['AMEMBASSY PRETORIA', null, null],
      ['AMCONSUL PRISTINA', 'ROUTINE', null],
    ]);
  });
});

describe('the page top of a printout run on after TO (09STATE15113)', () => {
  it('is no addressee: the addressees are on the lines under it', () => {
    const text = joinLines('P 182318Z FEB 09', 'FM SECSTATE WASHDC', 'TO PAGE 02        STATE   015113  182333Z', 'ALL DIPLOMATIC POSTS COLLECTIVE PRIORITY', 'AMEMBASSY TRIPOLI PRIORITY', '', 'S E C R E T STATE 015113', '', 'SUBJECT: X', '', '1. (S) One.');
    expect(parseCable(text).routing?.addressees.map((a) => [a.role, a.name])).toEqual([
      ['TO', 'ALL DIPLOMATIC POSTS COLLECTIVE'],
      ['TO', 'AMEMBASSY TRIPOLI'],
    ]);
  });
});

describe('a pre-2000 cable (E.O. 12356, OADR) with a two-precedence routing line', () => {
  const cable = parseCable(
    joinLines(
      'O 121758Z MAY 86',
      'FM AMEMBASSY MADRID',
      'TO SECSTATE WASHDC IMMEDIATE 8202',
      'INFO AMEMBASSY ALGIERS',
      'AMEMBASSY RABAT',
      '',
      'S E C R E T MADRID 05480 ',
      ' ',
      'E.O. 12356: DECL:  OADR ',
      'TAGS: PTER PINR PREL SP LY',
      'SUBJECT:  QADHAFI RETALIATES AGAINST SPANISH EXPULSIONS ',
      ' ',
      'REF:  A) MADRID 5426, B) MADRID 5425, C) MADRID 5418 ',
      ' ',
      '¶1.  (C) LIBYA MAY 12 RESPONDED TO FRIDAY\'S EXPULSION OF ',
      'ITS CONSUL GENERAL.',
    ),
  );
  it('reads order 12356 with OADR, the addressees and the references', () => {
    expect(cable.executiveOrder).toMatchObject({ order: '12356', decl: { kind: 'oadr' } });
    expect(cable.referenceId).toBe('86MADRID5480');
    expect(cable.routing?.addressees.map((a) => a.name)).toEqual(['SECSTATE WASHDC', 'AMEMBASSY ALGIERS', 'AMEMBASSY RABAT']);
    expect(cable.references?.references.map((r) => r.canonicalId)).toEqual(['86MADRID5426', '86MADRID5425', '86MADRID5418']);
    expect(cable.paragraphs[0]).toMatchObject({ number: 1, marking: '(C)', pilcrow: true });
  });
});

describe('paragraph numbers', () => {
  const numbers = (...lines: string[]) =>
    parseCable(joinLines('C O N F I D E N T I A L STATE 000001', '', 'TAGS: PREL', 'SUBJECT: X', '', ...lines)).paragraphs.map(
      (p) => `${p.number}${p.subLetter ?? ''}${p.mangled ? '*' : ''}:${p.marking ?? '-'}`,
    );
  it('reads 1.(C) without a space, ¶ with a space, sub-letters and a missing marking', () => {
    expect(numbers('1.(C) One.', '', '¶ 2. (S/NF) Two.', '', '2a. (SBU) Two a.', '', '3. Three.')).toEqual(['1:(C)', '2:(S/NF)', '2a:(SBU)', '3:-']);
  });
  it('reads a marking written after a short lead-in, and the summary that lead-in opens (08LONDON2556)', () => {
    expect(numbers('¶1. Summary and comment. (C) The Conservative Party met.', '', '2. (C) Two.')).toEqual(['1:(C)', '2:(C)']);
    expect(numbers('1. Summary: (C) The minister agreed. End Summary.')).toEqual(['1:(C)']);
    // Not a marking: prose in parentheses, or one too far into the line.
    expect(numbers('1. Summary: (Note) The minister agreed.')).toEqual(['1:-']);
    expect(numbers('1. The minister said at length that the talks would go on. (C) Then.')).toEqual(['1:-']);
    const cable = parseCable(readSeed('08LONDON2556.txt'));
    expect(cable.paragraphs[0].portion?.written).toBe('(C)');
    expect(cable.blocks.find((b) => b.kind === 'summary')?.line).toBe(25);
  });
  it('reads a first paragraph run on to the Classified By line, and ends the field before it (08OSLO522, 10VATICAN13)', () => {
    const inline = parseCable(
      joinLines('C O N F I D E N T I A L VATICAN 000013', '', 'TAGS: KGHG, PGOV', 'SUBJECT: X', 'CLASSIFIED BY: Julieta Valls Noyes, DCM. REASON: 1.4 (b), (d) 1. (C) Summary: The Holy See supports it.', '¶2. (C) On January 20 they met.'),
    );
    expect(inline.paragraphs.map((p) => [p.number, p.marking, p.line, p.lead])).toEqual([
      [1, '(C)', 5, 'Summary: The Holy See supports it.'],
      [2, '(C)', 6, 'On January 20 they met.'],
    ]);
    expect(inline.classifiedBy?.reasons.map((r) => r.letter).join('')).toBe('bd');
    expect(inline.header?.end).toBe(inline.paragraphs[0].start - 1);
    expect(inline.blocks.map((b) => [b.kind, b.line])).toEqual([['summary', 5]]);
    // The number and marking alone at the end of the line, the words after a blank line.
    const text = readSeed('08OSLO522.txt');
    const cable = parseCable(text);
    expect(cable.paragraphs.slice(0, 2).map((p) => [p.number, p.marking, p.line])).toEqual([
      [1, '(C)', 31],
      [2, '(C)', 38],
    ]);
    expect(cable.paragraphs[0].lead).toMatch(/^Summary: The GON decision making process/);
    expect(text.slice(cable.classifiedBy!.start, cable.classifiedBy!.end)).toBe('Classified By: Deputy Chief of Mission Kevin M. Johnson for reasons 1.4 b and d');
    expect(lintCable(cable, text).filter((f) => f.code === 'paragraph-sequence')).toEqual([]);
    // A reason section is no paragraph number.
    expect(parseCable(joinLines('C O N F I D E N T I A L STATE 000001', '', 'SUBJECT: X', 'Classified By: A. B. for reasons 1.4 (b) and (d).', '', '1. (C) One.')).paragraphs.map((p) => p.line)).toEqual([6]);
  });
  it('reads a bare C) marking', () => {
    expect(numbers('¶1. C) Summary.')).toEqual(['1:C)']);
  });
  it('does not take decimals or years for paragraph numbers', () => {
    expect(numbers('1. (C) One', '1.4 (b) and (d) are cited.', '2009. was a year.')).toEqual(['1:(C)']);
  });
  it('flags a leading 1 only where the next number was expected', () => {
    expect(numbers('1. (C) a', '2. (C) b', '13. (C) c', '14. (C) d')).toEqual(['1:(C)', '2:(C)', '3*:(C)', '4*:(C)']);
    expect(numbers('9. (C) a', '10. (C) b', '11. (C) c')).toEqual(['9:(C)', '10:(C)', '11:(C)']);
    expect(numbers('1. (C) a', '5. (C) gap')).toEqual(['1:(C)', '5:(C)']);
  });
  it('reads lettered sub-paragraphs with their own markings', () => {
    const cable = parseCable(joinLines('S E C R E T STATE 000001', '', 'TAGS: PREL', 'SUBJECT: X', '', '¶1. (S) Lead:', '', '¶A. (S/NF) first', '', 'B. (C) second'));
    expect(cable.subParagraphs.map((s) => [s.label, s.paragraphNumber, s.portion?.written])).toEqual([
      ['A', 1, '(S/NF)'],
      ['B', 1, '(C)'],
    ]);
  });
});

describe('the whole text marked in the first paragraph', () => {
  it('reads (C - ENTIRE TEXT) and then asks no marking of the other paragraphs (79TEHRAN8980)', () => {
    const text = readSeed('79TEHRAN8980.txt');
    const cable = parseCable(text);
    expect(cable.paragraphs[0].portion).toMatchObject({ written: '(C - ENTIRE TEXT)', level: 'CONFIDENTIAL', recognized: true });
    expect(lintCable(cable, text).map((f) => f.code)).not.toContain('portion-missing');
  });
});

describe('classification', () => {
  it('takes SENSITIVE for SBU on an unclassified cable only (09STATE93327, SECRET with a SENSITIVE caption)', () => {
    expect(parseCable(readSeed('09STATE93327.txt')).classification).toEqual({ level: 'SECRET', caveats: [] });
    expect(parseCable(joinLines('UNCLAS STATE 000001', '', 'SENSITIVE', 'SIPDIS', '', 'TAGS: PREL', 'SUBJECT: X', '', '1. (SBU) One.')).classification).toEqual({ level: 'UNCLASSIFIED', caveats: ['SBU'] });
  });

  it('does not call unclassified a text whose own banner is SECRET, under the header of an unclassified cable (10MEXICO614)', () => {
    const text = readSeed('10MEXICO614.txt');
    const cable = parseCable(text);
    expect(cable.classification.level).toBe('UNCLASSIFIED');
    const codes = lintCable(cable, text).map((f) => f.code);
    expect(codes).not.toContain('decl-date-unclassified');
    expect(codes).not.toContain('classified-by-unclassified');
  });
});

describe('lines that look like headings but are not', () => {
  it('reads no heading in the items of a timeline that open with their dates (08CARACAS420)', () => {
    const cable = parseCable(makeCable({ body: ['¶11. (C) Operational Timeline for the Strategic Communications', 'Plan', '', '10-25 May - 1st Phase (Site Survey)', '', '1 June-30 August-2nd Phase (centered on outlying states)', '', '1 Jan 2009-30 April 2009-3rd Phase (Caracas focused)', '', '¶12. (C) Action Request.', '', '2009 Elections', '-------------', '', '¶13. (C) Thirteen.'] }));
    expect(cable.headings.map((h) => h.text)).toEqual(['2009 Elections']);
    expect(cable.paragraphs.map((p) => [p.number, p.headingIndex])).toEqual([
      [11, null],
      [12, null],
      [13, 0],
    ]);
  });
  it('reads the signature over the tag of the web page the copy was taken from (05MADRID4026)', () => {
    const cable = parseCable(makeCable({ body: ['¶7. (U) The risk of boarding may well be', 'worth taking for the Odyssey. .', '', '', 'AGUIRRE', '', 'EPET @ EL PAÍS'], signature: null }));
    expect(cable.signature?.text).toBe('AGUIRRE');
    expect(cable.headings).toEqual([]);
  });
  it('reads no heading in a classification, declassification or downgrading line, and the signature before a footer', () => {
    expect(parseCable(readSeed('09STATE63860.txt')).headings.map((h) => h.text)).not.toContain('SECRET//FGI//NOFORN');
    expect(parseCable(readSeed('66BUENOSAIRES2481.txt')).headings.map((h) => h.text)).not.toContain('GP-3');
    expect(parseCable(readSeed('72TEHRAN1381.txt')).headings.map((h) => h.text)).not.toContain('EXEMPT');
    const ankara = parseCable(readSeed('10ANKARA302.txt'));
    expect(ankara.signature?.text).toBe('Jeffrey');
    expect(ankara.headings.map((h) => h.text)).not.toContain('Jeffrey');
  });
});

describe('a record of another cable run on after the text', () => {
  it('stops the cable before it, and says so (73TEHRAN2077, then a row of 06THEHAGUE131)', () => {
    const cable = parseCable(readSeed('73TEHRAN2077.txt'));
    expect(cable.issues.map((i) => i.code)).toEqual(['appended-record']);
    expect(cable.paragraphs).toEqual([]);
    expect(cable.subject).toBe('AUDIENCE WITH SHAH APRIL 5');
    expect(cable.tags.map((t) => t.code)).toEqual(['PFOR', 'IR', 'PK', 'XF']);
  });
  it('knows the row with its columns set apart by tabs and a time after the date (07BERN881, then a row of 07TBILISI2290)', () => {
    const row = '121752\t2007-09-11 12:50:00\t07TBILISI2290\tEmbassy Tbilisi\tUNCLASSIFIED//FOR OFFICIAL USE ONLY\t\tVZCZCXRO2290';
    const text = joinLines('S E C R E T BERN 000881', '', 'TAGS: MNUC', 'SUBJECT: X', '', '¶1. (S) One.', '', '¶2. (S) Two.', 'CARTER', '', row, '', '¶1. (U) Sensitive but unclassified.');
    const cable = parseCable(text);
    expect(cable.issues.map((i) => [i.code, i.message])).toEqual([['appended-record', expect.stringContaining('(07TBILISI2290)')]]);
    expect(cable.paragraphs.map((p) => p.number)).toEqual([1, 2]);
    // A paragraph whose first words are a date and a tab is no such row.
    expect(parseCable(joinLines('S E C R E T BERN 000881', '', 'SUBJECT: X', '', '¶1. (S) One.', '', '2007\t2007-09-11 is the date.')).issues).toEqual([]);
  });
});

describe('a line the transmission repeated with a Q before it', () => {
  it('is no part of the text: an issue whose fix deletes it (10BAGHDAD70, 14 corpus cables)', () => {
    const text = makeCable({
      body: ['5. (C) The President said in some places the Iranians move', 'what they see as laid out in the 1975 Agreement, but said', 'Qwhat they see as laid out in the 1975 Agreement, but said', 'that the Iraqis do not recognize it.', 'Qatar was not mentioned.'],
    });
    const cable = parseCable(text);
    const issues = cable.issues.filter((i) => i.code === 'line-repeated');
    expect(issues.map((i) => text.slice(i.start, i.end))).toEqual(['Qwhat they see as laid out in the 1975 Agreement, but said']);
    expect(cable.paragraphs.map((p) => p.endLine)).toEqual([text.split('\n').indexOf('Qatar was not mentioned.') + 1]);
    const finding = lintCable(cable, text).find((f) => f.code === 'text-irregular')!;
    expect(finding.message).toMatch(/repeats the line above with a Q before it/);
    const edit = finding.fix!.edits[0];
    const fixed = text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
    expect(fixed).toBe(text.replace('Qwhat they see as laid out in the 1975 Agreement, but said\n', ''));
  });
  it('is known where the line above opens a paragraph with its ¶, which the repeat leaves out (09BAGHDAD2569)', () => {
    const text = makeCable({ body: ['¶3. (S) Three.', '', '¶4. (S) Comment: Maliki,s comments regarding Iranian', 'Q4. (S) Comment: Maliki,s comments regarding Iranian', 'meddling were pointed. End comment.'] });
    const cable = parseCable(text);
    expect(cable.issues.filter((i) => i.code === 'line-repeated').map((i) => text.slice(i.start, i.end))).toEqual(['Q4. (S) Comment: Maliki,s comments regarding Iranian']);
    expect(cable.blocks.map((b) => [b.kind, b.line])).toEqual([['comment', text.split('\n').indexOf('¶4. (S) Comment: Maliki,s comments regarding Iranian') + 1]]);
  });
});

describe('separators', () => {
  it('reads headings set between rules of spaced dashes (09BRASILIA177), and the comment section among them', () => {
    const cable = parseCable(readSeed('09BRASILIA177.txt'));
    expect(cable.headings.map((h) => [h.line, h.text, h.kind])).toEqual([
      [86, 'President Lula: The Pragmatic Leftist', 'heading'],
      [114, "'Three Foreign Ministers' Make for Unhappy Diplomats", 'heading'],
      [163, 'FM Amorim: the Nationalist Leftist', 'heading'],
      [217, 'Secretary General Guimaraes: the Anti-American Leftist', 'heading'],
      [253, 'Advisor Garcia: the Academic Leftist', 'heading'],
      [294, 'Comment: Prepare for the Challenge...and the Change', 'comment'],
    ]);
    // The rule above a heading is no part of the paragraph before it.
    const p5 = cable.paragraphs.find((p) => p.number === 5)!;
    expect(p5.endLine).toBeLessThan(162);
  });

  it('reads a heading between rules of plain dashes, and no blanked-out name as one (09STATE93327)', () => {
    const headings = (...lines: string[]) => parseCable(joinLines('UNCLASSIFIED STATE 000001', '', 'TAGS: PREL', 'SUBJECT: X', '', '1. (U) One.', '', ...lines, '', '2. (U) Two.')).headings.map((h) => h.text);
    expect(headings('-------', 'SUMMARY', '-------')).toEqual(['SUMMARY']);
    expect(headings('----------', 'BACKGROUND', '----------')).toEqual(['BACKGROUND']);
    expect(parseCable(readSeed('09STATE93327.txt')).headings.map((h) => h.text)).toEqual(['Cyber Security']);
    // Not over the top rule of a boxed title either (05MADRID1317).
    expect(headings('XXXXXXXXXXXX', '=========================', 'U.S.-SPAIN RELATIONS', '=========================')).toEqual(['U.S.-SPAIN RELATIONS']);
  });

  it('takes a lone "." for a blank line, so that the dashed heading after it is one (06MOSCOW5740)', () => {
    const cable = parseCable(readSeed('06MOSCOW5740.txt'));
    expect(cable.headings.map((h) => [h.text, h.line, h.kind])).toEqual([
      ['HELPING RUSSIA BY HELPING HIMSELF', 54, 'heading'],
      ['PUTIN LISTENING, BUT WILL DECIDE ALONE', 93, 'heading'],
      ['FIVE WHO ARE THOUGHT TO BE ALIVE', 160, 'heading'],
      ['Medvedev', 185, 'heading'],
      ['Sergey Ivanov', 221, 'heading'],
      ['Yakunin', 250, 'heading'],
      ['Sobyanin', 273, 'heading'],
      ['Naryshkin', 302, 'heading'],
      ['COMMENT', 319, 'comment'],
    ]);
    // Paragraph 1 ends with END SUMMARY, before the `.`.
    expect(cable.paragraphs[0].endLine).toBe(52);
  });
});

describe('titles over running text', () => {
  it('reads a title with a blank line between it and its rule, but not a line over the rule of the next title (09BEIJING3313, 09SEOUL1400)', () => {
    const cable = parseCable(
      makeCable({
        body: ['¶6. (C) U/S Burns emphasized that the challenge in Iran required a similarly unified approach by both countries.', 'Wang Pledges Chinese Support...', '', '-------------------------------', '', '¶7. (C) Wang had high praise.', '', 'position "not too far" from the position.', '', '-------------------------------------------', 'Potemkin: Fattening Up the Reliable Relatives', '-------------------------------------------', '', '¶8. (C) Eight.', '', 'END SUMMARY', '', '-----------', '', '¶9. (C) Nine.'],
      }),
    );
    expect(cable.headings.map((h) => h.text)).toEqual(['Wang Pledges Chinese Support...', 'Potemkin: Fattening Up the Reliable Relatives']);
    expect(cable.paragraphs.map((p) => [p.number, p.headingIndex])).toEqual([
      [6, null],
      [7, 0],
      [8, 1],
      [9, 1],
    ]);
  });
  it('reads a title in two lines in capitals whose rule runs on to its second line, the paragraph right under it (09BOGOTA3441)', () => {
    const cable = parseCable(
      makeCable({ body: ['¶4. (S/NF) XXXXXXXXXXXX urged the USG to pay attention to MOD', 'dysfunctionality.', '', 'NO PROSECUTOR GENERAL FOR MONTHS, MINISTER OF', `INTERIOR & JUTICE RESIGNATION MAY BE ONLY SOLUTION ${'-'.repeat(45)} -----`, '¶5. (S/NF) XXXXXXXXXXXX said that the standoff went on.'] }),
    );
    expect(cable.headings.map((h) => h.text)).toEqual(['NO PROSECUTOR GENERAL FOR MONTHS, MINISTER OF INTERIOR & JUTICE RESIGNATION MAY BE ONLY SOLUTION']);
    expect(cable.paragraphs.map((p) => [p.number, p.endLine - p.line, p.headingIndex])).toEqual([
      [4, 1, null],
      [5, 0, 0],
    ]);
  });
  it('reads a title between double slashes right under a paragraph, with no blank line above it (05MADRID2588, 09MADRID392)', () => {
    const cable = parseCable(makeCable({ body: ['¶2. (C) Bono said he hoped the excellent', 'relations would continue at the same level.', '//BILATERAL ISSUES - CUBA, 3U COMMERCIAL DISPUTE//', '', '¶3. (C) Three.', '//COMMENT//', '¶4. (C) We think so.'] }));
    expect(cable.headings.map((h) => [h.text, h.kind])).toEqual([
      ['BILATERAL ISSUES - CUBA, 3U COMMERCIAL DISPUTE', 'heading'],
      ['COMMENT', 'comment'],
    ]);
    expect(cable.paragraphs.map((p) => [p.number, p.endLine - p.line, p.headingIndex])).toEqual([
      [2, 1, null],
      [3, 0, 0],
      [4, 0, 1],
    ]);
  });
  it('reads a title and its rule run on to the end of a paragraph\'s long line, but no closer with a rule after it (08STOCKHOLM51, 08BRASILIA1396)', () => {
    const long = 'Charge discussed the role of Sweden in Afghanistan and Kosovo with the two parliamentarians at some length in the capital.';
    const text = makeCable({ body: [`¶1. (C) ${long} End Summary. Afghanistan -----------`, '', `¶2. (C) ${long}`, '', `¶3. (C) ${long} STOCKHOLM 00000051 002 OF 002 Comment -------`, '', `¶4. (C) ${long} END SUMMARY ---------------`, '', '¶5. (C) Five.'] });
    const cable = parseCable(text);
    const lineOf = (start: string) => text.split('\n').findIndex((l) => l.startsWith(start)) + 1;
    expect(cable.headings.map((h) => [h.text, h.kind, h.line])).toEqual([
      ['Afghanistan', 'heading', lineOf('¶1.')],
      ['Comment', 'comment', lineOf('¶3.')],
    ]);
    expect(cable.paragraphs.map((p) => [p.number, p.headingIndex, text.slice(p.end - 12, p.end)])).toEqual([
      [1, null, 'End Summary.'],
      [2, 0, 'the capital.'],
      [3, 0, '1 002 OF 002'],
      [4, 1, '------------'],
      [5, 1, '5. (C) Five.'],
    ]);
    expect(cable.blocks.map((b) => [b.kind, b.line])).toContainEqual(['comment', lineOf('¶3.')]);
  });
  it('reads a title between long rules on its line, the rules no part of its length (08BRASILIA351)', () => {
    const rule = '-'.repeat(45);
    const cable = parseCable(makeCable({ body: ['¶2. (C) Two.', '', `${'-'.repeat(26)} Politico-Economic Overview ${'-'.repeat(26)}`, '', '¶3. (SBU) Three.', '', `${rule} -- Friendly Cooperation, But Not Strong Friendship ${rule} -- `, '', '¶4. (C) Four.'] }));
    expect(cable.headings.map((h) => h.text)).toEqual(['Politico-Economic Overview', 'Friendly Cooperation, But Not Strong Friendship']);
    expect(cable.paragraphs.map((p) => [p.number, p.headingIndex])).toEqual([
      [2, null],
      [3, 0],
      [4, 1],
    ]);
  });
  it('reads a title in two lines in mixed case over a rule of spaced dashes shorter than it (08MANAGUA573)', () => {
    const cable = parseCable(
      makeCable({
        body: ['¶6. (C) This appears to be borne out by', 'recent sensitive reporting.', '', '(S) Ortega Foreign Policy: Petulant Teen or Axis of Evil', 'Wannabe?', '- - - - - - - - - - - -', '', '¶7. (S/NF) As expected, it shifted.', '', 'tactics against the opposition, as they said', 'last week in the capital', '- - - - - - - -', 'and the rest.'],
      }),
    );
    expect(cable.headings.map((h) => h.text)).toEqual(['(S) Ortega Foreign Policy: Petulant Teen or Axis of Evil Wannabe?']);
    expect(cable.paragraphs.map((p) => [p.number, p.headingIndex])).toEqual([
      [6, null],
      [7, 0],
    ]);
  });
  it('reads a title set right under a paragraph run into one line, then a blank line and the next paragraph (10ABUDHABI9, 10RIYADH61)', () => {
    const long = (n: number) => `¶${n}. (S//NF) Officials from SSD and GDSS pledged that their respective organizations would follow up on the information provided by the delegation.`;
    const cable = parseCable(
      joinLines('S E C R E T ABU DHABI 000009', '', 'SUBJECT: X', '', long(1), '', long(2), 'Taliban/Haqqani Network', '', long(3), '', long(4), '(S//NF) Lashkar-e-Tayyiba and Jamaat al-Dawa al-Quran wa al-Sunna', '', long(5), 'OLSON'),
    );
    expect(cable.headings.map((h) => [h.text, h.line])).toEqual([
      ['Taliban/Haqqani Network', 8],
      ['(S//NF) Lashkar-e-Tayyiba and Jamaat al-Dawa al-Quran wa al-Sunna', 13],
    ]);
    expect(cable.paragraphs.map((p) => [p.number, p.endLine, p.headingIndex])).toEqual([
      [1, 5, null],
      [2, 7, null],
      [3, 10, 0],
      [4, 12, 0],
      [5, 15, 1],
    ]);
    // Not the last line of a paragraph: it ends its sentence, or the line above it is a line of a wrapped text.
    const ends = parseCable(joinLines('S E C R E T ABU DHABI 000009', '', 'SUBJECT: X', '', long(1), 'They met again on Sunday.', '', long(2)));
    expect(ends.headings).toEqual([]);
    const wrapped = parseCable(joinLines('S E C R E T ABU DHABI 000009', '', 'SUBJECT: X', '', '¶1. (S) Officials pledged that they would follow up.', 'Taliban and the Haqqani Network', '', long(2)));
    expect(wrapped.headings).toEqual([]);
  });
  it('reads a title in capitals right over the next paragraph where each paragraph is a line (09ASTANA677, 09ZAGREB694)', () => {
    const cable = parseCable(
      joinLines(
        'C O N F I D E N T I A L ASTANA 000677',
        '',
        'SUBJECT: KAZAKHSTAN: GOVERNMENT’S ANTI-CORRUPTION CAMPAIGN',
        'Classified By: Ambassador Richard E. Hoagland, 1.4 (b) and (d)',
        '¶1. (C) SUMMARY: The Kazakhstani authorities recently launched a well-publicized anti-corruption campaign. Few believe that any of the “biggest fish” will be affected. END SUMMARY.',
        'GOVERNMENT LAUNCHES ANTI-CORRUPTION CAMPAIGN',
        '¶2. (SBU) The Kazakhstani authorities recently launched a well-publicized anti-corruption campaign that seems to be aimed at the higher echelons.',
        '¶3. (SBU) Several high-ranking government officials were charged or prosecuted for corruption-related crimes in an earlier “wave” last year.',
        'BIG FISH OR SMALL FRY?',
        '¶4. (C) Despite the high publicity surrounding the round-up of corrupt officials, independent analysts remain skeptical of the campaign.',
        'XXXXXXXXXXXX ascribed the recent “fury of activity” to new management at the Financial Police, which was set to clean up the government.',
        'OPPOSITION LEADERS SEE EFFORTS AS “FUTILE”',
        '¶5. (C) Key opposition leaders also voiced skepticism about the efficacy of the anti-corruption efforts, calling the campaign “selective.”',
        'HOAGLAND',
      ),
    );
    expect(cable.headings.map((h) => [h.text, h.line])).toEqual([
      ['GOVERNMENT LAUNCHES ANTI-CORRUPTION CAMPAIGN', 6],
      ['BIG FISH OR SMALL FRY?', 9],
      ['OPPOSITION LEADERS SEE EFFORTS AS “FUTILE”', 12],
    ]);
    // The paragraphs above them end before them, and the ones after stand under them.
    expect(cable.paragraphs.map((p) => [p.number, p.endLine, p.headingIndex])).toEqual([
      [1, 5, null],
      [2, 7, 0],
      [3, 8, 0],
      [4, 11, 1],
      [5, 13, 2],
    ]);
    // Not a line in mixed case, nor one under a line that ends no sentence.
    const long = (n: number) => `¶${n}. (C) Officials from the ministry pledged that their respective organizations would follow up on the information provided.`;
    const heads = (...lines: string[]) => parseCable(joinLines('C O N F I D E N T I A L ZAGREB 000694', '', 'SUBJECT: X', '', ...lines)).headings;
    expect(heads(long(1), 'A New U.S. Approach', long(2))).toEqual([]);
    expect(heads(long(1).replace(/\.$/, ' and'), 'A NEW U.S. APPROACH', long(2))).toEqual([]);
  });
  it('reads a title whose first words the published text ran on to the end of the paragraph above, by the length of its rule (10SEOUL248)', () => {
    const long = 'The large-scale assistance provided to the regime by the ROK, China, the U.S., Japan and others had been intended in part to avoid a hard landing.';
    const text = joinLines(
      'C O N F I D E N T I A L SEOUL 000248',
      '',
      'SUBJECT: SUCCESSION IN NORTH KOREA',
      'Classified By: AMB D. Kathleen Stephens. Reasons 1.4 (b/d).',
      '',
      `¶1. (C) ${long} End Summary. Succession in Progress but Success in Doubt`,
      '',
      '------------------------------------------- ',
      '',
      `¶2. (C) ${long} Beijing was presumed to have significant influence over Pyongyang. China `,
      'Complicates the Endgame',
      '----------------------------- ',
      '',
      `¶3. (C) ${long} Reaching the People and Close `,
      '',
      'Cooperation are Key',
      '--------------------------------------------- ---- ',
      '',
      `¶4. (C) ${long} in winning the hearts and minds of the North Korean people. XXXXXXXXXXX STEPHENS`,
    );
    const cable = parseCable(text);
    expect(cable.headings.map((h) => [h.text, h.line])).toEqual([
      ['Succession in Progress but Success in Doubt', 6],
      ['China Complicates the Endgame', 10],
      ['Reaching the People and Close Cooperation are Key', 14],
    ]);
    // Each paragraph above stops before the title, and the one after stands under it.
    const ends = cable.paragraphs.map((p) => text.slice(p.end - 12, p.end));
    expect(ends).toEqual(['End Summary.', 'r Pyongyang.', 'ard landing.', ' XXXXXXXXXXX']);
    expect(cable.paragraphs.map((p) => [p.number, p.endLine, p.headingIndex])).toEqual([
      [1, 6, null],
      [2, 10, 0],
      [3, 14, 1],
      [4, 19, 2],
    ]);
    // The signature after a name the published copy blanked out.
    expect(cable.signature?.text).toBe('STEPHENS');
    // Not the closer of the summary above a title between rules (10LUXEMBOURG5).
    const boxed = parseCable(
      joinLines('UNCLASSIFIED LUXEMBOURG 000005', '', 'SUBJECT: X', '', `¶1. (SBU) SUMMARY: ${long} They were “hopeful.” END SUMMARY`, '', '-------------------------------------------- ', 'AUDIENCE WITH FOREIGN MINISTER', '-------------------------------------------- ', '¶2. (C) Two.'),
    );
    expect(boxed.headings.map((h) => h.text)).toEqual(['AUDIENCE WITH FOREIGN MINISTER']);
  });
  it('reads a title set directly over its text as a heading (09ANKARA1594, a cable without numbered paragraphs)', () => {
    const cable = parseCable(readSeed('09ANKARA1594.txt'));
    expect(cable.headings.map((h) => h.text).slice(0, 2)).toEqual(["Clinton's Global Partnerships to Strengthen Muslim Ties", 'Pundits Take Note of Turkey-US and Turkey-Iraq Relations']);
  });

  it('leaves names, offices, labels and lists of them alone', () => {
    const headings = (...lines: string[]) => parseCable(joinLines('UNCLASSIFIED STATE 000001', '', 'TAGS: PREL', 'SUBJECT: X', '', 'Intro line of the cable.', '', ...lines)).headings.map((h) => h.text);
    expect(headings('United States', 'Senator John Kerry', 'Ambassador Anne W. Patterson', '')).toEqual([]);
    expect(headings('Camilo Ospina, Minister of Defense', 'Acting Foreign Minister Camilo Reyes', '')).toEqual([]);
    expect(headings('Countries: Afghanistan, Austria, Burkina Faso', 'Terrorist Groups: Taliban', '')).toEqual([]);
    expect(headings('Secretary Clinton and Foreign Minister Davutoglu', 'discussed the visit at length and agreed on a plan.', '')).toEqual([]);
    expect(headings('Erdogan Calls on TGS to Turn In Conspirators', 'Prime Minister Erdogan called on the General Staff to hand over officers.', '')).toEqual(['Erdogan Calls on TGS to Turn In Conspirators']);
  });
});

describe('numbered lists inside paragraphs', () => {
  const parse = (...lines: string[]) => parseCable(joinLines('S E C R E T STATE 000001', '', 'TAGS: PREL', 'SUBJECT: X', '', ...lines));
  const shape = (cable: ReturnType<typeof parseCable>) => cable.paragraphs.map((p) => `${p.number}${p.listIn !== null ? `<${cable.paragraphs[p.listIn].number}` : ''}`);
  const codes = (text: string) => lintCable(parseCable(text), text).map((f) => f.code);

  it('reads unmarked numbers that start again at 1 after a marked paragraph as its list, until the numbering goes on (09STATE81957)', () => {
    const text = readSeed('09STATE81957.txt');
    const cable = parseCable(text);
    expect(shape(cable).slice(26)).toEqual(['27', '28', '1<28', '2<28', '3<28', '1<28', '2<28', '3<28', '4<28', '5<28', '1<28', '2<28', '3<28', '29', '30', '31']);
    expect(codes(text)).not.toContain('paragraph-sequence');
    expect(codes(text)).not.toContain('portion-missing');
  });

  it('reads the numbered text quoted in paragraph 2 of 07MADRID1952, and the SIPDIS lines repeated in it', () => {
    const text = readSeed('07MADRID1952.txt');
    const cable = parseCable(text);
    expect(shape(cable)).toEqual(['1', '2', '1<2', '2<2', '3<2', '1<2', '2<2', '3<2']);
    expect(cable.bodyCaptions.map((c) => [text.slice(0, c.start).split('\n').length, text.slice(c.start, c.end)])).toEqual([
      [51, 'SIPDIS'],
      [124, 'SIPDIS'],
    ]);
    expect(cable.captions.map((c) => c.caption)).toEqual(['SIPDIS', 'SIPDIS']);
  });

  it('ends a list at a marked paragraph or a number that does not count on, and leaves unmarked cables alone', () => {
    expect(shape(parse('1. (S) One:', '', '1. first', '', '2. second', '', '2. (S) Two.'))).toEqual(['1', '1<1', '2<1', '2']);
    expect(shape(parse('1. (S) One:', '', '1. first', '', '2. second', '', '4. Four.'))).toEqual(['1', '1<1', '2<1', '4']);
    // No list without a marked paragraph before it, nor in a cable without markings.
    expect(shape(parse('1. One.', '', '1. first'))).toEqual(['1', '1']);
    expect(shape(parse('1. (S) One.', '', '2. Two.', '', '1. first'))).toEqual(['1', '2', '1']);
    // A mangled number after a list still stands for the paragraph that continues the numbering.
    expect(shape(parse('1. (S) One:', '', '1. first', '', '2. second', '', '12. (S) Two.'))).toEqual(['1', '1<1', '2<1', '2']);
  });
});

describe('line endings', () => {
  it('parses CRLF and CR texts like LF ones, with spans on the original text', () => {
    const lf = joinLines('S E C R E T STATE 000001', '', 'TAGS: PREL', 'SUBJECT: X', '', '1. (S) One.', '', '2. (S) Two.');
    for (const eol of ['\r\n', '\r']) {
      const text = lf.replace(/\n/g, eol);
      const cable = parseCable(text);
      expect(cable.paragraphs.map((p) => text.slice(p.start, p.end))).toEqual(['1. (S) One.', '2. (S) Two.']);
      expect(cable.subject).toBe('X');
    }
  });
});

describe('long cables', () => {
  it('numbers paragraphs past 999 when they continue the sequence, but a line starting with a year is prose', () => {
    const body = Array.from({ length: 1002 }, (_, i) => `${i + 1}. (C) Paragraph ${i + 1}.`);
    const cable = parseCable(joinLines('C O N F I D E N T I A L STATE 000001', '', 'TAGS: PREL', 'SUBJECT: X', '', ...body, '1997. was a year.'));
    expect(cable.paragraphs).toHaveLength(1002);
    expect(cable.paragraphs.slice(-3).map((p) => p.number)).toEqual([1000, 1001, 1002]);
  });
});

describe('a summary or comment that goes on in the next paragraph (05PARIS104, 05TELAVIV1593)', () => {
  it.each([
    ['Summary continued:', 'End summary.', 'summary'],
    ['SUMMARY CONT.', 'END SUMMARY.', 'summary'],
    ["Comment cont'd:", 'End comment.', 'comment'],
    ['COMMENT CONTINUED:', 'END COMMENT.', 'comment'],
    ['Summary and comment con’t.', 'End summary.', 'summary'],
    ["COMMENT (CON'T):", 'END COMMENT.', 'comment'],
  ])('%s is no new opener: one block closes at %s', (continued, closer, kind) => {
    const opener = kind === 'summary' ? 'Summary:' : 'Comment:';
    const text = makeCable({ body: [`1. (C) ${opener} The minister agreed.`, '', `2. (C) ${continued} The cabinet met. ${closer}`, '', '3. (C) After.'] });
    const cable = parseCable(text);
    expect(cable.blocks.map((b) => [b.kind, text.slice(b.start, b.end).split('\n')[0], b.close ? text.slice(b.close.start, b.close.end) : null])).toEqual([
      [kind, `${opener} The minister agreed.`, closer.replace(/\.$/, '')],
    ]);
  });
});

describe('09LONDON348: "Summary and comment con’t." in paragraph 2', () => {
  it('goes on with the summary of paragraph 1, which closes at End summary', () => {
    const text = readSeed('09LONDON348.txt');
    const cable = parseCable(text);
    const summaries = cable.blocks.filter((b) => b.kind === 'summary');
    expect(summaries).toHaveLength(1);
    expect(summaries[0].close).not.toBeNull();
    expect(lintCable(cable, text).map((f) => f.code)).not.toContain('summary-unterminated');
  });
  it('still opens a summary at a word that only starts like it (`Summary: Contacts …`)', () => {
    const cable = parseCable(makeCable({ body: ['1. (C) Summary contacts in the ministry agreed. End summary.', '', '2. (C) Two.'] }));
    expect(cable.blocks.map((b) => b.kind)).toEqual(['summary']);
  });
});

describe('levelRank', () => {
  it('ranks the levels in the order of LEVELS, and no level below all', () => {
    expect(LEVELS.map((l) => levelRank(l))).toEqual([0, 1, 2, 3, 4]);
    expect(levelRank(null)).toBe(-1);
  });
});

describe('header notes and a routing line that goes on over several lines (07PARIS1791)', () => {
  const text = readSeed('07PARIS1791.txt');
  const cable = parseCable(text);
  it('reads the indicators of every line of the routing line', () => {
    expect(cable.routing?.routingLine?.indicators.map((i) => i.text)).toEqual(['RUEHAG', 'RUEHAST', 'RUEHDA', 'RUEHDBU', 'RUEHDF', 'RUEHFL', 'RUEHIK', 'RUEHKW', 'RUEHLA', 'RUEHLN', 'RUEHLZ', 'RUEHPOD', 'RUEHROV', 'RUEHSR', 'RUEHVK', 'RUEHYG']);
    for (const i of cable.routing!.routingLine!.indicators) expect(text.slice(i.start, i.end)).toBe(i.text);
  });
  it('keeps the passing instructions between the captions and the E.O. line as notes, a wrapped list as one', () => {
    const lineOf = (start: string) => text.split('\n').findIndex((l) => l.trim().startsWith(start)) + 1;
    expect(cable.headerNotes.map((n) => [n.text, n.line, n.endLine])).toEqual([
      ['DEPT ALSO FOR EUR/WE, DRL/IL, INR/EUC, EUR/ERA, EUR/PPD, AND EB', lineOf('DEPT ALSO FOR'), lineOf('AND EB')],
      ['DEPT OF COMMERCE FOR ITA', lineOf('DEPT OF COMMERCE FOR ITA'), lineOf('DEPT OF COMMERCE FOR ITA')],
      ['DEPT OF LABOR FOR ILAB', lineOf('DEPT OF LABOR FOR ILAB'), lineOf('DEPT OF LABOR FOR ILAB')],
    ]);
    for (const n of cable.headerNotes) expect(text.slice(n.start, n.end).replace(/\s+/g, ' ')).toBe(n.text);
  });
});

describe('a passing instruction that wraps mid-sentence (09ISTANBUL440)', () => {
  const notes = (lines: string[]) => parseCable(makeCable({ captions: ['SIPDIS', '', ...lines] })).headerNotes.map((n) => n.text);
  it('is one note', () => {
    expect(notes(['LONDON FOR MURRAY; BERLIN FOR ROSENSTOCK-STILLER; BAGHDAD', 'FOR POPAL AND HUBAH; BAKU FOR MCCRENSKY; ASHGABAT FOR', 'TANGBORN; DUBAI FOR IRPO'])).toEqual([
      'LONDON FOR MURRAY; BERLIN FOR ROSENSTOCK-STILLER; BAGHDAD FOR POPAL AND HUBAH; BAKU FOR MCCRENSKY; ASHGABAT FOR TANGBORN; DUBAI FOR IRPO',
    ]);
    expect(notes(['BERLIN AND PARIS PLEASE PASS TO SECRETARY PETERS AND', 'DELEGATION'])).toEqual(['BERLIN AND PARIS PLEASE PASS TO SECRETARY PETERS AND DELEGATION']);
  });
  it('is one note where a list of names wraps mid-name or inside parentheses (06ABUDHABI1401, 09RIYADH651, 10RIYADH184)', () => {
    expect(notes(['NSC FOR FRAN TOWNSEND, JUAN ZARATE, MIKE TAYLOR, NICOLE', 'SHAMPAINE, NIK RAMCHAND, ELLIOTT ABRAMS'])).toEqual(['NSC FOR FRAN TOWNSEND, JUAN ZARATE, MIKE TAYLOR, NICOLE SHAMPAINE, NIK RAMCHAND, ELLIOTT ABRAMS']);
    expect(notes(['DEPARTMENT FOR NEA/ARP (JHARRIS), R (MARK DAVIDSON), NEA/PPD (WALTER', 'DOUGLAS)'])).toEqual(['DEPARTMENT FOR NEA/ARP (JHARRIS), R (MARK DAVIDSON), NEA/PPD (WALTER DOUGLAS)']);
    expect(notes(['DEPARTMENT FOR NEA/ARP, EEB/ESC/IEC (MONOSSON), S/CIEA', '(GOLDWYN, SULLIVAN)'])).toEqual(['DEPARTMENT FOR NEA/ARP, EEB/ESC/IEC (MONOSSON), S/CIEA (GOLDWYN, SULLIVAN)']);
  });
  it('is one note where a sentence goes on in lower case, and a rule of dashes around notes is none (66BUENOSAIRES2481)', () => {
    expect(notes(['Original Telegram was Confidential but has since been', 'de-classified', '', '--------------------------------------------- ----', 'Copy from the National Archives', '--------------------------------------------- ----'])).toEqual([
      'Original Telegram was Confidential but has since been de-classified',
      'Copy from the National Archives',
    ]);
    // Not the next instruction of a partial extract in lower case.
    expect(notes(['Dept for se gration, s/usses, af a/s carson, af/e', 'nsc for mgavin'])).toHaveLength(2);
  });
  it('leaves apart the lines of a list where the next is an instruction or an item of the same form (06PARIS1031, 09MADRID71, 10MADRID87)', () => {
    expect(notes(['DEPT ALSO FOR EUR/WE, DRL/IL, INR/EUC, EUR/ERA, EUR/PPD, AND EB', 'DEPT OF COMMERCE FOR ITA'])).toHaveLength(2);
    expect(notes(['PASS TO ELAINE SAMSON AT EUR/WE, JANICE BELL AT INR', 'TOBY BRADLEY AT NSC'])).toHaveLength(2);
    expect(notes(['DEPARTMENT FOR JUAN GONZALEZ, WHA', 'BILL MCILHENNY, WHA/PPC'])).toHaveLength(2);
    expect(notes(['State for EAP/CM - SFlatt, PPark, AGoodman', 'State for EEB/CIP - FSaeed, SFlynn'])).toHaveLength(2);
  });
  it('leaves instructions apart that end with an office (WHA/AND, SCA/A) or stand each on its line', () => {
    expect(notes(['STATE FOR EUR/WE AND WHA/AND', 'NSC FOR FRIED AND VOLKER'])).toEqual(['STATE FOR EUR/WE AND WHA/AND', 'NSC FOR FRIED AND VOLKER']);
    expect(notes(['HQSOUTHCOM ALSO FOR POLAD', 'FOR FRC LAMBERT'])).toEqual(['HQSOUTHCOM ALSO FOR POLAD', 'FOR FRC LAMBERT']);
  });
});

describe('caption lines', () => {
  it.each([
    ['C O R R E C T E D  C O P Y (ADDRESSEE)', ['CORRECTED COPY']],
    ['C O R R E C T E D C O P Y (PRIMARY TAG)', ['CORRECTED COPY']],
    ['C O R R E C T E D COPY CAPTION', ['CORRECTED COPY']],
    ['NOFORN SIPDIS', ['NOFORN', 'SIPDIS']],
    ['SENSITIVE BUT UNCLASSIFIED -- HANDLE ACCORDINGLY', ['SENSITIVE BUT UNCLASSIFIED']],
    ['NOFORN, NOT FOR INTERNET DISTRIBUTION', ['NOFORN']],
    ['NOT FOR INTERNET DISTRIBUTION', null],
    ['CORRECTED COPY OF A SPEECH (DRAFT)', null],
    ['COMMERCE FOR ITA', null],
  ])('%s', (line, captions) => {
    expect(matchCaptions(line)?.map((c) => c.caption) ?? null).toEqual(captions);
  });

  it('reads a corrected-copy line with its reason as the caption, written in full (08BISHKEK1095)', () => {
    const text = makeCable({ captions: ['C O R R E C T E D  C O P Y (ADDRESSEE)', 'SIPDIS'] });
    const cable = parseCable(text);
    expect(cable.captions.map((c) => [c.caption, c.written])).toEqual([
      ['CORRECTED COPY', 'C O R R E C T E D  C O P Y (ADDRESSEE)'],
      ['SIPDIS', 'SIPDIS'],
    ]);
    expect(cable.headerNotes).toEqual([]);
    // A reason with numbers in it (73TEHRAN2077, 09RIODEJANEIRO353).
    for (const line of ['C O R R E C T E D C O P Y ( FIRST PARAGRAPH AND PARA. 2.)', 'C O R R E C T E D C O P Y (TEXT PARA.2 AND PARA.6)']) {
      expect(parseCable(makeCable({ captions: [line, 'SIPDIS'] })).captions.map((c) => c.written)).toEqual([line, 'SIPDIS']);
    }
  });
});

describe('a day of the month at a line start that the published text took for a paragraph number (06MADRID2335)', () => {
  const body = [
    '¶1. (C/NF) Charge paid an introductory call on MOD Secretary',
    'General for Policy Admiral Francisco Torrente on September',
    '¶15. Charge told Torrente that the US deeply appreciates the',
    'hospitality and use of Spanish bases.',
    '',
    '¶2. (C/NF) On the NCIS/OSI issue, Torrente emphasized his view.',
  ];
  it('reads it as the paragraph going on', () => {
    const text = makeCable({ body });
    const cable = parseCable(text);
    expect(cable.paragraphs.map((p) => p.number)).toEqual([1, 2]);
    expect(text.slice(cable.paragraphs[0].start, cable.paragraphs[0].end)).toMatch(/on September\n¶15\. Charge told[\s\S]*Spanish bases\.$/);
  });
  it.each([
    ['the number that comes next', ['¶1. (C) Text runs on', '¶2. (C) without a blank line.']],
    ['a line before that ends a sentence', ['¶1. (C) Text ends here.', '¶15. (C) Then fifteen.']],
    ['a portion marking after the number', ['¶1. (C) Text runs on', '¶15. (C) with a marking.']],
    ['a blank line before', ['¶1. (C) Text runs on', '', '¶15. Then fifteen.']],
  ])('keeps a paragraph number with %s', (_, lines) => {
    expect(parseCable(makeCable({ body: lines })).paragraphs).toHaveLength(2);
  });
});

describe('fields run on after a caption or a passing instruction (09BRASILIA1540, 08TRIPOLI220, 08BRASILIA429)', () => {
  const header = (line: string) => joinLines('C O N F I D E N T I A L SECTION 01 OF 03 TRIPOLI 000220', '', 'SIPDIS', '', line, '', 'Classified By: CDA X for reasons 1.4 (b), (d)', '', '1. (C) Text.');
  it('reads the E.O. line after a caption on the same line', () => {
    const cable = parseCable(header('SIPDIS E.O. 12958: N/A'));
    expect(cable.captions.map((c) => c.caption)).toEqual(['SIPDIS', 'SIPDIS']);
    expect(cable.executiveOrder).toMatchObject({ order: '12958', decl: { kind: 'n/a' } });
    expect(cable.headerNotes).toEqual([]);
  });
  it('keeps the passing instruction as a note and reads the fields after it', () => {
    const text = header('DEPARTMENT FOR WHA AND PM E.O. 12958: DECL: 03/26/2018 TAGS: PREL BR MARR OVIP');
    const cable = parseCable(text);
    expect(cable.headerNotes.map((n) => n.text)).toEqual(['DEPARTMENT FOR WHA AND PM']);
    expect(cable.executiveOrder?.decl?.date).toBe('2018-03-26');
    expect(cable.tags.map((t) => t.code)).toEqual(['PREL', 'BR', 'MARR', 'OVIP']);
    expect(text.slice(cable.executiveOrder!.start, cable.executiveOrder!.end)).toBe('E.O. 12958: DECL: 03/26/2018');
  });
  it('leaves a note with no field in it a note', () => {
    expect(parseCable(header('STATE FOR EUR/WE AND WHA/AND')).headerNotes.map((n) => n.text)).toEqual(['STATE FOR EUR/WE AND WHA/AND']);
  });
});

describe('real cables for the forms above', () => {
  const lintOf = (file: string) => {
    const text = readSeed(file);
    return { text, cable: parseCable(text), findings: lintCable(parseCable(text), text) };
  };
  it('09STATE14577: SECRET/NOFORN below the banner makes the cable SECRET//NOFORN, with no banner error', () => {
    const { cable, findings } = lintOf('09STATE14577.txt');
    expect(cable.classification).toEqual({ level: 'SECRET', caveats: ['NOFORN'] });
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
  it('09STATE67105, 08STATE116943: the classification block under Classified By is part of the header, and FGI is a caveat', () => {
    for (const [file, line, declassify] of [
      ['09STATE67105.txt', 29, 'Declassify on: Source marked 25X1-human, Date of source: June 27, 2009'],
      ['08STATE116943.txt', 30, 'Declassify on: Source marked 25X1-human, Date of source: October 30, 2008'],
    ] as const) {
      const { text, cable, findings } = lintOf(file);
      expect(cable.classification).toEqual({ level: 'SECRET', caveats: ['FGI', 'NOFORN'] });
      const block = cable.banners.find((b) => text.slice(0, b.start).split('\n').length === line)!;
      expect(block).toMatchObject({ position: 'section', level: 'SECRET', caveats: ['FGI', 'NOFORN'] });
      expect(cable.header!.end).toBeGreaterThan(block.end);
      expect(cable.headerNotes.map((n) => n.text)).toContain(declassify);
      expect(cable.paragraphs[0]).toMatchObject({ number: 1, marking: '(U)' });
      // The same line above the signature repeats it: no disagreement.
      expect(cable.banners.filter((b) => b.caveats.includes('FGI')).length).toBe(2);
      expect(findings.filter((f) => f.code === 'banner-inconsistent')).toEqual([]);
    }
  });
  it('10KABUL104: (S/Rel UK) is a recognised marking written wrongly, not a missing one', () => {
    const { cable, findings } = lintOf('10KABUL104.txt');
    expect(cable.paragraphs.slice(0, 3).map((p) => p.portion?.normalized)).toEqual(['(S/REL UK)', '(S/REL UK)', '(S/REL UK)']);
    expect(findings.filter((f) => f.code === 'portion-missing')).toEqual([]);
    expect(findings.filter((f) => f.code === 'portion-malformed').length).toBe(cable.paragraphs.filter((p) => /^\([SC]\/Rel UK\)$/.test(p.marking ?? '')).length);
    // ¶8 is marked `(/Rel UK)`: no level, a marking nobody recognises.
    expect(findings.filter((f) => f.code === 'portion-unknown').map((f) => f.message)).toEqual([expect.stringMatching(/^\(\/Rel UK\) is not a portion marking/)]);
  });
  it('09BERLIN1108: paragraphs blanked out whole need no marking', () => {
    const { cable, text, findings } = lintOf('09BERLIN1108.txt');
    const blanked = cable.paragraphs.filter((p) => /^x+$/i.test(text.slice(p.numberSpan.end, p.end).trim()));
    expect(blanked.length).toBeGreaterThanOrEqual(3);
    expect(findings.filter((f) => f.code === 'portion-missing')).toEqual([]);
  });
  it('05PARIS104: "Summary continued" goes on with the summary, which closes at End summary', () => {
    const { cable, findings } = lintOf('05PARIS104.txt');
    const summaries = cable.blocks.filter((b) => b.kind === 'summary');
    expect(summaries).toHaveLength(1);
    expect(summaries[0].close).not.toBeNull();
    expect(findings.filter((f) => f.code === 'summary-unterminated')).toEqual([]);
  });
});

describe('headings', () => {
  it('keeps an ellipsis whole and takes the end of quoted text for no heading (10KABUL104, 09STATE14577)', () => {
    const cable = parseCable(makeCable({ body: ['1. (C) One.', '', 'TIMELINES...', '-----------', '', '2. (C) Two.', '', 'End Talking Points', '', '3. (C) Three.', '', 'The Way Ahead', '', '4. (C) Four.'] }));
    expect(cable.headings.map((h) => h.text)).toEqual(['TIMELINES...', 'The Way Ahead']);
  });
});

describe('07PARIS1791: an SBU caption after the REF list', () => {
  it('is the SENSITIVE BUT UNCLASSIFIED caption, so the cable is UNCLASSIFIED//SBU, and no section heading', () => {
    const cable = parseCable(readSeed('07PARIS1791.txt'));
    expect(cable.captions.map((c) => c.caption)).toContain('SENSITIVE BUT UNCLASSIFIED');
    expect(cable.classification).toEqual({ level: 'UNCLASSIFIED', caveats: ['SBU'] });
    expect(cable.headings.map((h) => h.text)).not.toContain('SENSITIVE BUT UNCLASSIFIED -- HANDLE ACCORDINGLY');
  });
});

describe('a header field after the ¶ of the published text (73TEHRAN2077)', () => {
  it('reads ¶E. O. 11652: GDS as the E.O. line', () => {
    const text = joinLines('S E C R E T TEHRAN 2077', '', '¶E. O. 11652: GDS', 'TAGS: PFOR IR PK XF', 'SUBJECT: AUDIENCE WITH SHAH APRIL 5', '', '1. (S) Text.');
    const cable = parseCable(text);
    expect(cable.executiveOrder).toMatchObject({ order: '11652', decl: { kind: 'schedule' } });
    expect(text.slice(cable.executiveOrder!.start, cable.executiveOrder!.end)).toBe('E. O. 11652: GDS');
  });
});

describe('a subject whose last word was pushed past a blank line (10SHENYANG4)', () => {
  it('reads REFORM as the end of the subject, not as a note, and the REF list after it', () => {
    const text = readSeed('10SHENYANG4.txt');
    const cable = parseCable(text);
    expect(cable.subject).toBe('WAITING AND WATCHING: NORTH KOREA AFTER CURRENCY REFORM');
    expect(cable.subjectLine!.parts.map((p) => text.slice(p.start, p.end))).toEqual(['WAITING AND WATCHING: NORTH KOREA AFTER CURRENCY', 'REFORM']);
    expect(cable.headerNotes.map((n) => n.text)).toEqual(['DEPARTMENT FOR EAP/K, EAP/CM, INR']);
    expect(cable.references?.references.map((r) => [r.written, r.canonicalId])).toEqual([['09 XXXXXXXXXXXX 167', null]]);
  });
  it('leaves a line in lower case, or after a subject that ends a sentence, as a note', () => {
    const head = ['C O N F I D E N T I A L ANKARA 000302', '', 'E.O. 12958: DECL: 03/01/2020', 'TAGS: PREL TU'];
    const after = ['', 'REF: ANKARA 100', '', '1. (C) Text.'];
    const prose = parseCable(joinLines(...head, 'SUBJECT: TURKEY AND ARMENIA', '', 'Pass to the Secretary', ...after));
    expect(prose.subject).toBe('TURKEY AND ARMENIA');
    expect(prose.headerNotes.map((n) => n.text)).toEqual(['Pass to the Secretary']);
    const sentence = parseCable(joinLines(...head, 'SUBJECT: TURKEY AND ARMENIA.', '', 'PASS TO USTR', ...after));
    expect(sentence.subject).toBe('TURKEY AND ARMENIA.');
    expect(sentence.headerNotes.map((n) => n.text)).toEqual(['PASS TO USTR']);
  });
});

describe("a later section's own header inside the text (90CAPETOWN97)", () => {
  const text = readSeed('90CAPETOWN97.txt');
  const cable = parseCable(text);
  const lines = text.split('\n');
  it('is a repeated header from its date-time group to its SUBJECT, with the section banner among the banners', () => {
    expect(cable.repeatedHeaders).toHaveLength(1);
    const h = cable.repeatedHeaders[0];
    expect([lines[h.line - 1].trim(), lines[h.endLine - 1].trim()]).toEqual(['R 171512Z JAN 90', 'SUBJECT:  ESSA MOOSA TALKS ABOUT MANDELA AND OTHER TOPICS']);
    expect(cable.banners.filter((b) => b.section?.number === 2)).toHaveLength(1);
    // The printout's first page top, before the fields, is a page line, no note.
    expect(cable.pageLines[0]).toMatchObject({ line: 3, page: '01.01' });
    expect(cable.headerNotes.map((n) => n.text)).not.toContain('PAGE 01        CAPE T  00097  01 OF 03  182017Z');
    expect(lintCable(cable, text).filter((f) => f.code === 'section-numbering')).toEqual([]);
  });
  it('ends the paragraph before it and makes no heading of its passing instruction', () => {
    const nine = cable.paragraphs.find((p) => p.number === 9)!;
    expect(text.slice(nine.start, nine.end)).toMatch(/END COMMENT\.\)$/);
    expect(cable.headings.map((h) => h.text)).not.toContain('LONDON FOR KOLKER, PARIS FOR FENDRICK');
    expect(cable.headings.map((h) => h.text)).toContain('DE KLERK-ANC COMMUNICATION THROUGH MANDELA');
  });
  it('needs a section banner: routing lines quoted in the text with none after them stay text', () => {
    const body = ['1. (C) The message read:', '', 'R 171512Z JAN 90', 'FM AMCONSUL CAPE TOWN', 'TO SECSTATE WASHDC 5366', '', '2. (C) Two.'];
    const quoted = parseCable(makeCable({ body }));
    expect(quoted.repeatedHeaders).toEqual([]);
  });
});

describe('the date line of published copies (`Tuesday, 20 January 2004, 09:44`)', () => {
  it("is the cable's date when there is no date-time group (04RANGOON88), and no note", () => {
    const cable = parseCable(readSeed('04RANGOON88.txt'));
    expect(cable.dateLine).toMatchObject({ written: 'Tuesday, 20 January 2004, 09:44', iso: '2004-01-20T09:44:00Z' });
    expect(cable.date).toBe('2004-01-20T09:44:00Z');
    expect(cable.referenceIdBasis).toBe('date-line');
    expect(cable.headerNotes).toEqual([]);
    // STATE 297614, cited on 20 January 2004 without a year: a serial the Department reaches late in a year.
    expect(cable.references?.references.map((r) => r.canonicalId)).toEqual(['03STATE297614', '03RANGOON1427']);
  });
  it('leaves the date to the date-time group when there is one (01PRETORIA1173)', () => {
    const cable = parseCable(readSeed('01PRETORIA1173.txt'));
    expect(cable.dateLine?.iso).toBe('2001-02-23T15:53:00Z');
    expect(cable.routing?.dateTimeGroup?.iso).toBe(cable.date);
    expect(cable.referenceIdBasis).toBe('dtg');
    expect(cable.headerNotes.map((n) => n.text)).toEqual(['FOR AF AND S/S FROM AMBASSADOR']);
  });
  it('is no date line when the date does not exist or the words are not a weekday and a month', () => {
    for (const line of ['Friday, 31 February 2007, 10:00', 'Someday, 20 January 2004, 09:44', 'Tuesday, 20 Janvier 2004, 09:44', 'Tuesday, 20 January 2004, 25:44']) {
      const cable = parseCable(joinLines('This record is a partial extract of the original cable. The full text of the original cable is not available.', '', line, 'S E C R E T RANGOON 000088', 'E.O. 12958 DECL: 01/09/2014', 'TAGS: PGOV BM', 'SUBJECT: X', '1. (S) Text.'));
      expect(cable.dateLine).toBeNull();
      expect(cable.date).toBeNull();
    }
  });
});

describe('a list of participants, side by side (05BOGOTA7402, 10ANKARA302)', () => {
  it('makes no headings of the side labels, and the paragraphs after it stand under no such heading', () => {
    const cable = parseCable(readSeed('05BOGOTA7402.txt'));
    const names = cable.headings.map((h) => h.text);
    expect(names).not.toContain('U.S.');
    expect(names).not.toContain('Colombia');
    expect(names[0]).toBe('Summary');
    const two = cable.paragraphs.find((p) => p.number === 2)!;
    expect(two.lead).toMatch(/^Participants:/);
    expect(two.endLine).toBeGreaterThan(two.line + 10);
    // `¶R. Nicholas Burns` is a name with its initial, no lettered sub-paragraph.
    expect(cable.subParagraphs.filter((s) => s.paragraphNumber === 2)).toEqual([]);
    const ankara = parseCable(readSeed('10ANKARA302.txt'));
    expect(ankara.headings.map((h) => h.text)).not.toContain('Turkey');
    expect(ankara.headings.map((h) => h.text)).not.toContain('United States');
    expect(ankara.headings.map((h) => h.text)).toContain('MISSILE DEFENSE');
  });
  it('still opens a summary heading after the list', () => {
    const cable = parseCable(makeCable({ body: ['1. (U) Participants:', '', 'U.S.', '---', '', 'Ambassador Wood', '', 'Summary', '-------', '', 'The talks went well.', '', 'Trade', '', '2. (C) Text.'] }));
    expect(cable.headings.map((h) => [h.text, h.kind])).toEqual([['Summary', 'summary'], ['Trade', 'heading']]);
  });
  it('keeps the stop of an abbreviation that ends a heading (`Relations with the U.S.`)', () => {
    const cable = parseCable(makeCable({ body: ['1. (C) One.', '', 'Relations with the U.S.', '-----------------------', '', '2. (C) Two.', '', 'The Talks.', '----------', '', '3. (C) Three.'] }));
    expect(cable.headings.map((h) => h.text)).toEqual(['Relations with the U.S.', 'The Talks']);
  });
});

describe('a title in two lines (06SKOPJE118, 05MADRID1879)', () => {
  const body = (first: string, second: string, after = '2. (C) Two.') => ['1. (C) One.', '', first, second, '', after];
  it('is one heading when both lines are in capitals and a numbered paragraph follows', () => {
    const cable = parseCable(makeCable({ body: body('PARLIAMENTARY ELECTIONS IN EARLY SUMMER, CONCERNS ABOUT', 'OPPOSITION TACTICS') }));
    expect(cable.headings.map((h) => h.text)).toEqual(['PARLIAMENTARY ELECTIONS IN EARLY SUMMER, CONCERNS ABOUT OPPOSITION TACTICS']);
    expect(cable.paragraphs[0].endLine).toBe(cable.paragraphs[0].line);
    expect(cable.paragraphs[1].headingIndex).toBe(0);
    const slashed = parseCable(makeCable({ body: body('//FOREIGN MINISTER CALLS FOR FORMATION OF U.S.-SPAIN', 'BILATERAL COMMISSION//') }));
    expect(slashed.headings.map((h) => h.text)).toEqual(['FOREIGN MINISTER CALLS FOR FORMATION OF U.S.-SPAIN BILATERAL COMMISSION']);
  });
  it('is no heading in lower case, before prose, after a redaction or when the first line ends a sentence', () => {
    for (const lines of [
      body('The minister said the elections would come early', 'in the summer'),
      body('PARLIAMENTARY ELECTIONS IN EARLY SUMMER', 'OPPOSITION TACTICS', 'The minister said so.'),
      body('XXXXXXXXXXXX', '//U.S.-SPAIN RELATIONS//'),
      body('THE ELECTIONS WILL BE EARLY.', 'OPPOSITION TACTICS'),
    ]) {
      expect(parseCable(makeCable({ body: lines })).headings.map((h) => h.text)).not.toContain(`${lines[2]} ${lines[3]}`);
    }
  });
});

describe("a post's footer about its web site (07KUWAIT808)", () => {
  const text = readSeed('07KUWAIT808.txt');
  const cable = parseCable(text);
  const lines = text.split('\n');
  it('is the footer between its rules of asterisks, before the signature, and no part of the last paragraph', () => {
    expect(cable.footer).not.toBeNull();
    expect(lines[cable.footer!.line - 1]).toMatch(/^\*{10,}/);
    expect(lines[cable.footer!.line]).toBe('For more reporting from Embassy Kuwait, visit:');
    expect(lines[cable.footer!.endLine - 1]).toMatch(/^\*{10,}/);
    const last = cable.paragraphs[cable.paragraphs.length - 1];
    expect(text.slice(last.start, last.end)).toBe("¶20. (SBU) A/S O'Brien cleared this cable.");
    expect(cable.signature?.text).toBe('LeBaron');
    expect(cable.headings.map((h) => h.text)).not.toContain('LeBaron');
  });
  it('is the one line after the signature in another form (10ANKARA302)', () => {
    const ankara = parseCable(readSeed('10ANKARA302.txt'));
    expect(ankara.footer).toMatchObject({ line: ankara.footer!.endLine });
    expect(ankara.signature?.line).toBeLessThan(ankara.footer!.line);
  });
  it('takes in the address wrapped onto a line of its own, so the signature above is found (10ANKARA150)', () => {
    const text = readSeed('10ANKARA150.txt');
    const cable = parseCable(text);
    const lines = text.split('\n');
    expect(lines[cable.footer!.line - 1]).toMatch(/Visit Ankara's Classified Web Site/);
    expect(lines[cable.footer!.endLine - 1]).toMatch(/^gov\.gov\/wiki\/Portal:Turkey"/);
    expect(cable.signature?.text).toBe('Jeffrey');
  });
  it.each([
    ['05PARIS7835', ["Please visit Paris' Classified Website at:", 'http://www.state.sgov.gov/p/eur/paris/index.c fm'], 'Stapleton'],
    ['09MEXICO2882', ["Visit Mexico City's Classified Web Site at", 'http://www.state.sgov.gov/p/wha/mexicocity and the North American', 'Partnership Blog at http://www.intelink.gov/communities/state/nap /'], 'PASCUAL'],
    ['05CAIRO5924', ["Visit Embassy Cairo's Classified Website:", 'http://www.state.sgov.gov/p/nea/cairo', '', 'You can also access this site through the', "State Department's Classified SIPRNET website."], 'JONES'],
    ['07MADRID210', ['------------------------------------------', "Visit Embassy Madrid's Classified Website;", 'http://www.state.sgov.gov/p/eur/madrid/', '------------------------------------------'], 'Aguirre'],
  ])('is the footer in the form %s writes it, and no part of the last paragraph', (_id, footer, signature) => {
    const text = makeCable({ body: ['1. (C) The talks went well.', '', ...footer, ''], signature });
    const cable = parseCable(text);
    expect(cable.footer).not.toBeNull();
    expect(text.slice(cable.paragraphs[0].start, cable.paragraphs[0].end)).toBe('1. (C) The talks went well.');
    expect(cable.signature?.text).toBe(signature);
  });
  it('needs the pointer to a web site between the rules: other rules of asterisks stay in the text', () => {
    const other = parseCable(makeCable({ body: ['1. (C) One.', '', '**********', 'A boxed note', '**********', ''], signature: 'RICCIARDONE' }));
    expect(other.footer).toBeNull();
  });
});

describe('SIPDIS inside the text', () => {
  it('is a caption where it opens a line that goes on in lower case, and the paragraph goes on (07TBILISI1732)', () => {
    const text = makeCable({ body: ['12. (C) In Akhalkalaki protesters briefly halted', 'SIPDIS the first stage of Russian base withdrawal.', '', '13. (C) Next.'] });
    const cable = parseCable(text);
    expect(cable.bodyCaptions.map((b) => [text.slice(b.start, b.end), b.caption])).toEqual([['SIPDIS', 'SIPDIS']]);
    expect(cable.paragraphs.map((p) => p.number)).toEqual([12, 13]);
    expect(text.slice(cable.paragraphs[0].start, cable.paragraphs[0].end)).toMatch(/withdrawal\.$/);
  });
  it('is a caption on a line of its own in any case, the paragraph going on over it (08KUWAIT128)', () => {
    const text = makeCable({ body: ['5. (C) He is content to allow the negative attention on the USG', '', 'Sipdis', 'to continue while it sorts out its role.'] });
    const cable = parseCable(text);
    expect(cable.bodyCaptions.map((b) => [b.written, b.caption])).toEqual([['Sipdis', 'SIPDIS']]);
    expect(cable.paragraphs).toHaveLength(1);
    expect(text.slice(cable.paragraphs[0].start, cable.paragraphs[0].end)).toMatch(/its role\.$/);
  });
  it('is one before a capital where it breaks into a sentence with no blank line (08LONDON1176)', () => {
    const text = makeCable({ body: ['16. (U) Participants were: Rt Hon Hilary Benn MP, Secretary of State for Rural Affairs;', 'SIPDIS Rt Hon Malcolm Bruce MP, Chairman.'] });
    expect(parseCable(text).bodyCaptions.map((b) => text.slice(b.start, b.end + 3))).toEqual(['SIPDIS Rt']);
  });
  it('is none before a capital after a blank line: a sentence that names it', () => {
    expect(parseCable(makeCable({ body: ['1. (C) One.', '', 'SIPDIS The caption goes on every cable.'] })).bodyCaptions).toEqual([]);
  });
});

describe('a footer and signature run on to the last sentence (08LONDON1176)', () => {
  it('are the footer and the signature, and the paragraph stops before them', () => {
    const last = "17. (SBU) Comment: It offered him a chance to assert leadership on an issue. Visit London's Classified Website: http://www.intelink.sgov.gov/wiki/Portal:Unit ed_Kingdom TUTTLE";
    const text = makeCable({ body: ['16. (U) Sixteen.', '', last], signature: null });
    const cable = parseCable(text);
    expect(cable.signature?.text).toBe('TUTTLE');
    expect(text.slice(cable.footer!.start, cable.footer!.end)).toBe("Visit London's Classified Website: http://www.intelink.sgov.gov/wiki/Portal:Unit ed_Kingdom");
    expect(text.slice(cable.paragraphs[1].start, cable.paragraphs[1].end)).toMatch(/on an issue\.$/);
  });

  it('reads the signature after the address on the footer’s own line (08LONDON1001)', () => {
    const footer = 'Visit London’s Classified Website: http://www.state.sgov.gov/p/eur/london/index. cfm';
    const text = makeCable({ body: ['10. (C) The Brown Government may have missed a chance.', `${footer} Tuttle`], signature: null });
    const cable = parseCable(text);
    expect(cable.signature?.text).toBe('Tuttle');
    expect(text.slice(cable.footer!.start, cable.footer!.end)).toBe(footer);
    // A footer between rules of asterisks on its own line (07RABAT1657), and one whose closing rule the signature
    // follows (05TELAVIV1580).
    const stars = '*****************************************';
    const oneLine = parseCable(makeCable({ body: ['11. (C) Eleven.', '', `${stars} Visit Embassy Rabat’s Classified Website; http://www.state.sgov.gov/p/nea/rabat ${stars}`], signature: 'Riley' }));
    expect(oneLine.footer?.line).toBe(oneLine.paragraphs[0].endLine + 2);
    expect(oneLine.signature?.text).toBe('Riley');
    const telAviv = makeCable({ body: ['7. (U) CODEL Corzine did not clear this message.', `${stars} ${stars} Visit Embassy Tel Aviv’s Classified Website: http://www.state.sgov.gov/p/nea/telaviv`, `You can also access this site through the State Department’s Classified SIPRNET website. ${stars} ${stars} KURTZER`], signature: null });
    const signedAfterStars = parseCable(telAviv);
    expect(signedAfterStars.signature?.text).toBe('KURTZER');
    expect(telAviv.slice(signedAfterStars.paragraphs[0].start, signedAfterStars.paragraphs[0].end)).toBe('7. (U) CODEL Corzine did not clear this message.');
    // A footer that ends with a word of its own keeps it: no signature there.
    const plain = parseCable(makeCable({ body: ['10. (C) Ten.', '', "Visit Ankara's Classified Web Site at http://www.intelink.sgov.gov/wiki/Portal:Turkey"], signature: null }));
    expect(plain.signature).toBeNull();
    expect(plain.footer).not.toBeNull();
  });
});

describe('page lines in the trailer', () => {
  it('reads a page line between the footer and the signature as a page line (06MADRID2632)', () => {
    const body = ['1. (C) One. END NOTE.', '', '------------------------------------------', "Visit Embassy Madrid's Classified Website;", 'http://www.state.sgov.gov/p/eur/madrid/', '------------------------------------------', '', 'ANKARA 00000348  002 OF 002', '', ''];
    const text = makeCable({ body, signature: 'AGUIRRE' });
    const cable = parseCable(text);
    expect(cable.signature?.text).toBe('AGUIRRE');
    expect(cable.footer).not.toBeNull();
    expect(cable.pageLines.map((p) => [p.page, p.pages])).toEqual([['002', '002']]);
    expect(text.slice(cable.paragraphs[0].start, cable.paragraphs[0].end)).toBe('1. (C) One. END NOTE.');
  });
  it('reads a footer that a page break cuts (09MEXICO3573)', () => {
    const body = ['1. (C) One.', '', "Visit Mexico City's Classified Web Site at", '', 'ANKARA 00000348  002 OF 002', '', '', 'http://www.state.sgov.gov/p/wha/mexicocity and the North American', 'Partnership Blog at http://www.intelink.gov/communities/state/nap /'];
    const text = makeCable({ body, signature: 'PASCUAL' });
    const cable = parseCable(text);
    expect(cable.footer?.line).toBe(text.split('\n').indexOf("Visit Mexico City's Classified Web Site at") + 1);
    expect(cable.pageLines.map((p) => p.page)).toEqual(['002']);
    expect(text.slice(cable.paragraphs[0].start, cable.paragraphs[0].end)).toBe('1. (C) One.');
  });
});

describe('signatures', () => {
  it.each(['Riley', 'LeBaron', 'McCain', "O'Brien", 'RICCIARDONE', 'JEFFREY', 'Timken jr', 'TIMKEN JR'])('reads %s as the signature', (name) => {
    expect(parseCable(makeCable({ body: ['1. (C) One.', ''], signature: name })).signature?.text).toBe(name);
  });
  it.each(['Comment follows', 'ThisIsNoName', 'End text'])('reads %s as no signature', (name) => {
    expect(parseCable(makeCable({ body: ['1. (C) One.', ''], signature: name })).signature).toBeNull();
  });
  it('reads no signature in the last word of a sentence a line break put on a line of its own (06BRIDGETOWN2164)', () => {
    const text = makeCable({ body: ["¶3. PLEASE CABLE CONCURRENCE. BRIDGETOWN APPRECIATES TRINIDAD'S", 'ASSISTANCE.'], signature: null });
    const cable = parseCable(text);
    expect(cable.signature).toBeNull();
    expect(text.slice(cable.paragraphs[0].start, cable.paragraphs[0].end)).toMatch(/TRINIDAD'S\nASSISTANCE\.$/);
  });
  it('reads the signature above the end of the subject, cut off, that a published copy closes with (05PARIS1699)', () => {
    const text = makeCable({
      subject: 'SUBJECT: TWO EX-GTMO DETAINEES CHARGED WITH TERRORIST\nCONSPIRACY BUT ONE ORDERED RELEASED ON BAIL',
      body: ['¶7. (C) Comment: They will redouble their efforts. End comment.'],
      signature: 'Leach\nT ONE ORDERED RELEASED ON...',
    });
    const cable = parseCable(text);
    expect(cable.signature?.text).toBe('Leach');
    expect(text.slice(cable.paragraphs[0].start, cable.paragraphs[0].end)).toMatch(/End comment\.$/);
  });
  it('reads a surname in lower case under the end of the text (10ASHGABAT245) or under a footer (08KUWAIT128)', () => {
    const text = makeCable({ body: ['1. (C) He said, "is learning compassion." END COMMENT'], signature: 'curran' });
    const cable = parseCable(text);
    expect(cable.signature?.text).toBe('curran');
    expect(text.slice(cable.paragraphs[0].start, cable.paragraphs[0].end)).toMatch(/END COMMENT$/);
    const kuwait = parseCable(makeCable({ body: ['1. (C) We will report septel.', '', '********************* *', "Visit Kuwait's Classified Website:", 'http://www.state.sgov.gov/p/nea/kuwait/', '********************* *'], signature: 'misenheimer' }));
    expect(kuwait.signature?.text).toBe('misenheimer');
    expect(kuwait.footer).not.toBeNull();
  });
  it("reads no signature in a name after a person's initial (09PESHAWAR41)", () => {
    const text = makeCable({ body: ['8. (U) Point of contact for this information RSO', 'Peshawar, David J. Hazarian'], signature: null });
    const cable = parseCable(text);
    expect(cable.signature).toBeNull();
    expect(text.slice(cable.paragraphs[0].start, cable.paragraphs[0].end)).toMatch(/David J\. Hazarian$/);
  });
  it('reads no lower-case word as a signature under a line cut off in the middle (04MADRID3914)', () => {
    const cable = parseCable(makeCable({ body: ['1. (C) Spain wants to portray any rapprochement with', 'demonstration of its independence from the'], signature: 'united' }));
    expect(cable.signature).toBeNull();
  });
  it('reads the signature above the stamp of a later review, and the stamp in the header as one note (75TEHRAN2069)', () => {
    const stamp = ['Declassified/Released US Department of State EO', 'Systematic Review 05 JUL 2006'];
    const cable = parseCable(makeCable({ captions: ['', ...stamp, ''], body: ['1. (C) One.', '', ''], signature: ['HELMS', '', ...stamp].join('\n') }));
    expect(cable.signature?.text).toBe('HELMS');
    expect(cable.headings).toEqual([]);
    expect(cable.headerNotes.map((n) => n.text)).toEqual([stamp.join(' ')]);
  });
  it("stops at the printout's End Cable Text, and what follows it is no signature (08LONDON2651, 09STATE63860, 10BRUSSELS183)", () => {
    for (const after of [[], [' XXXXXXXXXXXX'], ['Zenaida X Toledo 07/30/2008 04:04:14 PM From DB/Inbox: TRANS', '.']]) {
      const text = makeCable({ body: ['1. (C) One.', '', '2. (U) USDP Edelman cleared this message.', 'LEBARON', 'NNNN', 'End Cable Text', ...after], signature: null });
      const cable = parseCable(text);
      expect(cable.signature?.text).toBe('LEBARON');
      expect(cable.headings).toEqual([]);
      expect(text.slice(cable.paragraphs[1].start, cable.paragraphs[1].end)).toBe('2. (U) USDP Edelman cleared this message.');
    }
  });
  it('takes the same name written twice for one signature (09BEIJING2964, 09BAMAKO776)', () => {
    for (const [first, second] of [['Huntsman', 'huntsman'], ['MILOVANOVIC', 'MILOVANOVIC']]) {
      const text = makeCable({ body: ['16. (U) General Ward cleared this message.', '', first, ''], signature: second });
      const cable = parseCable(text);
      expect(cable.signature?.text).toBe(first);
      expect(text.slice(cable.signature!.start, cable.signature!.end).split(/\s+/)).toEqual([first, second]);
      expect(cable.headings).toEqual([]);
    }
  });
});

describe('lines that look like headings but are not (UX audit, corpus)', () => {
  const headings = (body: string[]) => parseCable(makeCable({ body })).headings.map((h) => [h.text, h.kind]);
  it('half a sentence a page break cut (09STATE120288) goes on in its paragraph', () => {
    const cable = parseCable(makeCable({ body: ['1. (C) Questions:', '', '-- What about recent reports indicating the Iranian', '', 'ANKARA 00000348  002 OF 002', '', '', 'enrichment program has not grown?', '', '2. (C) Two.'] }));
    expect(cable.headings).toEqual([]);
    expect(cable.paragraphs[0].endLine - cable.paragraphs[0].line).toBe(7);
  });
  it('a title numbered I. in capitals over a rule (¶I. BIRTH OF THE GPO, 10RPODUBAI13) is a heading, no lettered sub-paragraph', () => {
    const cable = parseCable(makeCable({ body: ['2. (C) Two.', '', '¶I. BIRTH OF THE GPO', '', '---------------------------', '', '3. (C) Three.', '', 'II. WHERE WE ARE NOW', '', '------------', '', '4. (C) Four.'] }));
    expect(cable.headings.map((h) => h.text)).toEqual(['I. BIRTH OF THE GPO', 'II. WHERE WE ARE NOW']);
    expect(cable.subParagraphs).toEqual([]);
    // A lettered answer in capitals with no rule under it stays one.
    expect(parseCable(makeCable({ body: ['2. (C) Two:', '', 'A. NO OBJECTION', '', '3. (C) Three.'] })).subParagraphs.map((x) => x.label)).toEqual(['A']);
  });
  it('a title that trails off is a heading (Recent problems..., 10ASHGABAT245), a page line cut off is none (09DUSHANBE575)', () => {
    expect(headings(['3. (C) Three.', '', 'Recent problems...', '', '4. (C) Four.'])).toEqual([['Recent problems...', 'heading']]);
    expect(headings(['3. (C) Three.', '', 'DUSHANBE 00000575  001.2 OF 0...'])).toEqual([]);
  });
  it('reads the marking that opens each line of a quoted non-paper, with no blank line between (09STATE83026)', () => {
    const text = makeCable({ banner: 'S E C R E T STATE 083026', body: ['7. (S/REL to Pakistan) BEGIN TEXT OF NON-PAPER', '(U//FOUO) Assessing the Links', '(S//REL) The Community assesses that LT uses the name.', 'END TEXT OF NON-PAPER'] });
    expect(parseCable(text).looseMarkings.map((m) => m.written)).toEqual(['(U//FOUO)', '(S//REL)']);
    // Outside quoted text, a marking under a line that ends no sentence is none.
    expect(parseCable(makeCable({ banner: 'S E C R E T STATE 083026', body: ['7. (S) The points are as follows', '(S//REL) The Community assesses.'] })).looseMarkings).toEqual([]);
  });
  it('the titles of talking points a paragraph opens are no sections of the cable, up to their end (10STATE9124)', () => {
    const body = ['11. (U) Begin talking points:', '', "Overview: Where We've Been", '--------------------------', '', '-- The President made clear his readiness.', '', 'Next Steps', '', '-- We will go on.', '', 'End talking points.', '', 'COMMENT', '', '12. (C) Twelve.'];
    const cable = parseCable(makeCable({ body }));
    expect(cable.headings.map((h) => h.text)).toEqual(['COMMENT']);
    expect(cable.paragraphs.map((p) => [p.number, p.endLine - p.line])).toEqual([[11, 11], [12, 0]]);
  });
  it('the marks around quoted text and the questions of an interview are no headings (08KUWAIT128)', () => {
    const body = ['3. (SBU) Following are excerpts from the translation:', '', '(Begin Text)', '', 'Q: What would you like us to start with?', '', 'A: I would like to send a message.', '', '(End Text)', '', '4. (C) Four.'];
    const cable = parseCable(makeCable({ body }));
    expect(cable.headings).toEqual([]);
    expect(cable.paragraphs.map((p) => [p.number, p.endLine - p.line])).toEqual([[3, 8], [4, 0]]);
  });
  it('a portion marking on a line of its own (88BAGHDAD28) is no heading', () => {
    expect(headings(['4. (S) Begin talking points:', '', '(secret//rel germany)', '', '-- Point one.', '', '5. (S) Five.'])).toEqual([]);
  });
  it('a question numbered with a parenthesis (09ABUDHABI874) is no heading; a numbered title is', () => {
    expect(headings(['3. (SBU) Responses:', '', '1) (C) BY WHAT CHANNELS? HOW OFTEN?', '', '4. (C) Four.'])).toEqual([]);
    expect(headings(['3. (S) Three.', '', '(6) (S) Indigenous Terrorism', '', '4. (S) Four.'])).toEqual([['(6) (S) Indigenous Terrorism', 'heading']]);
  });
  it('an item of a list of dashes is no heading; a title between dashes is, without them', () => {
    expect(headings(['1. (U) Of the children:', '', '-- 41 reintegrated into biological family', '', '2. (U) Two.'])).toEqual([]);
    expect(headings(['1. (C) One.', '', '-- Uruguay --', '', '2. (C) Two.'])).toEqual([['Uruguay', 'heading']]);
  });
  it('a heading loses the rules or slashes around it, and a decorated COMMENT opens a comment (06MADRID766, 08BRASILIA504)', () => {
    expect(headings(['1. (C) One.', '', '//ETA ON THE WANE//', '', '2. (C) Two.', '', '//COMMENT//', '', '3. (C) We doubt it.'])).toEqual([
      ['ETA ON THE WANE', 'heading'],
      ['COMMENT', 'comment'],
    ]);
    expect(headings(['1. (C) One.', '', '------------- Comment: -------------', '', '2. (C) We doubt it.'])).toEqual([['Comment', 'comment']]);
  });
  it('a closing Nnnn is no heading, and the signature above it is found (08STATE15220)', () => {
    const cable = parseCable(makeCable({ body: ['1. (C) One.', '', 'Rice', '', '', 'Nnnn'], signature: null }));
    expect(cable.headings).toEqual([]);
    expect(cable.signature?.text).toBe('Rice');
  });
});

describe('a comment in parentheses whose closer wraps (09ABUDHABI1151)', () => {
  const body = ['1. (C) The minister spoke about nuclear power.', '(Comment:  MbZ pressed hard on US plans for a nuclear renaissance,', 'suggesting to us that he is worried. End', 'Comment.) Turning to renewable energy, the DepSec agreed.', '', '2. (C) Two.'];
  it('opens at (Comment: and closes at End / Comment.), and Comment.) opens nothing', () => {
    const text = makeCable({ body });
    const cable = parseCable(text);
    expect(cable.blocks.map((b) => [b.kind, text.slice(b.open.start, b.open.end), b.close && text.slice(b.close.start, b.close.end).replace(/\s+/g, ' ')])).toEqual([['comment', 'Comment', 'End Comment']]);
  });
});

describe('page lines run into a line of text (08BRASILIA43)', () => {
  it('are page lines with their post, serial and page, inside the paragraphs they cut', () => {
    const text = readSeed('08BRASILIA43.txt');
    const cable = parseCable(text);
    expect(cable.pageLines.map((p) => [text.slice(p.start, p.end), p.post, p.page, p.pages, p.line])).toEqual([
      ['BRASILIA 00000043 002 OF 004', 'BRASILIA', '002', '004', 42],
      ['BRASILIA 00000043 003 OF 004', 'BRASILIA', '003', '004', 48],
      ['BRASILIA 00000043 004 OF 004', 'BRASILIA', '004', '004', 56],
    ]);
    const nine = cable.paragraphs.find((p) => p.number === 9)!;
    expect(nine.start).toBeLessThan(cable.pageLines[2].start);
    expect(nine.end).toBeGreaterThan(cable.pageLines[2].end);
  });
  it('need the serial of the cable: another number with OF in the text is no page line', () => {
    const cable = parseCable(makeCable({ body: ['1. (C) The ministry paid ANKARA 00000999 002 OF 004 in fees.'] }));
    expect(cable.pageLines).toEqual([]);
  });
});

describe('a page line run into the header (08BRASILIA351, 09BRASILIA244)', () => {
  it('is no word of the subject, and ends a REF list', () => {
    const cable = parseCable(makeCable({ subject: 'SUBJECT: SCENESETTER FOR THE VISIT OF MINISTER JOBIM TO WASHINGTON ANKARA 00000348 001.2 OF 002', ref: 'REF: ANKARA 100 ANKARA 00000348 001.2 OF 002 (U) THIS CABLE IS SENSITIVE BUT UNCLASSIFIED.' }));
    expect(cable.subject).toBe('SCENESETTER FOR THE VISIT OF MINISTER JOBIM TO WASHINGTON');
    expect(cable.references?.references.map((r) => r.written)).toEqual(['ANKARA 100']);
    expect(cable.pageLines.map((p) => [p.post, p.page, p.pages])).toEqual([
      ['ANKARA', '001.2', '002'],
      ['ANKARA', '001.2', '002'],
    ]);
  });
});

describe('a Department serial without a year', () => {
  const refs = (ref: string, dtg: string) => parseCable(makeCable({ preamble: [`O ${dtg}`, 'FM AMEMBASSY ANKARA', 'TO SECSTATE WASHDC IMMEDIATE 1234', ''], ref })).references!.references.map((r) => r.canonicalId);
  it('is of the year before when no STATE cable of the cable\'s date can have it, else of the cable\'s year', () => {
    expect(refs('REF: STATE 170928', '021200Z JAN 08')).toEqual(['07STATE170928']);
    expect(refs('REF: STATE 12345', '021200Z JAN 08')).toEqual(['08STATE12345']);
    expect(refs('REF: STATE 170928', '021200Z DEC 08')).toEqual(['08STATE170928']);
    expect(refs('REF: 08 STATE 170928', '021200Z JAN 08')).toEqual(['08STATE170928']);
  });
});

describe("another post's serial without a year (09SEOUL59 cites TOKYO 3114 on 12 January)", () => {
  const refs = (ref: string, dtg: string) => parseCable(makeCable({ preamble: [`O ${dtg}`, 'FM AMEMBASSY SEOUL', 'TO SECSTATE WASHDC IMMEDIATE 1234', ''], banner: 'C O N F I D E N T I A L SEOUL 000059', ref })).references!.references.map((r) => r.canonicalId);
  it('is of the year before when no post sends that many cables by the cable’s date, else of the cable’s year', () => {
    expect(refs('REF: A. TOKYO 3114 B. TOKYO 412', '120816Z JAN 09')).toEqual(['08TOKYO3114', '09TOKYO412']);
    expect(refs('REF: A. TOKYO 3114', '120816Z JUN 09')).toEqual(['09TOKYO3114']);
  });
});

describe('a REF entry whose year in full ends a line (09ISTANBUL440: `(E) 2008` / `ISTANBUL 146`)', () => {
  it('takes the year across the line break; a number of two digits stays on its line', () => {
    const ref = 'REF: (A) ANKARA 1516 (B) ISTANBUL 421 (C)\n     ISTANBUL 290 (D) 2008 ISTANBUL 85 (E) 2008\n     ISTANBUL 146 (F) ISTANBUL 425';
    const cable = parseCable(makeCable({ banner: 'C O N F I D E N T I A L ISTANBUL 000440', ref, preamble: ['O 091200Z JUN 09', 'FM AMCONSUL ISTANBUL', 'TO SECSTATE WASHDC 1234', ''] }));
    expect(cable.references!.references.map((r) => r.canonicalId)).toEqual(['09ANKARA1516', '09ISTANBUL421', '09ISTANBUL290', '08ISTANBUL85', '08ISTANBUL146', '09ISTANBUL425']);
    expect(findCableCitations('as in para 12\nSTATE 1234 said', 0).map((c) => c.year)).toEqual([null]);
  });
  it('reads no date-time group as a serial (`OSD REPORT DTG 251847Z MAR 08`, 08BRASILIA429)', () => {
    expect(findCableCitations('B. OSD REPORT DTG 251847Z MAR 08', 0)).toEqual([]);
  });
});

describe('the end of a cable (09STATE127892, 04CARACAS2200)', () => {
  it('takes the signature after UNQUOTE, where a repeated cable closes before the sender signs', () => {
    expect(parseCable(makeCable({ signature: 'CLINTON UNQUOTE CLINTON' })).signature?.text).toBe('CLINTON');
  });
  it('takes a closing line of dots for no text (09KHARTOUM881: `Whitehead` / `...`)', () => {
    const cable = parseCable(makeCable({ body: ['1. (C) The tanks are one of the least secret', 'secrets in Khartoum.'], signature: 'Whitehead\n...' }));
    expect(cable.signature?.text).toBe('Whitehead');
  });
  it('takes NNNN and the line a published copy closes with for no text, and finds the signature above them', () => {
    const cable = parseCable(makeCable({ body: ['1. (C) One.', '', '2. (C) The end.', 'MCFARLAND', '', 'NNNN'], signature: '2004CARACA02200 - CONFIDENTIAL' }));
    expect(cable.signature?.text).toBe('MCFARLAND');
    expect(cable.paragraphs[1].endLine).toBe(cable.paragraphs[1].line);
  });
});

describe('a comment with no end marker that goes on in the next paragraph (08ISLAMABAD3248)', () => {
  it('runs to the end of the paragraph that says it goes on, and no further', () => {
    const text = makeCable({ body: ['15. (C) Comment: The minister is weak.', '', "16. (C) Comment cont'd: He may fall.", '', '17. (C) Other business.'] });
    const cable = parseCable(text);
    expect(cable.blocks.map((b) => [b.kind, b.line, b.endLine, b.close])).toEqual([['comment', cable.paragraphs[0].line, cable.paragraphs[1].endLine, null]]);
  });
});

describe('a title cut in two by a rule or a page break (09JEDDAH443, 07PARIS2027)', () => {
  it('takes the half in lower case into the heading before it', () => {
    const cable = parseCable(makeCable({ body: ['1. (C) One.', '', 'Elite party like the rest of the world,', '---------------------------------------', '', 'just underground', '-----------------', '', '2. (C) Two.'] }));
    expect(cable.headings.map((h) => h.text)).toEqual(['Elite party like the rest of the world, just underground']);
    expect(cable.paragraphs[1].headingIndex).toBe(0);
  });
  it('keeps two headings apart when a paragraph stands between them', () => {
    const cable = parseCable(makeCable({ body: ['1. (C) One.', '', 'The Talks', '----------', '', '2. (C) Two.', '', 'and after', '---------', '', '3. (C) Three.'] }));
    expect(cable.headings.map((h) => h.text)).toEqual(['The Talks', 'and after']);
  });
});

describe('a title run on to the end of a paragraph after a page break (09BAGHDAD2562)', () => {
  const body = [
    '¶9. (C) According to al-Sheikh, Iraq is able to push back against Iranian influence on some fronts',
    '',
    'BAGHDAD 00002562 003 OF 003',
    'neighbors in the region. TURKEY: BETTER THAN THE REST',
    '----------------------------',
    '',
    '¶10. (C) Turkey is the regional neighbor with the most positive relations with Iraq.',
  ];
  it('ends the paragraph at the sentence and makes the capitals the heading', () => {
    const text = makeCable({ body });
    const cable = parseCable(text);
    expect(cable.headings.map((h) => h.text)).toEqual(['TURKEY: BETTER THAN THE REST']);
    expect(text.slice(cable.headings[0].start, cable.headings[0].end)).toBe('TURKEY: BETTER THAN THE REST');
    const nine = cable.paragraphs[0];
    expect(text.slice(nine.start, nine.end)).toMatch(/some fronts\n\nBAGHDAD 00002562 003 OF 003\nneighbors in the region\.$/);
    expect(cable.paragraphs[1].headingIndex).toBe(0);
  });
  it('without a page break before it, leaves the underlined line whole', () => {
    const cable = parseCable(makeCable({ body: [body[0], '', body[3], body[4], '', body[6]] }));
    expect(cable.headings.map((h) => h.text)).toEqual(['neighbors in the region. TURKEY: BETTER THAN THE REST']);
  });
});

describe('a title whose first half ends with a colon, a blank line above its second (09ABUDHABI1151)', () => {
  const body = ['¶1. (S/NF) Summary: MbZ warned that Iran was already acting like a nuclear power.  End Summary.', '', '', 'POTENTIAL COOPERATION:', '', 'RENEWABLES, INFRASTRUCTURE PROTECTION', '', '-------------------------------------', '', '¶2. (SBU) The Crown Prince asked DepSec Poneman several questions.'];
  it('is one heading, and no line of the paragraph before it', () => {
    const text = makeCable({ body });
    const cable = parseCable(text);
    expect(cable.headings.map((h) => h.text)).toEqual(['POTENTIAL COOPERATION: RENEWABLES, INFRASTRUCTURE PROTECTION']);
    expect(cable.headings[0].line).toBe(cable.paragraphs[0].line + 3);
    expect(text.slice(cable.paragraphs[0].start, cable.paragraphs[0].end)).toMatch(/End Summary\.$/);
    expect(cable.paragraphs[1].headingIndex).toBe(0);
  });
  it('takes no line in lower case, nor one without the colon', () => {
    for (const lead of ['Potential cooperation:', 'POTENTIAL COOPERATION']) {
      const cable = parseCable(makeCable({ body: body.map((l) => (l === 'POTENTIAL COOPERATION:' ? lead : l)) }));
      expect(cable.headings.map((h) => h.text)).toContain('RENEWABLES, INFRASTRUCTURE PROTECTION');
    }
  });
});

describe('an older printout with page tops (07PARIS170: `PAGE 02 RUEHFRA0170 S E C R E T`)', () => {
  const text = readSeed('07PARIS170.txt');
  const cable = parseCable(text);
  it('reads each page top as a page line, no heading', () => {
    expect(cable.pageLines.map((p) => [p.line, p.page, p.post, p.serial])).toEqual([
      [32, '02', 'RUEHFRA', '0170'],
      [56, '03', 'RUEHFRA', '0170'],
      [80, '04', 'RUEHFRA', '0170'],
      [104, '05', 'RUEHFRA', '0170'],
      [128, '06', 'RUEHFRA', '0170'],
      [141, '02', 'RUEHFRA', '0170'],
      [165, '03', 'RUEHFRA', '0170'],
    ]);
    expect(cable.headings).toEqual([]);
  });
  it('takes the reason after the page break into the Classified By line', () => {
    expect(cable.classifiedBy?.classifier).toBe('POLITICAL MINISTER-COUNSELOR JOSIAH ROSENBLATT');
    expect(cable.classifiedBy?.reasonSection?.value).toBe('1.4');
    expect(cable.classifiedBy?.reasons.map((r) => r.letter)).toEqual(['b', 'd']);
    expect(lintCable(cable, text).map((f) => f.code)).toEqual([]);
  });
  it('keeps a line cut off by a page break in its paragraph (… IN THE CONTEXT OF AN)', () => {
    const seven = cable.paragraphs.find((p) => p.number === 7)!;
    expect(text.slice(seven.start, seven.end)).toMatch(/IN THE CONTEXT OF AN[\s\S]*BACK TO THE ELYSEE\?$/);
  });
});

describe('a Classified By that stops on REASON, the reason after a blank line (05SOFIA1207, 09STATE132349)', () => {
  it('waits over the blank line for the reason', () => {
    const cable = parseCable(makeCable({ classifiedBy: 'Classified By: ELISSA G. PITTERLE, DIRECTOR, INR/OPS. REASON:\n\n1.4(C).' }));
    expect(cable.classifiedBy?.reasons.map((r) => r.letter)).toEqual(['c']);
    expect(cable.classifiedBy?.reasonSection?.value).toBe('1.4');
  });
  it('does not take a paragraph for the reason', () => {
    const cable = parseCable(makeCable({ classifiedBy: 'Classified By: AMBASSADOR JAMES PARDEW, FOR REASONS', body: ['1. (C) The talks went well.'] }));
    expect(cable.classifiedBy?.reasons).toEqual([]);
    expect(cable.paragraphs.map((p) => p.number)).toEqual([1]);
  });
});

describe('a portion marking on the subject line (09YEREVAN20: SUBJECT: (S/NF) CONSTRUCTIVE TALKS …)', () => {
  it("is the line's marking, no word of the title, and a portion the rules check", () => {
    const text = makeCable({ subject: 'SUBJECT: (S/NF) CONSTRUCTIVE TALKS ON EXPORT\nCONTROL ISSUE' });
    const cable = parseCable(text);
    expect(cable.subject).toBe('CONSTRUCTIVE TALKS ON EXPORT CONTROL ISSUE');
    expect(cable.subjectLine?.portion).toMatchObject({ written: '(S/NF)', level: 'SECRET', caveats: ['NOFORN'] });
    expect(text.slice(cable.subjectLine!.parts[0].start, cable.subjectLine!.parts[0].end)).toBe('CONSTRUCTIVE TALKS ON EXPORT');
    // SECRET//NOFORN on a CONFIDENTIAL cable with no NOFORN.
    expect(lintCable(cable, text).map((f) => f.code)).toEqual(expect.arrayContaining(['portion-exceeds-banner', 'portion-caveat-not-in-banner']));
  });
  it('leaves the keyword typed twice out of the title (09KABUL1239: SUBJECT: SUBJECT: AFGHANISTAN …)', () => {
    const text = makeCable({ subject: 'SUBJECT: SUBJECT: AFGHANISTAN: A SNAPSHOT OF THE NORTHEAST' });
    const cable = parseCable(text);
    expect(cable.subject).toBe('AFGHANISTAN: A SNAPSHOT OF THE NORTHEAST');
    expect(text.slice(cable.subjectLine!.parts[0].start, cable.subjectLine!.parts[0].end)).toBe('AFGHANISTAN: A SNAPSHOT OF THE NORTHEAST');
  });
  it('leaves a parenthesis that is no marking in the title', () => {
    expect(parseCable(makeCable({ subject: 'SUBJECT: (CORRECTED) TALKS ON EXPORT CONTROL' })).subject).toBe('(CORRECTED) TALKS ON EXPORT CONTROL');
  });
});

describe('underlined titles the published text ran together with what surrounds them', () => {
  it('takes a title in capitals right under a sentence, underlined to its length (09YEREVAN20, 10HAVANA84)', () => {
    const text = makeCable({ body: ['¶13. (S/NF) Mahley stated the reason.', 'This was what Negroponte conveyed in his letter to Sargsian.', 'GOAM READY TO DISCUSS MOU', '-------------------------', '¶14. (S/NF) Mahley indicated that he was ready.'] });
    const cable = parseCable(text);
    expect(cable.headings.map((h) => h.text)).toEqual(['GOAM READY TO DISCUSS MOU']);
    expect(text.slice(cable.paragraphs[0].start, cable.paragraphs[0].end)).toMatch(/letter to Sargsian\.$/);
    expect(cable.paragraphs[1].headingIndex).toBe(0);
  });
  it('leaves a line of capitals under words that stop mid-sentence, or not underlined to its length', () => {
    const under = (before: string, rule: string) => parseCable(makeCable({ body: ['¶1. (C) The talks went well.', before, 'GOAM READY TO DISCUSS MOU', rule, '¶2. (C) Two.'] })).headings;
    expect(under('and the minister said that', '-------------------------')).toEqual([]);
    expect(under('The minister agreed.', '------------------------------------------------------')).toEqual([]);
  });
  it('takes a title in two lines underlined as one (09BEIRUT818)', () => {
    const cable = parseCable(makeCable({ body: ['¶4. (C) Chief Colonel Berisford and a notetaker.', '', 'LEBANON: A "MODEL"', 'FOR THE REGION', '-----------------', '', '¶5. (C) Five.'] }));
    expect(cable.headings.map((h) => [h.text, h.dashed])).toEqual([['LEBANON: A "MODEL" FOR THE REGION', true]]);
  });
  it('takes the rule under a title past the page line that broke the page under it (09ABUJA1907, 06MOSCOW5645)', () => {
    const cable = parseCable(makeCable({ body: ['¶14. (C) Looking ahead.', '-------', 'COMMENT', 'ABUJA 00001907 004 OF 004', '-------', '¶15. (C) Shell’s views of the PIB.'] }));
    expect(cable.headings.map((h) => [h.text, h.kind, h.dashed])).toEqual([['COMMENT', 'comment', true]]);
    expect(cable.pageLines.map((p) => p.page)).toEqual(['004']);
    expect(cable.blocks.map((b) => b.kind)).toEqual(['comment']);
  });
});

describe('a portion marking written before the paragraph number (07BAGHDAD3504: `(C) 1. The Embassy obtained …`)', () => {
  const body = ['-------', 'Summary', '-------', '', '(C) 1. The Embassy obtained a copy of the report.', '', '(C) 2. On October 11 the Ministry of Defense gave a briefing.', '', '(C) 7. Out of order.', '', '(C) Begin talking points:'];
  it('is the marking of a numbered paragraph, where the number continues the numbering', () => {
    const text = makeCable({ body });
    const cable = parseCable(text);
    expect(cable.paragraphs.map((p) => [p.number, p.written, p.marking, p.lead.slice(0, 12)])).toEqual([
      [1, '1.', '(C)', 'The Embassy '],
      [2, '2.', '(C)', 'On October 1'],
    ]);
    expect(text.slice(cable.paragraphs[0].start, cable.paragraphs[0].start + 6)).toBe('(C) 1.');
    expect(cable.looseMarkings.map((m) => m.written)).toEqual(['(C)', '(C)']);
    expect(lintCable(cable, text).map((f) => f.code)).toEqual([]);
  });
});

describe('a portion marking after the dash of an item (10BAKU134: `-- (C) the three co-chair countries …`)', () => {
  it('is read as the marking of the item, after a blank line; not a parenthesis in its text', () => {
    const text = makeCable({
      body: ['5. (C) The Minister said:', '', '-- (C) the three co-chair countries should send a strong', 'message, and', '', '- (S/NF) On Gaza, Soliman said Egypt must act.', '', '-- (the minister) said so.'],
    });
    const cable = parseCable(text);
    expect(cable.looseMarkings.map((m) => [m.written, m.level])).toEqual([
      ['(C)', 'CONFIDENTIAL'],
      ['(S/NF)', 'SECRET'],
    ]);
    // The SECRET//NOFORN item above the CONFIDENTIAL banner is found.
    expect(lintCable(cable, text).map((f) => f.code)).toEqual(expect.arrayContaining(['portion-exceeds-banner']));
  });
});

describe('a summary whose end alone is written (09ISTANBUL440: … on Iran at the UNSC and IAEA.  End Summary.)', () => {
  it('runs from the text of the first paragraph to its end', () => {
    const text = makeCable({ body: ['¶1. (C) Turkey pursues a multi-faceted relationship with Iran.  End Summary.', '', '¶2. (C) Two.'] });
    const cable = parseCable(text);
    expect(cable.blocks.map((b) => [b.kind, b.style, text.slice(b.start, b.end), b.line, b.endLine])).toEqual([
      ['summary', 'implied', 'Turkey pursues a multi-faceted relationship with Iran.  End Summary', cable.paragraphs[0].line, cable.paragraphs[0].line],
    ]);
    expect(lintCable(cable, text).map((f) => f.code)).toEqual([]);
  });
  it('is none where a summary opens, or the closer stands far down the text', () => {
    expect(parseCable(makeCable({ body: ['1. (C) Summary: One.  End Summary.'] })).blocks.map((b) => b.style)).toEqual(['inline']);
    const late = ['1. (C) One.', '', '2. (C) Two.', '', '3. (C) Three.', '', '4. (C) Four.', '', '5. (C) Five.', '', '6. (C) Six. End summary.'];
    expect(parseCable(makeCable({ body: late })).blocks).toEqual([]);
  });
});

describe('the corrected-copy caption repeated on a later page (08PARIS130)', () => {
  it('is no text of the paragraph it stands in', () => {
    const text = makeCable({ captions: ['C O R R E C T E D C O P Y (ADDED TAGS)', '', 'SIPDIS'], body: ['4. (U) Pursuing a "diplomacy of', '', 'PARIS 00000130 002.6 OF 003', '', '', 'C O R R E C T E D C O P Y (ADDED TAGS)', '', 'conciliation," and more.'] });
    const cable = parseCable(text);
    expect(cable.bodyCaptions.map((b) => [b.caption, b.written])).toEqual([['CORRECTED COPY', 'C O R R E C T E D C O P Y (ADDED TAGS)']]);
    expect(cable.paragraphs).toHaveLength(1);
    expect(text.slice(cable.paragraphs[0].start, cable.paragraphs[0].end)).toMatch(/and more\.$/);
  });
});

describe('lettered sub-paragraphs with no blank line between them (08RANGOON749)', () => {
  it('read a range of letters answered at once, and go on after its last (G - J), then K))', () => {
    const body = ['¶2. (S) Details follow:', 'F) Unknown.', 'G - J) (S//NF) Subject identified himself.', 'K) N/A.'];
    const cable = parseCable(makeCable({ banner: 'S E C R E T RANGOON 000749', captions: ['NOFORN'], body }));
    expect(cable.subParagraphs.map((s) => [s.label, s.portion?.written ?? null])).toEqual([
      ['G-J', '(S//NF)'],
      ['K', null],
    ]);
  });
  it('are read where a marking follows the letter or the letter comes next', () => {
    const body = ['¶2. (S) Details of the incident follow:', 'A) (S) Current location of the material: in transit.', 'B) (S) Transportation status: in transit.', 'C) Unknown.', 'E) Skipped a letter.', 'The minister said so.'];
    const cable = parseCable(makeCable({ banner: 'S E C R E T RANGOON 000749', body }));
    expect(cable.subParagraphs.map((s) => [s.label, s.portion?.written ?? null])).toEqual([
      ['A', '(S)'],
      ['B', '(S)'],
      ['C', null],
    ]);
  });
});

describe('a signature run on to the end of the last line (04RANGOON88: … inside Burma. Martinez)', () => {
  it('is the signature, and no word of the last paragraph', () => {
    const text = readSeed('04RANGOON88.txt');
    const cable = parseCable(text);
    expect(cable.signature?.text).toBe('Martinez');
    const last = cable.paragraphs[cable.paragraphs.length - 1];
    expect(text.slice(last.start, last.end)).toMatch(/inside Burma\.$/);
  });
  it('is no part of a heading: a closing marking before it stays text (09YEREVAN20)', () => {
    const cable = parseCable(makeCable({ body: ['7. (S/REL ARM) We delivered these points:', '', '-- An RPG-22 attack on a US armored vehicle.', '', '(SECRET//REL Armenia) YOVANOVITCH'], signature: null }));
    expect(cable.signature?.text).toBe('YOVANOVITCH');
    expect(cable.headings).toEqual([]);
  });
  it('needs a sentence to end before it, and a name', () => {
    expect(parseCable(makeCable({ body: ['1. (C) The minister met President Obama'], signature: null })).signature).toBeNull();
    expect(parseCable(makeCable({ body: ['1. (C) The minister agreed. the end'], signature: null })).signature).toBeNull();
  });
});

describe('numbered items of a list inside a paragraph', () => {
  it('are sub-paragraphs from a blank line on, each up to the next blank line (09MOSCOW2754)', () => {
    const cable = parseCable(readSeed('09MOSCOW2754.txt'));
    const items = cable.subParagraphs.map((s) => [s.paragraphNumber, s.label, s.line, s.endLine]);
    expect(items).toEqual([
      [1, '1', 34, 39],
      [1, '2', 41, 45],
      [1, '3', 47, 50],
      [1, '4', 52, 55],
      [7, '1', 117, 142],
      [7, '2', 144, 154],
      [7, '3', 156, 163],
    ]);
  });
  it('are read a line each after a line ending with a colon, in their order only (09STATE131801)', () => {
    const cable = parseCable(readSeed('09STATE131801.txt'));
    expect(cable.subParagraphs.filter((s) => s.paragraphNumber === 5).map((s) => [s.label, s.line])).toEqual([
      ['1', 45],
      ['2', 46],
      ['3', 47],
      ['4', 48],
      ['5', 49],
    ]);
    const body = ['¶2. (C) The text goes on', 'with a count that says', '(3) times the cost.', '', '(2) Out of order.'];
    expect(parseCable(makeCable({ body })).subParagraphs).toEqual([]);
  });
  it('take the marking written after their number, counted once (09STATE132349)', () => {
    const cable = parseCable(readSeed('09STATE132349.txt'));
    const first = cable.subParagraphs.find((s) => s.label === '1')!;
    expect(first.portion?.written).toBe('(S/NF)');
    expect(cable.looseMarkings.some((m) => m.start === first.portion!.start)).toBe(false);
  });
  it('are not read outside a numbered paragraph or in a list of participants', () => {
    expect(parseCable(makeCable({ body: ['1) A line before any paragraph.', '', '¶1. (C) One.'] })).subParagraphs).toEqual([]);
    expect(parseCable(makeCable({ body: ['¶1. (U) Participants:', '', '1) Ambassador Smith', '2) Minister Jones'] })).subParagraphs).toEqual([]);
  });
});

describe('a paragraph number after a redaction marker (05SOFIA1207)', () => {
  it('is read where it continues the numbering and a marking follows', () => {
    const body = ['¶8. (C) Organized crime has a corrupting influence.', 'XXXXXXXXXXXX10. (C) Below the level of the national government.', '', '¶11. (C) Eleven.'];
    const text = makeCable({ body });
    const cable = parseCable(text);
    expect(cable.paragraphs.map((p) => [p.number, p.marking])).toEqual([
      [8, '(C)'],
      [10, '(C)'],
      [11, '(C)'],
    ]);
    expect(text.slice(cable.paragraphs[1].numberSpan.start, cable.paragraphs[1].end)).toBe('10. (C) Below the level of the national government.');
  });
  it('is not read without a marking, or far from the numbering', () => {
    for (const line of ['XXXXXXXXXXXX10. Below the level.', 'XXXXXXXXXXXX30. (C) Below the level.', 'XXX 10. (C) Below the level.']) {
      const cable = parseCable(makeCable({ body: ['¶8. (C) Eight.', line] }));
      expect(cable.paragraphs.map((p) => p.number)).toEqual([8]);
    }
  });
});

describe('a numbered title over a rule (06VIENNA515)', () => {
  it('is a heading that keeps its number, with the lettered sub-paragraphs under it, and no unmarked paragraph', () => {
    const text = readSeed('06VIENNA515.txt');
    const cable = parseCable(text);
    expect(cable.headings.map((h) => h.text)).toEqual(['Introduction', 'Summary', 'North Korea', '5. WMD Proliferation Financing Issues', '6. Terrorist Financing Issues', '7. Money Laundering Issues', '8. Suspicious Activity Reports', 'Statistics on BA/CA and RZB']);
    expect(cable.paragraphs.map((p) => p.number)).toEqual([1, 2, 3, 4, 9, 10]);
    expect(lintCable(cable, text).map((f) => f.code)).toEqual(['portion-caveat-not-in-banner']);
  });
  it('needs the rule under it, no marking and no sentence end', () => {
    for (const [title, under] of [
      ['¶5. WMD Proliferation Financing Issues', 'The text goes on.'],
      ['¶5. (S) WMD Proliferation Financing Issues', '-------------'],
      ['¶5. The minister said so.', '-------------'],
    ]) {
      const cable = parseCable(makeCable({ body: ['¶4. (C) Four.', '', title, under, '', '¶6. (C) Six.'] }));
      expect(cable.paragraphs.map((p) => p.number)).toEqual([4, 5, 6]);
    }
  });
});

describe('the banner of a cable being written', () => {
  it('is read on the first line with a post and no serial yet (SECRET PARIS), and not further down', () => {
    const body = ['', 'SIPDIS', '', 'E.O. 13526: DECL: 11/28/2036', 'TAGS: PREL', 'SUBJECT: TEST', '', '1. (C) One.'];
    expect(parseCable(['SECRET PARIS', ...body].join('\n')).classification.level).toBe('SECRET');
    expect(parseCable(['CONFIDENTIAL POST PARIS', ...body].join('\n')).classification.level).toBe('CONFIDENTIAL');
    expect(parseCable(['STATE FOR EUR', '', 'SECRET PARIS', ...body].join('\n')).classification.level).toBeNull();
  });
});

describe('a list of participants', () => {
  it('is introduced by the word alone or a short lead-in ending with a colon, not by a sentence that starts with it (08MUSCAT565)', () => {
    for (const lead of ['Participants:', 'Participants', 'PARTICIPANTS:', 'Participants in the Bilateral:', 'Attendees:']) expect(isParticipantsLead(lead)).toBe(true);
    for (const lead of ['Participants in the meeting included VADM', 'Participants disagreed about likely food price trends', 'Participants at the April 22 event were: Prime Minister']) expect(isParticipantsLead(lead)).toBe(false);
  });
});

describe('paragraphs run on to the line before them (long lines the published text joined)', () => {
  it('open where the next number and a marking follow the end of a sentence (05BRASILIA1207 ¶6), and the signature after them goes with its date (DANILOVICH 2005-05-06)', () => {
    const text = readSeed('05BRASILIA1207.txt');
    const cable = parseCable(text);
    expect(cable.paragraphs.map((p) => [p.number, p.marking])).toEqual([1, 2, 3, 4, 5, 6].map((n) => [n, '(S)']));
    const [five, six] = cable.paragraphs.slice(4);
    expect(six.line).toBe(five.line);
    expect(text.slice(five.start, five.end)).toMatch(/^5\.\(S\) Additional Assistance: .* along those lines\.$/);
    expect(text.slice(six.start, six.end)).toMatch(/^6\.\(S\) Embassy Comment: .* for U\.S\. interests\.$/);
    expect(cable.signature?.text).toBe('DANILOVICH');
    expect(lintCable(cable, text).map((f) => f.code)).not.toContain('paragraph-sequence');
  });
  it('need the end of a sentence before the number, the next number and a marking after it', () => {
    const long = 'The minister spoke at length about the matters before the council, the views of the partners and the timetable of the talks in the spring';
    for (const [line, numbers] of [
      [`¶1. (C) ${long}. 2. (C) The second paragraph.`, [1, 2]],
      [`¶1. (C) ${long} 2. (C) no sentence end before it.`, [1]],
      [`¶1. (C) ${long}. 3. (C) Not the next number.`, [1]],
      [`¶1. (C) ${long}. 2. Not marked.`, [1]],
    ] as const) {
      expect(parseCable(makeCable({ body: [line] })).paragraphs.map((p) => p.number)).toEqual(numbers);
    }
  });
  it('open unmarked where the paragraphs carry no marking, before a capital (08BRASILIA1396 ¶10)', () => {
    const long = 'The system could be accessed from any of the regional offices of the service, and the data it holds were shared with the states and the municipalities';
    const unclas = { banner: 'UNCLAS BRASILIA 001396', captions: ['SIPDIS', 'SENSITIVE'], eo: 'E.O. 12958: N/A', classifiedBy: null };
    expect(parseCable(makeCable({ ...unclas, body: ['¶9. The first.', '', `¶10. ${long} nationwide. 11. In addition, by May 2010.`] })).paragraphs.map((p) => p.number)).toEqual([9, 10, 11]);
    expect(parseCable(makeCable({ ...unclas, body: [`¶9. ${long} nationwide. 10. and lower case.`] })).paragraphs.map((p) => p.number)).toEqual([9]);
    // Not where the paragraphs are marked.
    expect(parseCable(makeCable({ body: [`¶1. (C) ${long} nationwide. 2. In addition.`] })).paragraphs.map((p) => p.number)).toEqual([1]);
  });
});

describe('marks of the published copy', () => {
  it('a line of dots (text left out) is no word of the subject or of a note (73TEHRAN2077)', () => {
    expect(parseCable(readSeed('73TEHRAN2077.txt')).subject).toBe('AUDIENCE WITH SHAH APRIL 5');
    const cable = parseCable(makeCable({ captions: ['SIPDIS', '', 'CENTCOM FOR CG CFC-A, POLAD', ' ...'] }));
    expect(cable.headerNotes.map((n) => n.text)).toEqual(['CENTCOM FOR CG CFC-A, POLAD']);
  });
  it('a signature run on to END COMMENT with no stop between is the signature (10KABUL104, 10HARARE93, 10USNATO52)', () => {
    for (const [last, name] of [['10. (S) We should caveat our release of funds. END COMMENT EIKENBERRY', 'EIKENBERRY'], ['-- Express concern about the delay. END TEXT HEFFERN', 'HEFFERN']]) {
      const text = makeCable({ body: ['9. (S) COMMENT: Nine.', '', last], signature: null });
      const cable = parseCable(text);
      expect(cable.signature?.text).toBe(name);
      const final = cable.paragraphs[cable.paragraphs.length - 1];
      expect(text.slice(final.start, final.end)).toMatch(/END (?:COMMENT|TEXT)$/);
    }
    // A word in capitals after END COMMENT that goes on is no signature.
    expect(parseCable(makeCable({ body: ['9. (S) Nine. END COMMENT AND SUMMARY'], signature: null })).signature).toBeNull();
  });
  it('a date after the name on the signature line is no part of it (SOBEL 2008-01-08, 08BRASILIA43)', () => {
    const cable = parseCable(makeCable({ body: ['9. (S/NF) Operational elements understand the problem.'], signature: 'SOBEL 2008-01-08' }));
    expect(cable.signature?.text).toBe('SOBEL');
    expect(cable.paragraphs[0].endLine).toBeLessThan(cable.signature!.line);
  });
  it('a name written twice on the signature line is one signature (KUBISKE KUBISKE)', () => {
    const cable = parseCable(makeCable({ body: ['1. (C) One.'], signature: 'KUBISKE KUBISKE' }));
    expect(cable.signature?.text).toBe('KUBISKE');
    expect(parseCable(makeCable({ body: ['1. (C) One.'], signature: 'KUBISKE SHANNON' })).signature?.text).toBe('KUBISKE SHANNON');
  });
});

describe('a classifier whose title holds the word Section', () => {
  it('keeps it whole: the reasons start only at a section number (08ABIDJAN396, 08BEIJING1141)', () => {
    const cb = parseClassifiedBy('Classified By: POL/ECON SECTION CHIEF SILVIA EIRIZ FOR REASONS 1.4 (B/D).', 0, 15);
    expect([cb.classifier, cb.reasons.map((r) => r.letter)]).toEqual(['POL/ECON SECTION CHIEF SILVIA EIRIZ', ['b', 'd']]);
    const under = parseClassifiedBy('Classified By: Ambassador James D. McGee under Section 1.4 b/d', 0, 15);
    expect([under.classifier, under.reasons.map((r) => r.letter)]).toEqual(['Ambassador James D. McGee', ['b', 'd']]);
  });
});

describe('a range of reason letters', () => {
  it('stands for each letter from its first to its last (1.4 (b-d), 09BAGHDAD197)', () => {
    for (const line of ['Classified By: Michael Corbin for reasons 1.4 (b-d).', 'Classified By: Michael Corbin for reasons 1.4 (b - d).', 'Classified By: Michael Corbin for reasons 1.4 (b)-(d).']) {
      const cb = parseClassifiedBy(line, 0, 15);
      expect(cb.reasons.map((r) => r.letter)).toEqual(['b', 'c', 'd']);
      expect(line.slice(cb.reasons[1].start, cb.reasons[1].end)).toBe('-');
    }
    expect(parseClassifiedBy('Classified By: Michael Corbin for reasons 1.4 (b) and (d).', 0, 15).reasons.map((r) => r.letter)).toEqual(['b', 'd']);
  });
});

describe('reason letters with their `and` split by a stray space', () => {
  it('reads `A ND`, `a` / `nd`, `an d` as `and`, no letter (a) (08BRASILIA43, 07RIYADH2320 …)', () => {
    for (const line of ['Classified By: DEPUTY CHIEF OF MISSION PHIL CHICOLA FOR REASONS 1.4 B A ND D', 'Classified By: CHARGE D’AFFAIRES MICHAEL GFOELLER FOR REASONS 1.4 (B) A ND (D)']) {
      expect(parseClassifiedBy(line, 0, 15).reasons.map((r) => r.letter)).toEqual(['b', 'd']);
    }
    // Split by a line break, `an d`, and a plus between the letters (09BERLIN1167, 10SHENYANG5, 10USNATO35, 10MAPUTO86).
    for (const line of ['Classified By: Global Affairs Unit Chief Don Brown for Reasons 1.4(b) a\nnd (d).', 'Classified By: Consul General Stephen B. Wickman for Reasons 1.4 (b) an d (d)', 'Classified By: D/Political Advisor A. "Hoot" Baez. Reasons: 1.4 (b) an\nd (d).', 'Classified By: MINISTER COUNSELOR RICHARD ALBRIGHT, REASONS 1.4 B AN D D', "Classified By: Charge d'Affaires Todd Chapman for reasons 1.4 (b+d)"]) {
      expect(parseClassifiedBy(line, 0, 15).reasons.map((r) => r.letter)).toEqual(['b', 'd']);
    }
    // A letter (a) stays one: first, or before a word that is no `nd`.
    expect(parseClassifiedBy('Classified By: Ambassador X for reasons 1.4 A AND D', 0, 15).reasons.map((r) => r.letter)).toEqual(['a', 'd']);
    expect(parseClassifiedBy('Classified By: Ambassador X for reasons 1.4 (b), (a) and (d)', 0, 15).reasons.map((r) => r.letter)).toEqual(['b', 'a', 'd']);
  });
});

describe('a title with its underline run on to its line', () => {
  it('is a heading up to the rule (08BRASILIA1396; ON-SHORE PAYMENT PROCESSING REQUIRED ------, 10MOSCOW228)', () => {
    const cable = parseCable(readSeed('10MOSCOW228.txt'));
    const h = cable.headings.find((x) => x.text === 'ON-SHORE PAYMENT PROCESSING REQUIRED')!;
    expect(h.dashed).toBe(true);
    expect(cable.paragraphs.filter((p) => p.headingIndex === cable.headings.indexOf(h)).length).toBeGreaterThan(0);
    const rule = '--------------------------------------------- -';
    const unclas = { banner: 'UNCLAS BRASILIA 001396', captions: ['SIPDIS'], eo: 'E.O. 12958: N/A', classifiedBy: null };
    const text = makeCable({ ...unclas, body: ['¶1. One.', '', `DEVELOPING A BRAZILIAN INCIDENT COMMAND SYSTEM ${rule}`, '', '¶2. Two.', '', '---------- NEXT STEPS: PLANNING FOR THE FUTURE -----------------------------------', '', '¶3. Three.'] });
    expect(parseCable(text).headings.map((x) => [x.text, x.dashed])).toEqual([
      ['DEVELOPING A BRAZILIAN INCIDENT COMMAND SYSTEM', true],
      ['NEXT STEPS: PLANNING FOR THE FUTURE', true],
    ]);
  });
  it('needs a blank line above', () => {
    const body = (line: string, blank = true) => ['¶1. One.', ...(blank ? [''] : []), line, '', '¶2. Two.'];
    const unclas = { banner: 'UNCLAS BRASILIA 001396', captions: ['SIPDIS'], eo: 'E.O. 12958: N/A', classifiedBy: null };
    expect(parseCable(makeCable({ ...unclas, body: body('A TITLE OF THE CABLE WHOSE UNDERLINE WAS RUN ON TO IT, LONG ----------------------------------') })).headings.map((h) => h.text)).toEqual(['A TITLE OF THE CABLE WHOSE UNDERLINE WAS RUN ON TO IT, LONG']);
    expect(parseCable(makeCable({ ...unclas, body: body('the price rose by half -- and then some ----------', false) })).headings).toEqual([]);
  });
});

describe("the post's comment after the last numbered paragraph, unnumbered (72TEHRAN5055)", () => {
  it('is a block of its own to the end of the text, not part of the last paragraph', () => {
    const text = readSeed('72TEHRAN5055.txt');
    const cable = parseCable(text);
    const three = cable.paragraphs.find((p) => p.number === 3)!;
    expect(text.slice(three.end - 20, three.end)).toBe('FROM THAT DISTANCE."');
    const comment = cable.blocks.find((b) => b.kind === 'comment')!;
    expect(comment.start).toBeGreaterThan(three.end);
    expect(text.slice(comment.end - 25, comment.end)).toBe('ASSINATIONS ON REGULAR BASIS.'.slice(-25));
  });
  it('stays in the paragraph where a numbered paragraph follows', () => {
    const body = ['¶3. (C) Three.', '', 'COMMENT: We agree.', '', '¶4. (C) Four.'];
    const cable = parseCable(makeCable({ body }));
    expect(cable.blocks.find((b) => b.kind === 'comment')?.start).toBeLessThan(cable.paragraphs[0].end);
  });
});

describe('the closing lines of 09BRUSSELS536 and 10BRASILIA43', () => {
  it('read MINIMIZE CONSIDERED as a closing caption, alone or with the signature on its line, and a lone `.` under the signature as no text', () => {
    const alone = parseCable(makeCable({ body: ['¶18. (U) AA/S Glaser has cleared this message.', '', 'MINIMIZE CONSIDERED', '', 'MURRAY', '.'], signature: null }));
    expect(alone.signature?.text).toBe('MURRAY');
    expect(alone.bodyCaptions.map((c) => c.caption)).toEqual(['MINIMIZE CONSIDERED']);
    expect(alone.headings).toEqual([]);
    const glued = parseCable(makeCable({ body: ['¶5. (C) Finally, the President spoke.', '', 'MINIMIZE CONSIDERED SHANNON'], signature: null }));
    expect(glued.signature?.text).toBe('SHANNON');
    expect(glued.bodyCaptions.map((c) => c.written)).toEqual(['MINIMIZE CONSIDERED']);
  });
  it('read a title of two lines in mixed case between a rule above and one under it (U.S. Message: EU Should Act -- / 2009 The Critical Year)', () => {
    const rule = '-------------------------------';
    const cable = parseCable(makeCable({ body: ['¶3. (S) Summary: x. END SUMMARY AND COMMENT.', '', rule, 'U.S. Message:  EU Should Act --', '2009 The Critical Year', rule, '', '¶4. (S) On March 3, the Czech EU Presidency met.'] }));
    expect(cable.headings.map((h) => h.text)).toEqual(['U.S. Message:  EU Should Act -- 2009 The Critical Year']);
    expect(cable.paragraphs.find((p) => p.number === 4)!.headingIndex).toBe(0);
    // Not two lines of a sentence between rules.
    const sentence = parseCable(makeCable({ body: ['¶3. (S) Three.', '', rule, 'The minister said that the talks would go on.', 'They did.', rule, '', '¶4. (S) Four.'] }));
    expect(sentence.headings).toEqual([]);
  });
});

describe('a comment opened inside a long line (a paragraph the published text ran into one line)', () => {
  const long = 'The minister will lead the delegation to the climate talks in the spring, with the support of the presidency and the cabinet';
  it('opens at an aside in parentheses or after the end of a sentence, and closes at its end', () => {
    const text = makeCable({ body: [`¶8. (C) ${long}. (COMMENT. Having Minc lead is a sign of the weight given to it. END COMMENT.) The talks start in May.`] });
    const cable = parseCable(text);
    const comment = cable.blocks.find((b) => b.kind === 'comment')!;
    expect(text.slice(comment.open.start, comment.close!.end)).toBe('COMMENT. Having Minc lead is a sign of the weight given to it. END COMMENT');
    const bare = makeCable({ body: [`¶8. (C) ${long}. Comment: We think so. End Comment.`] });
    expect(parseCable(bare).blocks.map((b) => b.kind)).toEqual(['comment']);
  });
  it('not at the word inside a sentence, nor twice where the paragraph opens with it', () => {
    expect(parseCable(makeCable({ body: [`¶8. (C) ${long} and the comment: it was fine.`] })).blocks).toEqual([]);
    const once = parseCable(makeCable({ body: [`¶1. (C) SUMMARY: ${long}. END SUMMARY. The rest.`] }));
    expect(once.blocks.map((b) => [b.kind, !!b.close])).toEqual([['summary', true]]);
  });
});

describe('titles underlined to their length in a text with no blank lines (09BELGRADE765)', () => {
  const body = [
    '¶1. (C) Vice President Biden visited Belgrade.',
    'Euro-Atlantic Integration',
    '-------------------------',
    '¶2. (C) The message was clear.',
    'BELGRADE 00000765 002 OF 004',
    'Regional Relations',
    '------------------',
    '¶3. (C) Three.',
    'Comment',
    '-------',
    '¶4. (C) Four.',
  ];
  it('are headings, also over a page line, and the one after the fields opens the body', () => {
    const text = makeCable({ classifiedBy: 'CLASSIFIED BY: Jennifer Brush, Charge; REASON: 1.4(B), (D)\nSummary\n-------', body });
    const cable = parseCable(text);
    expect(cable.classifiedBy?.classifier).toBe('Jennifer Brush, Charge');
    expect(cable.headings.map((h) => h.text)).toEqual(['Summary', 'Euro-Atlantic Integration', 'Regional Relations', 'Comment']);
    expect(cable.paragraphs.map((p) => p.headingIndex)).toEqual([0, 1, 2, 3]);
  });
  it('with the stops of abbreviations or a colon before a capital (10SEOUL290, 09LONDON2222)', () => {
    const cable = parseCable(makeCable({ body: ['¶5. (C) NSA Kim spoke.', 'U.S.-Japan Relations', '--------------------', '¶6. (C) Kim concurred.', 'Comment: A Popular Decision', '----------------------------', '¶7. (S/NF) Brown will please many.'] }));
    expect(cable.headings.map((h) => h.text)).toEqual(['U.S.-Japan Relations', 'Comment: A Popular Decision']);
  });
  it('a title between blank lines that ends with an abbreviation (09RPODUBAI316)', () => {
    const cable = parseCable(makeCable({ body: ['¶5. (S/NF) Five.', '', 'NEW SPACE TO DISAGREE WITH AHMADINEJAD AND THE U.S.', '', '------------------', '', '¶6. (S/NF) Six.'] }));
    expect(cable.headings.map((h) => h.text)).toEqual(['NEW SPACE TO DISAGREE WITH AHMADINEJAD AND THE U.S.']);
    expect(parseCable(makeCable({ body: ['¶5. (C) Five.', '', 'He went to the U.S.', '', '¶6. (C) Six.'] })).headings).toEqual([]);
  });
  it('and a quotation, or a title with one after its colon (08BEIJING1141, 08ISLAMABAD483)', () => {
    const cable = parseCable(makeCable({ body: ['¶2. (C) Frank Januzzi met him.', '“Remarkable” Cooperation', '------------------------', '¶3. (C) Ambassador noted the reports.', 'PML-N/PPP: “the best thing that could happen”', '--------------------------------------------', '¶4. (C) Four.'] }));
    expect(cable.headings.map((h) => h.text)).toEqual(['“Remarkable” Cooperation', 'PML-N/PPP: “the best thing that could happen”']);
    // A quoted sentence under a paragraph stays text.
    expect(parseCable(makeCable({ body: ['¶1. (C) He said:', '“We are because of you.”', '------------------------', '¶2. (C) Two.'] })).headings).toEqual([]);
  });
  it('under a paragraph the published text blanked out (09ADDISABABA1318)', () => {
    const cable = parseCable(makeCable({ body: ['¶5. (S) Five.', '¶6. (S) XXXXXXXXXXXX', 'THE OPPOSITION', '--------------', '¶7. (S) Getachew commented.'] }));
    expect(cable.headings.map((h) => h.text)).toEqual(['THE OPPOSITION']);
    expect(cable.paragraphs.map((p) => p.headingIndex)).toEqual([null, null, 0]);
  });
  it('and a question (08LAGOS368)', () => {
    const cable = parseCable(makeCable({ body: ['¶4. (C/NF) Pickard said so.', 'GAZPROM Making a Play for Shell’s Concessions in Nigeria?', '--------------------------------------------- ------------', '¶5. (S/NF) Pickard asked for more.'] }));
    expect(cable.headings.map((h) => h.text)).toEqual(['GAZPROM Making a Play for Shell’s Concessions in Nigeria?']);
    expect(cable.paragraphs.map((p) => p.headingIndex)).toEqual([null, 0]);
  });
  it('not a line of text under a sentence with a rule that is not its length, or a sentence itself', () => {
    const cable = parseCable(makeCable({ body: ['¶1. (C) One.', 'The minister said so, and more', '--------', '¶2. (C) Two.', 'It was fine.', '------------', '¶3. (C) Three.', 'Was it fine? He said so', '-----------------------', '¶4. (C) Four.'] }));
    expect(cable.headings).toEqual([]);
  });
});

describe('a comment titled with more words and a colon (08BRASILIA93)', () => {
  it('is a comment heading over the paragraphs after it', () => {
    const cable = parseCable(makeCable({ body: ['¶8. (C) Eight.', '', 'Comment and Action Request:', '', '¶9. (C) Nine.'] }));
    expect(cable.headings.map((h) => [h.text, h.kind])).toEqual([['Comment and Action Request', 'comment']]);
    expect(cable.paragraphs.map((p) => p.headingIndex)).toEqual([null, 0]);
    // Not a sentence that starts with the word.
    expect(parseCable(makeCable({ body: ['¶8. (C) Eight.', '', 'Comments by the minister were: none.', '', '¶9. (C) Nine.'] })).headings).toEqual([]);
  });
});

describe('a label with its colon over the next paragraph', () => {
  it('is a heading where that paragraph goes on with the numbering (Other issues:, 04MADRID4063)', () => {
    const body = ['¶6. (C) Reviewing relations, Manzanares said so.', '', 'Other issues:', '', '', '¶7. (C) Cuba: Leon said the GOS did not want a change.'];
    const cable = parseCable(makeCable({ body }));
    expect(cable.headings.map((h) => h.text)).toEqual(['Other issues']);
    expect(cable.paragraphs.map((p) => p.headingIndex)).toEqual([null, 0]);
    // Not a label over the items of a list (09STATE81957), nor a sentence that ends with a colon.
    const list = ['¶28. (S) Costner noted the following action items:', '', 'U.S. side:', '', '¶1. On Eritrea, the U.S. will seek authorization.'];
    expect(parseCable(makeCable({ body: list })).headings).toEqual([]);
    expect(parseCable(makeCable({ body: ['¶1. (C) One.', '', 'The minister told us the following:', '', '¶2. (C) Two.'] })).headings).toEqual([]);
  });
});

describe('a comment aside in parentheses inside a wrapped line', () => {
  it('is a comment block to its end marker (09BERLIN1167)', () => {
    const body = ['5. (C) The FDP wants a review of the security', 'agencies.  (Comment: In our discussions with FDP party', 'officials, they told us so.  End Comment.)  The CDU', 'disagrees.', '', '6. (C) Six.'];
    const text = makeCable({ body });
    const [block] = parseCable(text).blocks;
    expect(block.kind).toBe('comment');
    expect(text.slice(block.open.start, block.close!.end)).toBe('Comment: In our discussions with FDP party\nofficials, they told us so.  End Comment');
  });
  it('ends at its closing parenthesis when no end marker comes first (08PARIS114), past a garbled dash (09SANAA1669)', () => {
    const body = ['4. (S) Changing a "bad guy" is worthwhile (COMMENT:', 'In public Sarkozy has defended his outreach ) to Qadhafi ) along these lines.)  According to Richier,', 'inaction costs more.  End Comment.', '', '5. (C) Five.'];
    const text = makeCable({ body });
    const [block] = parseCable(text).blocks;
    expect(text.slice(block.open.start, block.end)).toBe('COMMENT:\nIn public Sarkozy has defended his outreach ) to Qadhafi ) along these lines.)');
    // A word in parentheses that no colon or stop follows opens nothing (`(comment on the law)`).
    expect(parseCable(makeCable({ body: ['4. (C) He made a', 'remark (comment on the law) that', 'was noted.'] })).blocks).toEqual([]);
  });
});

describe('a closer cut by a line break', () => {
  it('ends its block on the line where it ends (`End` / `Summary.`, 09MOSCOW2531)', () => {
    const text = makeCable({ body: ['1. (C) SUMMARY: Despite the statement, nothing', 'signals any difference between them.  End', 'Summary.', '', '2. (C) Two.'] });
    const [block] = parseCable(text).blocks;
    expect(text.slice(block.close!.start, block.close!.end)).toBe('End\nSummary');
    expect(block.endLine).toBe(text.split('\n').indexOf('Summary.') + 1);
  });
});

describe('a summary and comment opened together', () => {
  it('opens both blocks, and one closer ends both (10BAGHDAD290, 07ANKARA1905)', () => {
    const text = makeCable({ body: ['¶1. (C) SUMMARY AND COMMENT: Iraqiyya coalition leader Ayad', 'Allawi met the Ambassador.  END', 'SUMMARY AND COMMENT.', '', '¶2. (C) Two.'] });
    const blocks = parseCable(text).blocks;
    expect(blocks.map((b) => [b.kind, text.slice(b.open.start, b.open.end), b.endLine])).toEqual([
      ['summary', 'SUMMARY', blocks[0].endLine],
      ['comment', 'COMMENT', blocks[0].endLine],
    ]);
    expect(text.split('\n')[blocks[0].endLine - 1]).toBe('SUMMARY AND COMMENT.');
    // `Summary and comment` inside a sentence opens nothing more.
    expect(parseCable(makeCable({ body: ['¶1. (C) Summary: He wrote a summary and comment on it. End Summary.'] })).blocks.map((b) => b.kind)).toEqual(['summary']);
  });
  it('opens both under a heading SUMMARY AND COMMENT, closed by one closer (09RIYADH1121, 09YEREVAN20)', () => {
    const text = makeCable({ body: ['SUMMARY AND COMMENT', '--------------------', '', '¶1. (C) In the aftermath of the attack.', '', '¶2. (C) It should continue.  End Summary and Comment.', '', 'OFFICIAL REACTION', '-----------------', '', '¶3. (C) Three.'] });
    const blocks = parseCable(text).blocks;
    expect(blocks.map((b) => [b.kind, b.style, text.slice(b.open.start, b.open.end), b.close ? text.slice(b.close.start, b.close.end) : null])).toEqual([
      ['summary', 'heading', 'SUMMARY AND COMMENT', 'End Summary'],
      ['comment', 'heading', 'COMMENT', 'End Summary and Comment'],
    ]);
  });
  it('closes the comment at the joint closer over a comment opened again inside it (08KYIV2414)', () => {
    const closers = (body: string[]) => {
      const text = makeCable({ body });
      return parseCable(text).blocks.map((b) => [b.kind, b.close ? text.slice(b.close.start, b.close.end) : null]);
    };
    const line = '¶1. (S) Summary and Comment: Firtash called on the Ambassador, and he sees the economy as the biggest threat. Comment: His arguments are self-serving. End summary and comment.';
    expect(closers([line, '', '¶2. (C) Two.'])).toEqual([
      ['summary', 'End summary'],
      ['comment', 'End summary and comment'],
    ]);
    // A closer of the summary alone does not close it.
    const filler = ' He spoke of the gas trade at length, and of the press.'.repeat(3);
    expect(closers([`¶1. (S) Summary and Comment: Firtash called.${filler} Comment: His arguments are self-serving. End summary.`, '', '¶2. (C) Two.'])).toEqual([
      ['summary', 'End summary'],
      ['comment', null],
    ]);
  });
});

describe('a word in lower case at the start of a line', () => {
  it('opens no comment where it goes on with a sentence (08ABIDJAN396, 06PARIS1031)', () => {
    for (const body of [['4. (C) Asked by his interviewer to', 'comment on the arrest of DRC rebels, he declined.'], ['4. (C) (Note: Royal is actively seeking the nomination. End Note and', 'comment.) The rest.']]) {
      expect(parseCable(makeCable({ body })).blocks).toEqual([]);
    }
    // With its colon it does.
    expect(parseCable(makeCable({ body: ['4. (C) Four.', 'comment: we doubt it.'] })).blocks.map((b) => b.kind)).toEqual(['comment']);
  });
});

describe('lines that are no headings', () => {
  it('the side labels of a list of meeting participants with no colon after its lead (09RIYADH716)', () => {
    const body = ['¶10. (U) Meeting participants', '', 'U.s.', '', 'Special Advisor Ambassador Richard Holbrooke', 'Barnett Rubin, Senior Advisor', '', 'Saudi Arabia', '', 'Major General xxxxxxxxxxxx,', 'Ministry of the Interior', '', '¶11. (U) Amb. Holbrooke cleared this telegram.'];
    const cable = parseCable(makeCable({ body }));
    expect(cable.headings).toEqual([]);
    expect(cable.paragraphs.map((p) => p.headingIndex)).toEqual([null, null]);
  });
  it('a line where one sentence ends and the next begins, or one that closes an aside (07BEIJING7035, 08BRASILIA880)', () => {
    const body = ['¶4. (C) The paper ran "Hu Jintao Elected General', '', 'Secretary" as the top headline.  The Southern', '', 'Metropolis News was the only paper to differ.', '', '¶5. (C) He said so (Note: as in', '', 'Bolivia. End note.)', '', '¶6. (C) Six.'];
    expect(parseCable(makeCable({ body })).headings).toEqual([]);
  });
});

describe("the post's comment by name", () => {
  it('opens a comment in parentheses or after a marking (07MADRID2282, 09BAKU687, 07MADRID208)', () => {
    const aside = makeCable({ body: ['3. (C) He agreed with France, and Mexico. (Embassy comment: We', 'continue to work closely with them. End Comment.) Then he left.', '', '4. (C) Four.'] });
    const [a] = parseCable(aside).blocks;
    expect(aside.slice(a.open.start, a.close!.end)).toBe('comment: We\ncontinue to work closely with them. End Comment');
    const note = makeCable({ body: ['4. (C) A student (Note and Comment: A student was', 'arrested there. End Note and Comment). The rest.'] });
    expect(parseCable(note).blocks.map((b) => b.kind)).toEqual(['comment']);
    const marked = makeCable({ body: ['7. (C/NF) Embassy Comment: Zapatero,s comments came late.', '', '8. (C) Eight.'] });
    const [m] = parseCable(marked).blocks;
    expect([m.kind, marked.slice(m.open.start, m.open.end)]).toEqual(['comment', 'Comment']);
  });
});

describe('a comment opened after the end of a sentence in a wrapped line', () => {
  it('opens at its word and closes at its closer (06MADRID766, 07PARIS3941), not after a word that ends no sentence', () => {
    const text = makeCable({
      body: [
        '¶6. (U) The press report said Zapatero was very',
        'interested in the peace talks. COMMENT: The Embassy has not',
        'received any such indications. END COMMENT.',
        '',
        '¶7. (U) He spoke of his comment: nothing more.',
        '',
        '¶8. (U) Eight.',
      ],
    });
    const cable = parseCable(text);
    expect(cable.blocks.map((b) => [b.kind, b.line, text.slice(b.open.start, b.open.end), b.close && text.slice(b.close.start, b.close.end)])).toEqual([['comment', cable.paragraphs[0].line + 1, 'COMMENT', 'END COMMENT']]);
  });
});

describe('a routing header with the header fields right under its last addressee (09NAIROBI2497)', () => {
  it('ends its addressees there', () => {
    const cable = parseCable(
      joinLines('VZCZCXRO7793', 'O R 161415Z DEC 09', 'FM AMEMBASSY NAIROBI', 'TO RUEHC/SECSTATE WASHDC IMMEDIATE 0140', 'INFO IGAD COLLECTIVE', 'RUEHKH/AMEMBASSY KHARTOUM 0002', 'TAGS: MARR MCAP MOPS KE UG', 'SUBJECT: Kenya responds to Sudan tank demarche', 'REF: 09 STATE 122115; 09 NAIROBI 2487', '', 'S E C R E T NAIROBI 002497', '', '¶1. (S) One.'),
    );
    expect(cable.routing!.addressees.map((a) => a.name)).toEqual(['SECSTATE WASHDC', 'IGAD COLLECTIVE', 'AMEMBASSY KHARTOUM']);
  });
});

describe('a comment heading in the plural, after a marking, closed with the title of the part before it (09DOHA644)', () => {
  it('is a comment from its heading to its closer', () => {
    const text = makeCable({
      body: ['-----------------------------', '(C) KEY POINTS', '-----------------------------', '', '-- The Amir will decide.', '', '-----------------------------', '(C) COMMENTS', '-----------------------------', '', '-- The Amir does have a history of such moves.', 'End Key Points and Comments.', '', '1.(C) During an October 28 meeting, he spoke.', '', '2.(C) Two.'],
    });
    const cable = parseCable(text);
    expect(cable.headings.map((h) => [h.text, h.kind])).toEqual([
      ['(C) KEY POINTS', 'heading'],
      ['(C) COMMENTS', 'comment'],
    ]);
    expect(cable.blocks.map((b) => [b.kind, b.close && text.slice(b.close.start, b.close.end)])).toEqual([['comment', 'End Key Points and Comments']]);
    expect(cable.blocks[0].end).toBeLessThan(cable.paragraphs[0].start);
  });
});

describe('a summary or comment named with another word first', () => {
  it('opens at the marking and closes at its own closer (07ISLAMABAD31), as a heading too (07TBILISI1732)', () => {
    const inline = makeCable({ body: ['¶1. (C) Introduction and summary: During a December 29 meeting, Musharraf', 'spoke. End introduction and summary.', '', '¶2. (C) Comment: Musharraf was frank. End comment.', '', '¶3. (C) Three.'] });
    const blocks = parseCable(inline).blocks;
    expect(blocks.map((b) => [b.kind, inline.slice(b.open.start, b.open.end), b.close && inline.slice(b.close.start, b.close.end)])).toEqual([
      ['summary', 'summary', 'End introduction and summary'],
      ['comment', 'Comment', 'End comment'],
    ]);
    const titled = makeCable({ body: ['Introduction and Comment', '', '¶1. (C) The strains between Russia and Georgia play out. End Introduction and Comment.', '', 'Direct Military Attack', '', '¶2. (C) Two.'] });
    const cable = parseCable(titled);
    expect(cable.headings.map((h) => [h.text, h.kind])).toEqual([
      ['Introduction and Comment', 'comment'],
      ['Direct Military Attack', 'heading'],
    ]);
    expect(cable.blocks.map((b) => [b.kind, b.close && titled.slice(b.close.start, b.close.end)])).toEqual([['comment', 'End Introduction and Comment']]);
  });
});

describe('a title in mixed case in two lines, underlined as one', () => {
  it('is one heading over the paragraphs after it (09PORTAUPRINCE575, 09BERLIN1360)', () => {
    const body = ['¶8. (C) Eight.', '', 'An Agenda deferred: Elections, Constitutional Reform, and', 'Drugs', '--------------------------------------------- -------------', '', '¶9. (C) Nine.'];
    const cable = parseCable(makeCable({ body }));
    expect(cable.headings.map((h) => h.text)).toEqual(['An Agenda deferred: Elections, Constitutional Reform, and Drugs']);
    expect(cable.paragraphs.map((p) => p.headingIndex)).toEqual([null, 0]);
    // Not two lines of a sentence over a rule of another length, nor a second line that ends a sentence.
    expect(parseCable(makeCable({ body: ['¶8. (C) Eight.', '', 'The minister told us that the talks', 'Failed', '--------------------------------------------- -------------', '', '¶9. (C) Nine.'] })).headings).toEqual([]);
    expect(parseCable(makeCable({ body: ['¶8. (C) Eight.', '', 'An Agenda deferred: Elections, Constitutional Reform, and', 'Drugs.', '--------------------------------------------- -------------', '', '¶9. (C) Nine.'] })).headings).toEqual([]);
  });
});
