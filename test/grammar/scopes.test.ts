// Targeted grammar tests: the scope of each cable element on inline lines, and lines that must not match.

import { describe, expect, it } from 'vitest';
import { joinLines } from '../helpers/text';
import { scopesAt, tokensWithScope } from './tokenize';

/** The innermost scope of the token holding `needle`. */
async function innermost(text: string, needle: string, occurrence = 0): Promise<string> {
  const scopes = await scopesAt(text, needle, occurrence);
  return scopes[scopes.length - 1];
}

describe('banner line', () => {
  it.each([
    ['C O N F I D E N T I A L SECTION 01 OF 02 ISTANBUL 001019', 'C O N F I D E N T I A L', 'confidential'],
    ['S E C R E T SECTION 01 OF 02 PARIS 001162', 'S E C R E T', 'secret'],
    ['SE C R E T TUNIS 000193', 'SE C R E T', 'secret'],
    ['C o n f i d e n t i a l section 01 of 04 ankara 000348', 'C o n f i d e n t i a l', 'confidential'],
    ['CONFIDENTIAL', 'CONFIDENTIAL', 'confidential'],
    ['UNCLAS KUALA LUMPUR 000317', 'UNCLAS', 'unclassified'],
    ['UNCLASSIFIED BUENOS AIRES 2481', 'UNCLASSIFIED', 'unclassified'],
    ['UNCLASSIFIED     PTQ8341', 'UNCLASSIFIED', 'unclassified'],
    ['SECRET//NOFORN', 'SECRET', 'secret'],
    ['TOP SECRET STATE 012345', 'TOP SECRET', 'top-secret'],
    ['LIMITED OFFICIAL USE STATE 017976', 'LIMITED OFFICIAL USE', 'limited-official-use'],
    // The first letter lost, as the parser reads it (07BAGHDAD146, 10BAGHDAD290).
    ['E C R E T SECTION 01 OF 03 BAGHDAD 000146', 'E C R E T', 'secret'],
    ['O N F I D E N T I A L BAGHDAD 000290', 'O N F I D E N T I A L', 'confidential'],
  ])('%s: the level', async (line, level, name) => {
    const scopes = await scopesAt(line, level);
    expect(scopes).toContain('meta.banner.cable');
    expect(scopes).toContain(`markup.bold.classification.${name}.cable`);
  });

  it('scopes FGI, the MR a classification line may end with, and its Declassify on line (08STATE116943)', async () => {
    const block = joinLines('SECRET//FGI//NOFORN//MR', 'Declassify on: Source marked 25X1-human, Date of source:');
    expect(await innermost(block, 'FGI')).toBe('storage.modifier.caveat.cable');
    expect(await innermost(block, 'MR')).toBe('constant.language.decl.mr.cable');
    expect(await innermost(block, 'Declassify on')).toBe('keyword.other.decl.cable');
    expect(await innermost(block, 'Source marked')).toBe('string.unquoted.decl.cable');
  });

  it('scopes the caveats, the section and the post and serial', async () => {
    const line = 'S E C R E T//NOFORN SECTION 01 OF 02 PARIS 001162';
    expect(await innermost(line, '//')).toBe('punctuation.separator.caveat.cable');
    expect(await innermost(line, 'NOFORN')).toBe('storage.modifier.caveat.cable');
    expect(await innermost(line, 'SECTION')).toBe('keyword.other.section.cable');
    expect(await innermost(line, '01')).toBe('constant.numeric.section.cable');
    expect(await innermost(line, 'OF', 1)).toBe('keyword.other.section.cable');
    expect(await innermost(line, '02')).toBe('constant.numeric.section.cable');
    expect(await innermost(line, 'PARIS')).toBe('entity.name.type.post.cable');
    expect(await innermost(line, '001162')).toBe('constant.numeric.serial.cable');
  });

  it('scopes SENSITIVE after UNCLAS as a caveat', async () => {
    expect(await innermost('UNCLAS SENSITIVE STATE 089712', 'SENSITIVE')).toBe('storage.modifier.caveat.cable');
    expect(await innermost('UNCLAS SENSITIVE STATE 089712', 'STATE')).toBe('entity.name.type.post.cable');
  });

  it('reads a page line run into a line of text (08BRASILIA504)', async () => {
    const line = 'of the bill. The BRASILIA 00000504 002 OF 004 influential Ordem dos Advogados';
    expect(await innermost(line, 'BRASILIA 00000504 002 OF 004')).toBe('comment.line.page-continuation.cable');
    expect(await innermost(line, 'influential')).not.toBe('comment.line.page-continuation.cable');
    expect(await tokensWithScope('He paid 00000504 002 OF 004 dollars', 'comment.line.page-continuation')).toEqual([]);
  });

  it('reads an old banner with the year before the post (7575LIBREVILLE1895)', async () => {
    expect(await innermost('C O N F I D E N T I A L 75 LIBREVILLE 1895', 'C O N F I D E N T I A L')).toBe('markup.bold.classification.confidential.cable');
    expect(await tokensWithScope('THE MINISTER SAID 75 PEOPLE CAME 1895', 'markup.bold.classification')).toEqual([]);
  });

  it('reads a post of several words and a lower-case post', async () => {
    expect(await innermost('UNCLAS KUALA LUMPUR 000317', 'KUALA LUMPUR')).toBe('entity.name.type.post.cable');
    expect(await innermost('C o n f i d e n t i a l section 01 of 04 ankara 000348', 'ankara')).toBe('entity.name.type.post.cable');
    expect(await innermost('C o n f i d e n t i a l section 01 of 04 ankara 000348', 'section')).toBe('keyword.other.section.cable');
  });

  it('scopes captions and an E.O. field run on into the banner line', async () => {
    const line = 'C O N F I D E N T I A L SECTION 01 OF 02 MOSCOW 000228  SIPDIS  STATE FOR EUR/RUS  E.O. 12958: DECL: 01/28/2020';
    expect(await innermost(line, 'SIPDIS')).toBe('keyword.other.caption.distribution.cable');
    expect(await innermost(line, 'E.O.')).toBe('keyword.other.executive-order.cable');
    expect(await innermost(line, '01/28/2020')).toBe('constant.numeric.date.cable');
  });

  it.each([
    'Secretary Clinton met the Foreign Minister on May 3.',
    'Confidentiality of the talks was agreed.',
    'SECRETARY RICE MET FM ZIBARI.',
    'Secret talks were held in Oslo.',
    'Confidential sources said the vote would slip.',
    'SECRET POLICE ARRESTED 300 PEOPLE LAST WEEK.',
  ])('prose is no banner: %s', async (line) => {
    expect(await tokensWithScope(line, 'meta.banner')).toEqual([]);
  });
});

describe('captions', () => {
  it.each([
    ['SIPDIS', 'distribution'],
    ['Sipdis', 'distribution'],
    ['NOFORN', 'control'],
    ['SENSITIVE', 'control'],
    ['SENSITIVE BUT UNCLASSIFIED', 'control'],
    ['NODIS', 'channel'],
    ['EXDIS', 'channel'],
    ['LIMDIS', 'channel'],
    ['STADIS', 'channel'],
    ['CHEROKEE', 'channel'],
    ['CORRECTED COPY', 'correction'],
    ['C O R R E C T E D  C O P Y', 'correction'],
  ])('%s', async (caption, kind) => {
    const scopes = await scopesAt(`${caption} `, caption);
    expect(scopes).toContain('meta.caption.cable');
    expect(scopes[scopes.length - 1]).toBe(`keyword.other.caption.${kind}.cable`);
  });

  it('reads several captions on one line', async () => {
    expect(await tokensWithScope('SIPDIS SIPDIS', 'keyword.other.caption')).toEqual(['SIPDIS', 'SIPDIS']);
    expect(await innermost('NOFORN SIPDIS', 'NOFORN')).toBe('keyword.other.caption.control.cable');
  });

  it('reads SIPDIS that opens a line of text going on in lower case, and leaves the text (07TBILISI1732)', async () => {
    const text = joinLines('12. (C) In Akhalkalaki protesters briefly halted', 'SIPDIS the first stage of Russian base withdrawal.');
    expect(await innermost(text, 'SIPDIS')).toBe('keyword.other.caption.distribution.cable');
    expect(await scopesAt(text, 'the first stage')).not.toContain('meta.caption.cable');
    // A sentence that starts with a capital after it is no such line.
    expect(await tokensWithScope(joinLines('1. (C) Text.', 'SIPDIS The visit'), 'keyword.other.caption')).toEqual([]);
  });

  it('reads CORRECTED COPY followed by a note', async () => {
    const line = 'C O R R E C T E D C O P Y ( FIRST PARAGRAPH AND PARA. 2.)';
    expect(await innermost(line, 'C O R R E C T E D C O P Y')).toBe('keyword.other.caption.correction.cable');
    // Or by what it corrects in words (09KABUL495, 09BRASILIA28, 09STATE28302).
    for (const note of ['C O R R E C T E D COPY CAPTION ', 'C O R R E C T E D COPY - PARAGRAPHS RENUMBERED ', 'C O R R E C T E D C O P Y - CAPTION ADDED ']) {
      expect(await scopesAt(note, 'C O R R E C T E D')).toContain('keyword.other.caption.correction.cable');
    }
  });

  it('reads a caption followed by a note', async () => {
    const line = 'SENSITIVE BUT UNCLASSIFIED -- HANDLE ACCORDINGLY';
    expect(await scopesAt(line, 'HANDLE')).toContain('meta.caption.cable');
    expect(await innermost(line, 'SENSITIVE BUT UNCLASSIFIED')).toBe('keyword.other.caption.control.cable');
  });

  it('leaves a caption word inside prose alone', async () => {
    expect(await tokensWithScope('The cable was sent SIPDIS to all posts.', 'keyword.other.caption')).toEqual([]);
  });
});

describe('routing header', () => {
  const header = joinLines(
    'VZCZCXRO6140',
    'OO RUEHFL RUEHKW',
    'RUEHNP RUEHPW RUEHROV',
    'DE RUEHLO #1939/01 2071145',
    'ZNY CCCCC ZZH',
    'O 251145Z JUL 08',
    'FM AMEMBASSY LONDON',
    'TO RUEHC/SECSTATE WASHDC IMMEDIATE 9287',
    'RHEHNSC/NSC WASHDC PRIORITY',
    'INFO RUEHZL/EUROPEAN POLITICAL COLLECTIVE',
    'XMT AMCONSUL BELFAST',
    'BT',
    '',
    'C O N F I D E N T I A L LONDON 001939',
  );

  it('goes on after a blank line in the routing header (09STATE14577)', async () => {
    const split = joinLines('VZCZCXYZ0012', 'OO RUEHWEB', '', 'DE RUEHC #4577 0490046', 'ZNY SSSSS ZZH', 'O P 180030Z FEB 09', 'FM SECSTATE WASHDC');
    expect(await innermost(split, 'DE')).toBe('keyword.other.routing.de.cable');
    expect(await innermost(split, 'ZNY')).toBe('keyword.other.routing.security.cable');
    expect(await scopesAt(split, 'SSSSS')).toContain('meta.routing.cable');
  });

  it('scopes the transmission id, the precedence and routing indicators', async () => {
    expect(await scopesAt(header, 'VZCZCXRO6140')).toContain('meta.routing.cable');
    expect(await innermost(header, 'VZCZCXRO6140')).toBe('constant.language.transmission-id.cable');
    expect(await innermost(header, 'OO')).toBe('keyword.other.precedence.cable');
    expect(await innermost(header, 'RUEHFL')).toBe('variable.other.constant.routing-indicator.cable');
    expect(await innermost(header, 'RUEHROV')).toBe('variable.other.constant.routing-indicator.cable');
  });

  it('scopes the DE line', async () => {
    expect(await innermost(header, 'DE')).toBe('keyword.other.routing.de.cable');
    expect(await innermost(header, 'RUEHLO')).toBe('variable.other.constant.routing-indicator.cable');
    expect(await innermost(header, '1939')).toBe('constant.numeric.serial.cable');
    expect(await innermost(header, '01', 0)).toBe('constant.numeric.section.cable');
    expect(await innermost(header, '2071145')).toBe('constant.numeric.date-time.julian.cable');
  });

  it('scopes the security line by level', async () => {
    expect(await innermost(header, 'ZNY')).toBe('keyword.other.routing.security.cable');
    expect(await innermost(header, 'CCCCC')).toBe('constant.language.classification.confidential.cable');
    expect(await innermost(header, 'ZZH')).toBe('keyword.other.routing.security.cable');
    expect(await innermost(joinLines('VZCZCXRO6644', 'ZNR UUUUU ZZH'), 'UUUUU')).toBe('constant.language.classification.unclassified.cable');
  });

  it('scopes the precedence and date-time group', async () => {
    expect(await innermost(header, '251145Z JUL 08')).toBe('constant.numeric.date-time-group.cable');
    expect(await innermost('O 251145Z JUL 08', 'O')).toBe('keyword.other.precedence.cable');
    expect(await innermost('P R 281848Z DEC 66', 'P R')).toBe('keyword.other.precedence.cable');
    expect(await innermost('P R 281848Z DEC 66', '281848Z DEC 66')).toBe('constant.numeric.date-time-group.cable');
  });

  it('scopes FM, TO, INFO, XMT and the addressees', async () => {
    expect(await innermost(header, 'FM')).toBe('keyword.other.routing.from.cable');
    expect(await innermost(header, 'AMEMBASSY LONDON')).toBe('entity.name.type.sender.cable');
    expect(await innermost(header, 'TO')).toBe('keyword.other.routing.to.cable');
    expect(await innermost(header, 'RUEHC')).toBe('variable.other.constant.routing-indicator.cable');
    expect(await innermost(header, 'SECSTATE')).toBe('entity.name.type.addressee.cable');
    expect(await innermost(header, 'IMMEDIATE')).toBe('keyword.other.precedence.cable');
    expect(await innermost(header, '9287')).toBe('constant.numeric.message-number.cable');
    expect(await innermost(header, 'INFO')).toBe('keyword.other.routing.info.cable');
    expect(await innermost(header, 'XMT')).toBe('keyword.other.routing.xmt.cable');
    expect(await innermost(header, 'BELFAST')).toBe('entity.name.type.addressee.cable');
  });

  it('scopes continuation addressee lines', async () => {
    expect(await innermost(header, 'RHEHNSC')).toBe('variable.other.constant.routing-indicator.cable');
    expect(await innermost(header, 'PRIORITY')).toBe('keyword.other.precedence.cable');
    expect(await scopesAt(header, 'NSC', 1)).toContain('meta.addressee.cable');
    expect(await innermost(header, 'NSC', 1)).toBe('entity.name.type.addressee.cable');
  });

  it('scopes the addressee lines a partial extract kept below its banner, not as a heading (05MADRID1178)', async () => {
    const text = joinLines('C O N F I D E N T I A L MADRID 001178', '', 'SIPDIS', '', 'INFO EUROPEAN POLITICAL COLLECTIVE PRIORITY', 'AMEMBASSY BOGOTA PRIORITY', '', 'E.O. 12958: DECL: 03/29/2015');
    expect(await innermost(text, 'INFO')).toBe('keyword.other.routing.info.cable');
    expect(await innermost(text, 'BOGOTA')).toBe('entity.name.type.addressee.cable');
    expect(await scopesAt(text, 'EUROPEAN')).not.toContain('markup.heading.section.cable');
    expect(await innermost(text, 'E.O.')).toBe('keyword.other.executive-order.cable');
    // A sentence in capitals that starts with TO and ends with PRIORITY is none.
    expect(await scopesAt(joinLines('', 'TO BE OUR TOP PRIORITY', ''), 'TOP')).not.toContain('meta.routing.cable');
  });

  it("scopes a received copy's distribution printout (09ISLAMABAD2523, 09ISLAMABAD2295), not a G-20 on a line of its own", async () => {
    const text = joinLines('ACTION SCA-00', '', 'INFO  LOG-00   EEB-00   AF-00    AID-00', '      SRAP-00  PESU-00  SANA-00    /000W', '', 'O 231509Z SEP 09');
    expect(await innermost(text, 'ACTION')).toBe('keyword.other.distribution.cable');
    expect(await scopesAt(text, 'SRAP-00')).toContain('comment.line.distribution.cable');
    expect(await scopesAt(text, 'EEB-00')).toContain('comment.line.distribution.cable');
    expect(await tokensWithScope(joinLines('¶4. (C) The leaders met at the', '', 'G-20', '', 'summit.'), 'comment.line.distribution')).toEqual([]);
  });

  it('scopes the passing instructions of the header (05SANAA923, 09BRASILIA1383)', async () => {
    const text = joinLines('S E C R E T SANAA 000923', '', 'SIPDIS', '', 'STATE FOR NEA/ARPI', 'NSC FOR FTOWNSEND', 'DEPT ALSO FOR EEB MATT MCMANUS, BRIAN DUGGAN DEPT PASS DHS AND USTDA', '', 'E.O. 12958: DECL: 03/29/2015');
    expect(await innermost(text, 'NSC')).toBe('entity.name.type.addressee.cable');
    expect(await innermost(text, 'FOR', 1)).toBe('keyword.other.passing.cable');
    expect(await innermost(text, 'FTOWNSEND')).toBe('string.unquoted.passing.cable');
    expect(await scopesAt(text, 'DEPT')).toContain('meta.passing-instruction.cable');
    expect(await innermost(text, 'ALSO')).toBe('keyword.other.passing.cable');
    // Office symbols and commands first too (05CAIRO5924, 06CARACAS219, 06BUENOSAIRES1594).
    const offices = joinLines('S E C R E T CAIRO 005924', '', 'NEA FOR FO, ELA', 'S/WCI FOR AMB PROSPER AND RMILLER', 'HQSOUTHCOM ALSO FOR POLAD', 'USCINCSO FOR POLAD', '', 'E.O. 12958: DECL: 03/29/2015');
    for (const office of ['NEA', 'S/WCI', 'HQSOUTHCOM', 'USCINCSO']) expect(await innermost(offices, office)).toBe('entity.name.type.addressee.cable');
    // A sentence that starts with another word is none.
    expect(await tokensWithScope(joinLines('', 'THE DEPARTMENT FOR ITS PART AGREED', ''), 'meta.passing-instruction')).toEqual([]);
  });

  it('ends the routing header at a header field right under the last addressee (09NAIROBI2497, 07BERN881)', async () => {
    const text = joinLines('VZCZCXRO7793', 'O R 161415Z DEC 09', 'FM AMEMBASSY NAIROBI', 'TO RUEHC/SECSTATE WASHDC IMMEDIATE 0140', 'RUEHKH/AMEMBASSY KHARTOUM 0002', 'TAGS: MARR MCAP MOPS KE UG', 'SUBJECT: Kenya responds to Sudan tank demarche', 'REF: 09 STATE 122115; 09 NAIROBI 2487');
    expect(await innermost(text, 'TAGS')).toBe('keyword.other.tags.cable');
    expect(await scopesAt(text, 'TAGS')).not.toContain('meta.routing.cable');
    expect(await innermost(text, 'SUBJECT')).toBe('keyword.other.subject.cable');
    expect(await innermost(text, 'KHARTOUM')).toBe('entity.name.type.addressee.cable');
  });

  it('scopes BT and ends at the blank line before the banner', async () => {
    expect(await innermost(header, 'BT')).toBe('keyword.control.break.cable');
    const banner = await scopesAt(header, 'C O N F I D E N T I A L');
    expect(banner).not.toContain('meta.routing.cable');
    expect(banner).toContain('markup.bold.classification.confidential.cable');
  });

  it('leaves TO and FM in body prose alone', async () => {
    const text = joinLines('1. (C) SUMMARY: THE GOS', 'TO DECIDE HOW TO REACT TO LIBYA.', 'FM ZIBARI SAID SO.');
    expect(await tokensWithScope(text, 'keyword.other.routing')).toEqual([]);
  });
});

describe('E.O. and DECL', () => {
  it.each([
    ['E.O. 12958: DECL: 06/30/2014', 'E.O.', '12958', '06/30/2014'],
    ['EO 12958 DECL: 07/25/2018', 'EO', '12958', '07/25/2018'],
    ['E.o. 12958: decl: 01/07/2014', 'E.o.', '12958', '01/07/2014'],
    ['E.O.12356: DECL:OADR', 'E.O.', '12356', null],
    ['E.O. 12958: DECL: 2019/08/24', 'E.O.', '12958', '2019/08/24'],
  ])('%s', async (line, keyword, order, date) => {
    expect(await scopesAt(line, keyword)).toContain('meta.field.executive-order.cable');
    expect(await innermost(line, keyword)).toBe('keyword.other.executive-order.cable');
    expect(await innermost(line, order)).toBe('constant.numeric.executive-order.cable');
    expect(await innermost(line, line.includes('decl') ? 'decl' : 'DECL')).toBe('keyword.other.decl.cable');
    if (date) expect(await innermost(line, date)).toBe('constant.numeric.date.cable');
  });

  it.each([
    ['E.O. 12958: N/A', 'N/A', 'constant.language.decl.not-applicable.cable'],
    ['EO 12958 N/A', 'N/A', 'constant.language.decl.not-applicable.cable'],
    ['E.O. 12356: DECL: OADR', 'OADR', 'constant.language.decl.oadr.cable'],
    ['E.O. 12958: DECL: MR', 'MR', 'constant.language.decl.mr.cable'],
    ['E.O. 12065: GDS 8/12/85', 'GDS', 'constant.language.decl.gds.cable'],
    ['E.O. 12958: DECL: TEN YEARS AFTER KOREAN UNIFICATION', 'TEN YEARS AFTER KOREAN UNIFICATION', 'string.unquoted.decl.cable'],
    ['EO 12958 DECL: after korean unification', 'after korean unification', 'string.unquoted.decl.cable'],
    ['E.O. 12958: AS AMENDED; DECLASSIFIED JUNE 21, 2006', 'AS AMENDED', 'string.unquoted.decl.cable'],
  ])('%s: the value', async (line, value, scope) => {
    expect(await innermost(line, value)).toBe(scope);
  });

  it('reads `¶E. O. 11652` with the pilcrow WikiLeaks added', async () => {
    expect(await innermost('¶E. O. 11652: GDS', 'E. O.')).toBe('keyword.other.executive-order.cable');
    expect(await innermost('¶E. O. 11652: GDS', '¶')).toBe('punctuation.definition.paragraph.cable');
  });

  it('stops the DECL value before TAGS on the same line', async () => {
    const line = 'E.O. 12958: DECL: 01/24/2019 TAG PTER, PGOV';
    expect(await innermost(line, 'TAG')).toBe('keyword.other.tags.cable');
    expect(await innermost(line, 'PTER')).toBe('entity.name.tag.subject.cable');
  });

  it('reads an E.O. field after a distribution line', async () => {
    const line = 'DEPT FOR NEA/MAG AND DRL E.O. 12958: DECL: 3/13/2018';
    expect(await innermost(line, 'E.O.')).toBe('keyword.other.executive-order.cable');
    expect(await innermost(line, '3/13/2018')).toBe('constant.numeric.date.cable');
    expect(await innermost(line, 'DEPT')).toBe('entity.name.type.addressee.cable');
    expect(await innermost(line, ' NEA/MAG AND DRL')).toBe('string.unquoted.passing.cable');
  });
});

describe('TAGS', () => {
  it('scopes the keyword and each tag by kind', async () => {
    const line = 'TAGS: PREL PGOV KDEM IZ NATO EUN MTCRE';
    expect(await scopesAt(line, 'PREL')).toContain('meta.field.tags.cable');
    expect(await innermost(line, 'TAGS')).toBe('keyword.other.tags.cable');
    expect(await innermost(line, ':')).toBe('punctuation.separator.key-value.cable');
    expect(await innermost(line, 'PREL')).toBe('entity.name.tag.subject.cable');
    expect(await innermost(line, 'KDEM')).toBe('entity.name.tag.program.cable');
    expect(await innermost(line, 'IZ')).toBe('support.type.tag.country.cable');
    expect(await innermost(line, 'NATO')).toBe('entity.name.tag.organization.cable');
    expect(await innermost(line, 'EUN')).toBe('entity.name.tag.organization.cable');
    expect(await innermost(line, 'MTCRE')).toBe('entity.name.tag.organization.cable');
  });

  it('reads TAGS without a colon, with commas, and in lower case', async () => {
    expect(await innermost('TAGS PGOV, PREL', 'TAGS')).toBe('keyword.other.tags.cable');
    expect(await innermost('TAGS PGOV, PREL', ',')).toBe('punctuation.separator.tags.cable');
    expect(await innermost('TAGS PGOV, PREL', 'PREL')).toBe('entity.name.tag.subject.cable');
    expect(await innermost('Tags: prel, pgov, tu', 'Tags')).toBe('keyword.other.tags.cable');
    expect(await innermost('Tags: prel, pgov, tu', 'pgov')).toBe('entity.name.tag.subject.cable');
    expect(await innermost('Tags: prel, pgov, tu', 'tu')).toBe('support.type.tag.country.cable');
  });

  it('reads the markdown residue `[PREL](#)`', async () => {
    const line = 'TAGS: [PREL](#) [IZ](#)';
    expect(await innermost(line, '[')).toBe('punctuation.definition.tag.begin.cable');
    expect(await innermost(line, 'PREL')).toBe('entity.name.tag.subject.cable');
    expect(await innermost(line, '](#)')).toBe('punctuation.definition.tag.end.cable');
    expect(await innermost(line, 'IZ')).toBe('support.type.tag.country.cable');
  });

  it('reads person tags', async () => {
    const line = 'TAGS: OVIP (CLINTON, HILLARY) PREL';
    expect(await innermost(line, 'OVIP')).toBe('entity.name.tag.subject.cable');
    expect(await innermost(line, 'CLINTON, HILLARY')).toBe('entity.name.tag.person.cable');
    expect(await innermost(line, 'PREL')).toBe('entity.name.tag.subject.cable');
  });

  it('continues on the next line after a trailing comma, and only then', async () => {
    const wrapped = joinLines('TAGS AORC, PREL, SOCI, ', 'KCRM, KJUS, SP ', 'SUBJECT: GARZON OPENS A SECOND INVESTIGATION');
    expect(await innermost(wrapped, 'KJUS')).toBe('entity.name.tag.program.cable');
    expect(await innermost(wrapped, 'SP')).toBe('support.type.tag.country.cable');
    expect(await innermost(wrapped, 'SUBJECT')).toBe('keyword.other.subject.cable');
    const notWrapped = joinLines('TAGS: PREL, PGOV', 'KCRM STAYS OUT');
    expect(await innermost(notWrapped, 'KCRM')).toBe('text.cable');
  });

  it('leaves prose about tags alone', async () => {
    expect(await tokensWithScope('Tags on the luggage were checked.', 'meta.field.tags')).toEqual([]);
  });
});

describe('SUBJECT', () => {
  it('scopes the keyword and the text, continued until a blank line', async () => {
    const text = joinLines('SUBJECT: A/S JONES MEETING WITH IRAQI FM ZIBARI AND IRAQI', 'MOD SHA\'ALAN', '', 'Classified By: A/S Jones');
    expect(await innermost(text, 'SUBJECT')).toBe('keyword.other.subject.cable');
    expect(await innermost(text, 'A/S JONES MEETING')).toBe('string.unquoted.subject.cable');
    expect(await scopesAt(text, 'MOD SHA')).toContain('string.unquoted.subject.cable');
    expect(await scopesAt(text, 'Classified By')).not.toContain('meta.field.subject.cable');
  });

  it('reads SUBJ and ends at a REF line that follows directly', async () => {
    const text = joinLines('SUBJ:  ESSA MOOSA TALKS ABOUT MANDELA', 'NEAR MINBU', 'REF: STATE 297614');
    expect(await innermost(text, 'SUBJ')).toBe('keyword.other.subject.cable');
    expect(await innermost(text, 'NEAR MINBU')).toBe('string.unquoted.subject.cable');
    expect(await innermost(text, 'REF')).toBe('keyword.other.reference.cable');
  });

  it('ends at a page line that follows directly', async () => {
    const text = joinLines('SUBJECT: PART 1 OF 3:  THE LIFE AND TIMES OF', 'NEXT PRESIDENT', 'PRETORIA 00000939 001.2 OF 003');
    expect(await scopesAt(text, 'PRETORIA')).toEqual(['text.cable', 'comment.line.page-continuation.cable']);
  });

  it('ends at a paragraph that follows directly', async () => {
    const text = joinLines('SUBJECT: BURMA: RUMORS', '¶1. (S/NF) An expatriate businessman');
    expect(await scopesAt(text, 'An expatriate')).not.toContain('meta.field.subject.cable');
  });

  it('scopes a portion marking at the start of the subject', async () => {
    expect(await scopesAt('SUBJECT: (C) SHELL MD DISCUSSES', 'C', 1)).toContain('keyword.control.portion.confidential.cable');
  });

  it('stops before REF and Classified By run together on one line', async () => {
    const line = 'SUBJECT: RUSSIAN DRAFT BILL  REF: MOSCOW 00079  Classified By: ECONMINCOUNS Matthias Mitman for Reasons 1.4(b) and (d)';
    expect(await innermost(line, 'REF')).toBe('keyword.other.reference.cable');
    expect(await innermost(line, 'MOSCOW 00079')).toBe('markup.underline.link.citation.cable');
    expect(await innermost(line, 'Classified By')).toBe('keyword.other.classified-by.cable');
    expect(await innermost(line, 'ECONMINCOUNS Matthias Mitman')).toBe('string.unquoted.classifier.cable');
    expect(await tokensWithScope(line, 'constant.character.reason')).toEqual(['b', 'd']);
  });
});

describe('run-together partial-extract header', () => {
  const line = 'E.o. 12958: decl: 01/07/2014 Tags: prel, pgov, pins, tu Subject: turkish p.m. Erdogan goes to washington: how strong';
  it('scopes each field on the one line', async () => {
    expect(await innermost(line, 'E.o.')).toBe('keyword.other.executive-order.cable');
    expect(await innermost(line, '01/07/2014')).toBe('constant.numeric.date.cable');
    expect(await innermost(line, 'Tags')).toBe('keyword.other.tags.cable');
    expect(await innermost(line, 'pins')).toBe('entity.name.tag.subject.cable');
    expect(await innermost(line, 'tu')).toBe('support.type.tag.country.cable');
    expect(await innermost(line, 'Subject')).toBe('keyword.other.subject.cable');
    expect(await scopesAt(line, 'turkish p.m.')).toEqual(['text.cable', 'meta.field.subject.cable', 'string.unquoted.subject.cable']);
  });
});

describe('REF', () => {
  it('scopes letters and cable citations', async () => {
    const text = joinLines('REF: A. 08 STATE 12345 B. BOGOTA 2239', '¶C. PARIS 1097');
    expect(await innermost(text, 'REF')).toBe('keyword.other.reference.cable');
    expect(await innermost(text, 'A.')).toBe('constant.character.reference.cable');
    expect(await innermost(text, '08 STATE 12345')).toBe('markup.underline.link.citation.cable');
    expect(await innermost(text, 'B.')).toBe('constant.character.reference.cable');
    expect(await innermost(text, 'BOGOTA 2239')).toBe('markup.underline.link.citation.cable');
    expect(await innermost(text, '¶')).toBe('punctuation.definition.paragraph.cable');
    expect(await innermost(text, 'C.')).toBe('constant.character.reference.cable');
    expect(await innermost(text, 'PARIS 1097')).toBe('markup.underline.link.citation.cable');
  });

  it('reads REFS, A) letters, several words and lower case', async () => {
    const text = 'REFS: A) RIO DE JANEIRO 329, b) vienna 309';
    expect(await innermost(text, 'REFS')).toBe('keyword.other.reference.cable');
    expect(await innermost(text, 'A)')).toBe('constant.character.reference.cable');
    expect(await innermost(text, 'RIO DE JANEIRO 329')).toBe('markup.underline.link.citation.cable');
    expect(await innermost(text, 'b)')).toBe('constant.character.reference.cable');
    expect(await innermost(text, 'vienna 309')).toBe('markup.underline.link.citation.cable');
  });

  it('reads a letter at the end of the line, its entry on the next (06VIENNA515: c) 05 vienna 1760 d) / 05 state 220738)', async () => {
    const text = 'Ref: a) vienna 350 b) vienna 309 c) 05 vienna 1760 d)\n05 state 220738';
    expect(await innermost(text, 'd)')).toBe('constant.character.reference.cable');
    expect(await innermost(text, '05 state 220738')).toBe('markup.underline.link.citation.cable');
  });

  it('reads REF entries after a blank line, lettered with a pilcrow (04MADRID961), and no lettered sub-paragraph as one', async () => {
    const text = 'REF: A. MADRID 881\n\n¶B. MADRID 919\n¶C. MADRID 812\n\nClassified By: Carol J. Urban, reasons 1.4(B) and (D).';
    expect(await innermost(text, 'MADRID 919')).toBe('markup.underline.link.citation.cable');
    expect(await innermost(text, 'MADRID 812')).toBe('markup.underline.link.citation.cable');
    expect(await scopesAt('1. (C) One.\n\n¶B. (C) The minister said so.', 'minister')).not.toContain('meta.field.reference.cable');
  });

  it('reads a year glued to the post', async () => {
    expect(await innermost('REF: A. 10SHENYANG 003  B. 09SHENYANG 167', '09SHENYANG 167')).toBe('markup.underline.link.citation.cable');
  });

  it('does not read a date as a citation', async () => {
    expect(await tokensWithScope('REF: A. PARIS POINT AUGUST 18 2009', 'markup.underline.link.citation')).toEqual([]);
  });

  it('ends at an unnumbered paragraph with a portion marking', async () => {
    const text = joinLines('REF: STATE 40380', ' (SBU) Poloff delivered reftel demarche.');
    expect(await scopesAt(text, 'Poloff')).not.toContain('meta.field.reference.cable');
    expect(await scopesAt(text, 'SBU')).toContain('keyword.control.portion.unclassified.sbu.cable');
  });

  it('needs a colon at the start of a line, so prose is no REF list', async () => {
    expect(await tokensWithScope('REF A).  AT THE SAME TIME THE GOS WANTS TO AVOID', 'meta.field.reference')).toEqual([]);
  });
});

describe('Classified By', () => {
  it.each([
    ['Classified By: A/S Elizabeth Jones for Reasons 1.5 (b&d)', 'Classified By', 'A/S Elizabeth Jones', '1.5', ['b', 'd']],
    ['CLASSIFIED BY: Chris Stevens, CDA, Embassy Tripoli, Dept of State. REASON: 1.4 (b), (d)', 'CLASSIFIED BY', 'Chris Stevens, CDA, Embassy Tripoli, Dept of State', '1.4', ['b', 'd']],
    ['(U) Classified by Ambassador Eric Edelman; reasons: 1.5 (b,d).', 'Classified by', 'Ambassador Eric Edelman', '1.5', ['b', 'd']],
    ['Classified By: POL CHIEF TROY FITRELL, REASONS 1.4 (B,D)', 'Classified By', 'POL CHIEF TROY FITRELL', '1.4', ['B', 'D']],
    ['Classified By: CHARGE STUART E.JONES, REASONS 1.5 B AND D', 'Classified By', 'CHARGE STUART E.JONES', '1.5', ['B', 'D']],
    ['Classified By: A/DCM JOSIAH ROSENBLATT, FOR REASONS 1.4 B/D', 'Classified By', 'A/DCM JOSIAH ROSENBLATT', '1.4', ['B', 'D']],
    ['CLASSIFIED BY DCM PSIMONS PER 1.5 (B) AND (D)', 'CLASSIFIED BY', 'DCM PSIMONS', '1.5', ['B', 'D']],
  ])('%s', async (line, keyword, classifier, section, letters) => {
    expect(await scopesAt(line, keyword)).toContain('meta.field.classified-by.cable');
    expect(await innermost(line, keyword)).toBe('keyword.other.classified-by.cable');
    expect(await innermost(line, classifier)).toBe('string.unquoted.classifier.cable');
    expect(await innermost(line, section)).toBe('constant.numeric.reason-section.cable');
    expect(await tokensWithScope(line, 'constant.character.reason')).toEqual(letters);
  });

  it('scopes the reason keyword and the (U) marking', async () => {
    const line = '(U) Classified by Ambassador Eric Edelman; reasons: 1.5 (b,d).';
    expect(await innermost(line, 'reasons')).toBe('keyword.other.reason.cable');
    expect(await scopesAt(line, 'U')).toContain('keyword.control.portion.unclassified.cable');
  });

  it('colours no passing instruction of the header as a heading (10BRASILIA15, 08BRASILIA1396)', async () => {
    const text = joinLines('UNCLAS BRASILIA 000015', '', 'SIPDIS', '', 'AMEMBASSY BRASILIA PASS TO AMCONSUL RECIFE', '', 'DEPT PASS USAID TO LAC/RSD, LAC/SAM', '', 'E.O. 12958: N/A');
    expect(await scopesAt(text, 'AMEMBASSY BRASILIA')).not.toContain('markup.heading.section.cable');
    expect(await scopesAt(text, 'DEPT')).not.toContain('markup.heading.section.cable');
    // Nor a line of office symbols (10KUWAIT88).
    expect(await tokensWithScope(joinLines('C O N F I D E N T I A L KUWAIT 000088', '', 'SIPDIS', '', 'NEA/ARP, NEA/RA', '', 'E.O. 12958: DECL: 02/01/2020'), 'markup.heading')).toEqual([]);
    expect(await scopesAt(joinLines('1. (C) One.', '', 'THE TALKS', '', '2. (C) Two.'), 'THE TALKS')).toContain('markup.heading.section.cable');
  });

  it('reads a range of reason letters (1.4 (b-d), 09BAGHDAD197)', async () => {
    const line = 'Classified By: Minister-Counselor Michael Corbin for reasons 1.4 (b-d).';
    expect(await tokensWithScope(line, 'constant.character.reason')).toEqual(['b', 'd']);
    expect(await tokensWithScope(line, 'keyword.operator.range')).toEqual(['-']);
    // A dash after the letters that starts no range ends them.
    expect(await tokensWithScope('Classified By: Amb X for reasons 1.4 (b) - Foreign Government Information.', 'constant.character.reason')).toEqual(['b']);
  });

  it('reads the classifier going on on the next line, not the end of a cut REASONS (09TRIPOLI943, 07TRIPOLI1033, 05PARIS479)', async () => {
    const text = joinLines("CLASSIFIED BY: Joan A. Polaschik, Charge d'Affaires, U.S.", 'Embassy Tripoli, Department of State.', 'REASON: 1.4 (b), (d)');
    expect(await innermost(text, 'Embassy Tripoli, Department of State.')).toBe('string.unquoted.classifier.cable');
    // (Going on with `of`: 07TRIPOLI1033.)
    const of = joinLines('CLASSIFIED BY: Chris Stevens, DCM, Embassy Tripoli, Department', 'of State.', 'REASON: 1.4 (b), (d)');
    expect(await innermost(of, 'of State')).toBe('string.unquoted.classifier.cable');
    const cut = joinLines('Classified By: Political Minister-Counselor Josiah Rosenblatt for REAS', 'ONS 1.4 (B) AND (D).');
    expect(await scopesAt(cut, 'ONS')).not.toContain('string.unquoted.classifier.cable');
  });

  it('reads the classifier without a keyword written twice or a colon before the reasons, and 1:4 as the section (09PARIS933, 07MOSCOW4599, 09KABUL1892)', async () => {
    const twice = 'Classified By: Classified by Pol M/C Allegrone for Reasons 1.4 b and d.';
    expect(await innermost(twice, 'Pol M/C Allegrone')).toBe('string.unquoted.classifier.cable');
    expect(await innermost(twice, 'Classified by')).toBe('keyword.other.classified-by.cable');
    const colon = 'Classified By: Political Officer Bob Patterson: 1.4 (d).';
    expect(await innermost(colon, 'Political Officer Bob Patterson')).toBe('string.unquoted.classifier.cable');
    const section = 'Classified By: Ambassador Karl W. Eikenberry for Reasons 1:4 b,d';
    expect(await innermost(section, '1:4')).toBe('constant.numeric.reason-section.cable');
    expect(await innermost(section, 'd', 2)).toBe('constant.character.reason.cable');
  });

  it('ends Classified By before references run on after it (09BRASILIA1383)', async () => {
    const line = "SUBJECT: BRAZIL: BLACKOUT Classified By: Charge d'Affaires Cherie Jackson, Reasons 1.4 (b) and (d). REFTELS: A) 2008 BRASILIA 672";
    expect(await innermost(line, 'REFTELS')).toBe('keyword.other.reference.cable');
    expect(await scopesAt(line, 'REFTELS')).not.toContain('meta.field.classified-by.cable');
    expect(await innermost(line, '1.4')).toBe('constant.numeric.reason-section.cable');
  });

  it('reads a reason on the wrapped continuation line', async () => {
    const text = joinLines('Classified By: Political Minister-Counselor Kathleen H. Allegrone, for', 'reasons 1.4 (b) and (d).', '', '¶1. (C) SUMMARY: Despite');
    expect(await innermost(text, 'Political Minister-Counselor Kathleen H. Allegrone')).toBe('string.unquoted.classifier.cable');
    expect(await innermost(text, 'reasons')).toBe('keyword.other.reason.cable');
    expect(await innermost(text, '1.4')).toBe('constant.numeric.reason-section.cable');
    expect(await innermost(text, 'and')).toBe('keyword.operator.logical.cable');
    expect(await tokensWithScope(text, 'constant.character.reason')).toEqual(['b', 'd']);
    expect(await scopesAt(text, 'Despite')).not.toContain('meta.field.classified-by.cable');
  });

  it('ends the classifier before FOR and the section, with no word for reasons (06CARACAS958)', async () => {
    const line = 'Classified By: POLITICAL COUNSELOR ROBERT R. DOWNES FOR 1.4 (B) AND (D)';
    expect(await tokensWithScope(line, 'string.unquoted.classifier')).toEqual(['POLITICAL COUNSELOR ROBERT R. DOWNES']);
    expect(await tokensWithScope(line, 'constant.character.reason')).toEqual(['B', 'D']);
  });

  it('ends the classifier before a `for reasons` a line break cut (05PARIS8462)', async () => {
    const text = joinLines('Classified By: Political Minister Counselor Josiah Rosenblatt for reaso', 'ns 1.4 (b) and (d).');
    expect(await tokensWithScope(text, 'string.unquoted.classifier')).toEqual(['Political Minister Counselor Josiah Rosenblatt']);
    expect(await tokensWithScope(text, 'constant.character.reason')).toEqual(['b', 'd']);
  });

  it('reads a section wrapped onto the next line and split letters', async () => {
    const text = joinLines('Classified By: PolCouns Janice G. Weiner, E.O. 12958, reasons', '1.4 (b) an d (d).');
    expect(await innermost(text, 'E.O.')).toBe('keyword.other.executive-order.cable');
    expect(await innermost(text, '1.4')).toBe('constant.numeric.reason-section.cable');
    expect(await tokensWithScope(text, 'constant.character.reason')).toEqual(['b', 'd']);
  });

  it('reads letters after a section written `1.4.`', async () => {
    expect(await tokensWithScope('Classified By: DCM Dundas McCullough for reasons 1.4. (b & d).', 'constant.character.reason')).toEqual(['b', 'd']);
  });

  it('ends at a REF line, a dash line or a Summary heading that follows directly', async () => {
    const text = joinLines('Classified By: DCM X for reasons 1.4 (b).', 'Ref: Abuja 1836', '-------', 'SUMMARY', '-------');
    expect(await innermost(text, 'Ref')).toBe('keyword.other.reference.cable');
    const dashed = joinLines('CLASSIFIED BY: Deborah Mennuti; REASON: 1.4(B), (D)', 'Summary', '-------');
    expect(await scopesAt(dashed, 'Summary')).toContain('markup.heading.summary.cable');
    expect(await scopesAt(dashed, 'Summary')).not.toContain('meta.field.classified-by.cable');
  });

  it('ends when the first paragraph follows directly', async () => {
    const text = joinLines('Classified By: COM Carmen Martinez for Reasons 1.5 (B,D)', '¶1. (S/NF) An expatriate');
    expect(await scopesAt(text, 'An expatriate')).toEqual(['text.cable']);
    expect(await innermost(text, '1.', 1)).toBe('constant.numeric.paragraph.cable');
  });

  it('reads a first paragraph run on to the end of the line: its number, marking and summary opener (10VATICAN13, 08OSLO522)', async () => {
    const line = 'CLASSIFIED BY: Julieta Valls Noyes, DCM. REASON: 1.4 (b), (d) 1. (C) Summary: The Holy See supports it. End summary.';
    expect(await tokensWithScope(line, 'constant.character.reason')).toEqual(['b', 'd']);
    expect(await innermost(line, '1.', 1)).toBe('constant.numeric.paragraph.cable');
    expect((await tokensWithScope(line, 'keyword.control.portion.confidential')).join('')).toBe('(C)');
    expect(await innermost(line, 'Summary')).toBe('keyword.control.summary.begin.cable');
    expect(await innermost(line, 'End summary')).toBe('keyword.control.summary.end.cable');
    expect(await innermost(line, 'The Holy See')).toBe('meta.field.classified-by.cable');
    const glued = 'Classified By: Deputy Chief of Mission Kevin M. Johnson for reasons 1.4 b and d 1.(C) ';
    expect(await tokensWithScope(glued, 'constant.character.reason')).toEqual(['b', 'd']);
    expect(await tokensWithScope(glued, 'constant.numeric.paragraph')).toEqual(['1.']);
    // The reason section itself is no paragraph number.
    expect(await tokensWithScope('Classified By: X for reasons 1.4 (b) and (d).', 'constant.numeric.paragraph')).toEqual([]);
  });

  it('ends the reasons before a line that opens with a portion marking and a word, but not before a wrapped letter (10ABUDHABI9)', async () => {
    const text = joinLines('CLASSIFIED BY: Richard Olson, Ambassador; REASON: 1.4(B), (D)', '(S//NF) Summary');
    expect(await scopesAt(text, 'NF')).toContain('keyword.control.portion.secret.cable');
    expect(await scopesAt(text, 'NF')).not.toContain('meta.field.classified-by.cable');
    expect(await scopesAt(text, ' Summary')).not.toContain('meta.field.classified-by.cable');
    expect(await tokensWithScope(joinLines('Classified By: X for reasons 1.4 (B)', '(S) The minister said so.'), 'constant.character.reason')).toEqual(['B']);
    expect(await tokensWithScope(joinLines('Classified By: X for reasons 1.4 (B)', '(C) AND (D).'), 'constant.character.reason')).toEqual(['B', 'C', 'D']);
  });

  it('leaves prose beginning with "classified by" alone', async () => {
    expect(await tokensWithScope('classified by the ministry as a state secret.', 'meta.field.classified-by')).toEqual([]);
  });
});

describe('a downgrading instruction on the E.O. line (06CARACAS219)', () => {
  it('scopes DNG, the level and the date', async () => {
    const line = 'E.O. 12958: DNG: CO 01/26/2021';
    expect(await innermost(line, 'DNG')).toBe('keyword.other.downgrade.cable');
    expect(await innermost(line, 'CO')).toBe('constant.language.downgrade-level.cable');
    expect(await innermost(line, '01/26/2021')).toBe('constant.numeric.date.cable');
    expect(await innermost('E.O. 12958: DECLl: 10/29/2018', 'DECLl')).toBe('keyword.other.decl.cable');
  });
});

describe('a TAGS line that goes on on the next line without a comma (09STATE6423)', () => {
  it('scopes the codes of the second line as tags', async () => {
    const text = joinLines('TAGS: PINR ETRD MARR PREL PTER SNAR AR BH BL BR CI CO CS', 'CU, DR, EC, ES, GT, HA, HO, MX, NU, PA, PE, PM, UY, VE', 'SUBJECT: (C) IRANIAN OUTREACH TO LATIN AMERICA');
    expect(await innermost(text, 'CU')).toBe('support.type.tag.country.cable');
    expect(await innermost(text, 'VE')).toBe('support.type.tag.country.cable');
    // Prose with commas is none.
    expect(await tokensWithScope(joinLines('1. (C) Text.', 'The US, UK, FR and RS agreed.'), 'support.type.tag')).toEqual([]);
  });
});

describe('paragraphs', () => {
  it.each([
    ['1. (C) Summary.', '1.'],
    ['¶1. (C) Summary.', '1.'],
    ['¶ 2. (S) The minister', '2.'],
    ['16. (C) Zibari said', '16.'],
    ['2a. (SBU) The request', '2a.'],
    ['1.(C) SUMMARY: The latest', '1.'],
    ['¶1.  DESPITE CONTINUING LARGE-SCALE CAMPAIGN', '1.'],
    ['3.. (SBU) All elections within Europe', '3..'],
  ])('%s', async (line, number) => {
    expect(await scopesAt(line, number)).toContain('meta.paragraph-start.cable');
    expect(await innermost(line, number)).toBe('constant.numeric.paragraph.cable');
  });

  it('scopes the pilcrow', async () => {
    expect(await innermost('¶1. (C) Text', '¶')).toBe('punctuation.definition.paragraph.cable');
  });

  it('reads a number typed with a comma or with no stop before a marking (07TELAVIV2652, 09PARIS1349)', async () => {
    expect(await innermost('18, (SBU) Accompanying the Under Secretary', '18')).toBe('constant.numeric.paragraph.cable');
    expect(await innermost('18, (SBU) Accompanying the Under Secretary', 'SBU')).toBe('keyword.control.portion.unclassified.sbu.cable');
    expect(await innermost('4 (C) Montel said that the ruling', '4')).toBe('constant.numeric.paragraph.cable');
    expect(await innermost('4 (C) Montel said that the ruling', 'C')).toBe('keyword.control.portion.confidential.cable');
    // A count of things, or a number before a parenthesis that is no marking, is prose.
    expect(await tokensWithScope('2 (two) officers came', 'constant.numeric.paragraph')).toEqual([]);
    expect(await tokensWithScope('25 (CNN) reporters came', 'constant.numeric.paragraph')).toEqual([]);
  });

  it.each([
    'The ministry cited section 1.4 (b) of the order.',
    '1.4 (b) and (d) apply here.',
    '2009. AS A RESULT THE TALKS FAILED',
    'U.S. officials said so.',
    '3... and so the talks ended',
  ])('is no paragraph number: %s', async (line) => {
    expect(await tokensWithScope(line, 'constant.numeric.paragraph')).toEqual([]);
  });
});

describe('portion markings', () => {
  it.each([
    ['1. (U) Text', 'U', 'unclassified'],
    ['1. (SBU) Text', 'SBU', 'unclassified.sbu'],
    ['1. (C) Text', 'C', 'confidential'],
    ['1. (S) Text', 'S', 'secret'],
    ['1. (TS) Text', 'TS', 'top-secret'],
    ['1. (c) Text', 'c', 'confidential'],
    ['1. ( C ) Text', 'C', 'confidential'],
    ['¶1. C) Summary', 'C', 'confidential'],
    ['12.(S) Text', 'S', 'secret'],
    ['1. (S/NF) Text', 'S', 'secret'],
    ['1. (C//NF) Text', 'C', 'confidential'],
    ['1. (U//FOUO) Text', 'U', 'unclassified'],
    ['1. (SBU/NF) Text', 'SBU', 'unclassified.sbu'],
    ['1. (C/NOFORN) Text', 'C', 'confidential'],
    ['¶1. (S/Rel UK) At President', 'S', 'secret'],
    ['¶1. (S//REL TO USA, FVEY) Text', 'S', 'secret'],
    ['¶4. (SECRET/REL FRANCE) BEGIN', 'SECRET', 'secret'],
    ['¶7. (C/Rel NATO, ISAF) Text', 'C', 'confidential'],
    ['¶2. (TOP SECRET//NF) Text', 'TOP SECRET', 'top-secret'],
  ])('%s', async (line, level, name) => {
    expect(await innermost(line, level)).toBe(`keyword.control.portion.${name}.cable`);
  });

  it('scopes the parentheses and the caveats', async () => {
    const line = '1. (S//NOFORN) Text';
    expect(await innermost(line, '(')).toBe('punctuation.definition.portion.begin.cable');
    expect(await innermost(line, '//')).toBe('punctuation.separator.caveat.cable');
    expect(await innermost(line, 'NOFORN')).toBe('storage.modifier.caveat.cable');
    expect(await scopesAt(line, 'NOFORN')).toContain('keyword.control.portion.secret.cable');
    expect(await innermost(line, ')')).toBe('punctuation.definition.portion.end.cable');
    expect(await innermost('1. (U//FOUO) Text', 'FOUO')).toBe('storage.modifier.caveat.cable');
    expect(await innermost('1. (S/NF) Text', 'NF')).toBe('storage.modifier.caveat.cable');
    expect(await innermost('1. (S/Rel UK) Text', 'Rel UK')).toBe('storage.modifier.caveat.cable');
  });

  it('reads old whole-text markings', async () => {
    expect(await scopesAt('¶1. (C - ENTIRE TEXT).', 'C')).toContain('keyword.control.portion.confidential.cable');
    expect(await innermost('¶1.  CONFIDENTIAL - ENTIRE TEXT.', 'CONFIDENTIAL')).toBe('keyword.control.portion.confidential.cable');
    expect(await innermost('¶1.  CONFIDENTIAL - ENTIRE TEXT.', 'ENTIRE TEXT')).toBe('storage.modifier.entire-text.cable');
  });

  it('scopes a marking after a short lead-in (08LONDON2556), and a Summary or Comment lead-in', async () => {
    const line = '¶1. Summary and comment. (C) The Conservative Party';
    expect(await innermost(line, 'C')).toBe('keyword.control.portion.confidential.cable');
    expect(await innermost(line, '1.')).toBe('constant.numeric.paragraph.cable');
    expect(await innermost(line, 'Summary')).toBe('keyword.control.summary.begin.cable');
    expect(await innermost('5. Comment: (S/NF) We doubt it.', 'Comment')).toBe('keyword.control.comment.begin.cable');
    expect(await innermost('5. Comment: (S/NF) We doubt it.', 'NF')).toBe('storage.modifier.caveat.cable');
    // Both words of `SUMMARY AND COMMENT:` open their blocks (10BAGHDAD290).
    expect(await innermost('¶1. (C) SUMMARY AND COMMENT: Iraqiyya coalition leader', 'COMMENT')).toBe('keyword.control.comment.begin.cable');
    // A lead-in of more than a few words, or a parenthesis that is no marking, is prose.
    expect(await tokensWithScope('3. The minister said that the talks had failed and would not resume soon. (C) Text', 'keyword.control.portion')).toEqual([]);
    expect(await tokensWithScope('3. He said: (Begin text) The note', 'keyword.control.portion')).toEqual([]);
  });

  it("scopes the drafter's note inside the text and its end (09BAKU226, 06PARIS741)", async () => {
    const line = '¶4. (C) He left. (Note: Other sources say so. End Note.) Then more.';
    expect(await innermost(line, 'Note')).toBe('keyword.control.note.begin.cable');
    expect(await innermost(line, 'End Note')).toBe('keyword.control.note.end.cable');
    expect(await innermost('security. END NOTE.) The rest', 'END NOTE')).toBe('keyword.control.note.end.cable');
    // The word in a sentence is none.
    expect(await tokensWithScope('¶5. (C) He took note of the notes: all of them.', 'keyword.control.note')).toEqual([]);
  });

  it('scopes a note opened with a stop, and its closer cut by a line break (09KABUL1892, 08LAPAZ329)', async () => {
    expect(await innermost('¶9. (C) He left. (Note.  It remains to be seen. End Note.)', 'Note')).toBe('keyword.control.note.begin.cable');
    expect(await innermost('¶3. (C) He left. [Note: Qadhafi had traveled. End note.]', 'Note')).toBe('keyword.control.note.begin.cable');
    const cut = joinLines('¶4. (C) The ministry is part of its mission. End', 'Note.) Then it went on.');
    expect(await innermost(cut, 'Note')).toBe('keyword.control.note.end.cable');
  });

  it('takes no sentence about a person by courtesy title for a heading, but a title with a semicolon (06BRIDGETOWN2164, 09ABUJA259)', async () => {
    const text = joinLines('¶2. (U) The traveler:', '', 'MR. BLACKWOOD HAS A NO-ACCESS SECURITY CLEARANCE; JAMAICAN PASSPORT', 'NO. A2519939.');
    expect(await tokensWithScope(text, 'markup.heading')).toEqual([]);
    expect(await scopesAt(joinLines('¶3. (C) Three.', '', 'SHELL BELIEVES COUP UNLIKELY; CORRUPTION WORSENING', '', '¶4. (C) Four.'), 'SHELL BELIEVES COUP UNLIKELY; CORRUPTION WORSENING')).toContain('markup.heading.section.cable');
  });

  it('scopes a summary or comment named with another word first, and its closer (07ISLAMABAD31, 07MADRID208, 07TBILISI1732)', async () => {
    const line = '¶1. (C) Introduction and summary: During a December 29 meeting. End introduction and summary.';
    expect(await innermost(line, 'summary')).toBe('keyword.control.summary.begin.cable');
    expect(await innermost(line, 'End introduction and summary')).toBe('keyword.control.summary.end.cable');
    expect(await innermost('¶7. (C/NF) Embassy Comment: Zapatero,s comments caught his', 'Comment')).toBe('keyword.control.comment.begin.cable');
    expect(await innermost('the Russians. End Introduction and Comment.', 'End Introduction and Comment')).toBe('keyword.control.comment.end.cable');
  });

  it('scopes a marking after the letter of an item with no blank line before it (08RANGOON749)', async () => {
    const text = joinLines('¶2. (S//REL TO USA, ACGU) Details follow:', 'A) (S//REL to USA, ACGU) Current location of the material', 'G - J) (S//NF) Subject identified himself');
    expect(await innermost(text, 'ACGU', 1)).toBe('storage.modifier.caveat.cable');
    expect(await scopesAt(text, 'NF')).toContain('keyword.control.portion.secret.cable');
  });

  it('scopes a marking after the dash of an item (10BAKU134, 09CAIRO746)', async () => {
    const text = joinLines('¶5. (C) The Minister said:', '', '-- (C) the three co-chair countries should send a strong', 'message, and', '', '- (S/NF) On Gaza, Soliman said Egypt must');
    expect(await innermost(text, '--')).toBe('markup.list.unnumbered.cable');
    expect(await scopesAt(text, 'C', 1)).toContain('keyword.control.portion.confidential.cable');
    expect(await innermost(text, 'NF')).toBe('storage.modifier.caveat.cable');
    // Not a parenthesis in the text after a dash.
    expect(await tokensWithScope(joinLines('', '-- (the minister) said so', ''), 'keyword.control.portion')).toEqual([]);
  });

  it('scopes a paragraph run on to the line before it, after the end of a sentence (10SEOUL248, 07KABUL185)', async () => {
    const line = '¶2. (C) Political intrigue tended to erupt only after the king died. 3. (C) The group agreed that Jang';
    expect(await innermost(line, '3.')).toBe('constant.numeric.paragraph.cable');
    expect(await scopesAt(line, 'C', 1)).toContain('keyword.control.portion.confidential.cable');
    // Not a number in a sentence, nor one with no marking after it.
    expect(await tokensWithScope('¶4. (C) He named 3. (Not a marking) and 4. Then he left.', 'constant.numeric.paragraph.cable')).toHaveLength(1);
    expect(await tokensWithScope('¶5. (C) The vote was 3. (C) grade and more. Others were there.', 'constant.numeric.paragraph.cable')).toHaveLength(1);
  });

  it('scopes a paragraph number typed with a comma or without its stop before its marking, also right under Classified By (08ISLAMABAD405, 07DUBAI355)', async () => {
    const text = joinLines('Classified By: Anne W. Patterson, for reasons 1.4 (b)(d)', '1, (C) Summary. During an hour and a half conversation with the Ambassador.', '', '15 (SBU) He also called for more US universities in Dubai.');
    expect(await innermost(text, '1,')).toBe('constant.numeric.paragraph.cable');
    expect(await scopesAt(text, 'C', 1)).toContain('keyword.control.portion.confidential.cable');
    expect(await innermost(text, '15')).toBe('constant.numeric.paragraph.cable');
    expect(await scopesAt(text, '1,')).not.toContain('meta.field.classified-by.cable');
    // Not a number in a sentence.
    expect(await tokensWithScope(joinLines('', '15 of them (C) said so.'), 'constant.numeric.paragraph.cable')).toEqual([]);
  });

  it('scopes a marking written before the paragraph number (07BAGHDAD3504)', async () => {
    const line = '(C) 1. The Embassy obtained a copy';
    expect(await innermost(line, 'C')).toBe('keyword.control.portion.confidential.cable');
    expect(await innermost(line, '1.')).toBe('constant.numeric.paragraph.cable');
  });

  it('scopes a marking after the number of an item (09STATE6423)', async () => {
    const text = joinLines('¶A. (U) FOR IRAN WATCHERS:', '', "1) (S/NF) BEYOND IRAN'S OVERT POLICY");
    expect(await innermost(text, 'NF')).toBe('storage.modifier.caveat.cable');
    expect(await scopesAt(text, 'NF')).toContain('keyword.control.portion.secret.cable');
    expect(await tokensWithScope(joinLines('1. (C) Text.', '', '2) the talks (which failed) ended'), 'keyword.control.portion')).toEqual(['(', 'C', ')']);
  });

  it('scopes a marking that opens an unnumbered paragraph', async () => {
    expect(await innermost(' (SBU) Poloff delivered reftel demarche', 'SBU')).toBe('keyword.control.portion.unclassified.sbu.cable');
  });

  it('leaves parentheses in prose and malformed markings alone', async () => {
    expect(await tokensWithScope('1. (C) He listed (a) security and (c) money (S) too.', 'keyword.control.portion')).toEqual(['(', 'C', ')']);
    expect(await tokensWithScope('1. (Begin text) The note', 'keyword.control.portion')).toEqual([]);
    expect(await tokensWithScope('1. (N/SF) Text', 'keyword.control.portion')).toEqual([]);
  });
});

describe('sub-paragraphs', () => {
  it('scopes a pilcrow letter', async () => {
    const line = '¶A. (C) The first point';
    expect(await innermost(line, 'A.')).toBe('constant.character.subparagraph.cable');
    expect(await innermost(line, 'C')).toBe('keyword.control.portion.confidential.cable');
  });

  it('scopes a lower-case roman number that opens a line after a blank line (09PESHAWAR41)', async () => {
    const text = joinLines('1. (C) Text.', '', 'ii. No, Consulate Peshawar is located.', '', 'iv. All three are possible.');
    expect(await innermost(text, 'ii.')).toBe('constant.character.subparagraph.cable');
    expect(await innermost(text, 'iv.')).toBe('constant.character.subparagraph.cable');
  });

  it('scopes a letter that opens a line after a blank line', async () => {
    const text = joinLines('2. (C) Points:', '', 'B) The second point', '', '(c) the third point');
    expect(await innermost(text, 'B)')).toBe('constant.character.subparagraph.cable');
    expect(await innermost(text, '(c)')).toBe('constant.character.subparagraph.cable');
  });

  it('leaves an initial inside a paragraph alone', async () => {
    const text = joinLines('2. (C) The letter was signed by', 'J. SMITH AND OTHERS.');
    expect(await tokensWithScope(text, 'constant.character.subparagraph')).toEqual([]);
  });
});

describe('headings, summary and comment', () => {
  it('scopes a short line on its own after a blank line', async () => {
    const text = joinLines('1. (C) Text.', '', 'Important Beginning', '', '2. (C) Text.');
    expect(await innermost(text, 'Important Beginning')).toBe('markup.heading.section.cable');
  });

  it('scopes a dashed heading and its dash line', async () => {
    const text = joinLines('1. (C) Text.', '', 'SYRIAN ROLE: THE SPIN', '---------------------', '', '2. (SBU) Since');
    expect(await innermost(text, 'SYRIAN ROLE: THE SPIN')).toBe('markup.heading.section.cable');
    expect(await innermost(text, '-----')).toBe('punctuation.definition.heading.underline.cable');
  });

  it('scopes a title that trails off as a heading, as the parser does (10ASHGABAT245)', async () => {
    expect(await innermost(joinLines('3. (C) Text.', '', 'Recent problems...', '', '4. (C) Text.'), 'Recent problems...')).toBe('markup.heading.section.cable');
    expect(await tokensWithScope(joinLines('3. (C) Text.', '', 'DUSHANBE 00000575  001.2 OF 0...'), 'markup.heading')).toEqual([]);
  });

  it('takes the marks around quoted text and the questions of an interview for no heading, as the parser does (08KUWAIT128)', async () => {
    const text = joinLines('3. (SBU) Text:', '', '(Begin Text)', '', 'Q: What would you like us to start with?', '', '(End Text)', '', '4. (C) Text.');
    expect(await tokensWithScope(text, 'markup.heading')).toEqual([]);
  });

  it('takes the end of quoted text for no heading, as the parser does', async () => {
    const text = joinLines('4. (C) Text.', '', 'End Talking Points', '', '5. (C) Text.');
    expect(await scopesAt(text, 'End Talking Points')).not.toContain('markup.heading.section.cable');
  });

  // What the grammar cannot tell from one line it leaves to the language server's semantic tokens, which colour the
  // headings and the signature of the model: a colour the grammar gives wrongly, no token can take back.
  it('takes the line after a page line for no plain heading: the text the page break cut goes on there (09BERLIN1162)', async () => {
    const text = joinLines('10. (C) Unlike his future potential cabinet colleague,', '', 'BERLIN 00001162  003 OF 004', '', '', 'Christian Social Union (CSU) Economics Minister Karl-Theodor', 'zu Guttenberg, Westerwelle has little experience.');
    expect(await innermost(text, 'BERLIN 00001162')).toBe('comment.line.page-continuation.cable');
    expect(await tokensWithScope(text, 'markup.heading')).toEqual([]);
    // Still read as after a blank line: a lettered sub-paragraph, a dashed title and a Summary heading keep their scopes.
    expect(await innermost(joinLines('BERLIN 00001162  003 OF 004', '', 'b. (C) The talks.'), 'b.')).toBe('constant.character.subparagraph.cable');
    expect(await innermost(joinLines('BERLIN 00001162  003 OF 004', '', '-- The Coalition --', ''), 'The Coalition')).toBe('markup.heading.section.cable');
    expect(await scopesAt(joinLines('BERLIN 00001162  003 OF 004', '', 'Summary', ''), 'Summary')).toContain('keyword.control.summary.begin.cable');
  });

  it('takes the day of a date a line break cut after its month for no paragraph number, as the parser does (09STATE11937)', async () => {
    const text = joinLines('14. (U) Half of them would begin coming home in Darfur by March', '¶15. ', '', '¶16. (U) Sixteen.');
    expect(await tokensWithScope(text, 'constant.numeric.paragraph')).toEqual(['14.', '16.']);
    // With a marking after it the number is a paragraph's.
    expect(await tokensWithScope(joinLines('14. (U) They meet in May', '15. (C) Fifteen.'), 'constant.numeric.paragraph')).toEqual(['14.', '15.']);
  });

  it('reads the word a line break cut from its End as the closer, no heading (09MOSCOW2531, 04MADRID961)', async () => {
    const text = joinLines('1. (C) SUMMARY: Nothing signals any difference on sanctions.  End', 'Summary.', '', '2. (C) Two.');
    expect(await innermost(text, 'Summary')).toBe('keyword.control.summary.end.cable');
    expect(await tokensWithScope(text, 'markup.heading')).toEqual([]);
    expect(await innermost(joinLines('3. (C) Aznar fostered it. End', 'comment.'), 'comment')).toBe('keyword.control.comment.end.cable');
    // A line that goes on after the word is read as before: `Summary and comment` opens nothing here.
    expect(await tokensWithScope(joinLines('4. (C) It came to an end', 'Summary of the talks follows.'), 'keyword.control.summary')).toEqual([]);
  });

  it('takes a lone word in mixed case for no heading unless it names a section: a signature (05PARIS8442) as often as a title', async () => {
    expect(await tokensWithScope(joinLines('5. (C) Text.', '', 'Stapleton', ''), 'markup.heading')).toEqual([]);
    expect(await tokensWithScope(joinLines('5. (C) Text.', '', "O'Brien", ''), 'markup.heading')).toEqual([]);
    expect(await innermost(joinLines('1. (C) Text.', '', 'Background', '', '2. (C) Text.'), 'Background')).toBe('markup.heading.section.cable');
    expect(await scopesAt(joinLines('1. (C) Text.', '', 'Comment', '', '2. (C) Text.'), 'Comment')).toContain('markup.heading.comment.cable');
    expect(await innermost(joinLines('1. (C) Text.', '', 'The Iran File', '', '2. (C) Text.'), 'The Iran File')).toBe('markup.heading.section.cable');
  });

  it.each(['Secretary General Guimaraes: the Anti-American Leftist', 'Pundits Take Note of Turkey-US and Turkey-Iraq Relations'])(
    'scopes a long title whose only lower-case words are short ones: %s',
    async (title) => {
      expect(await innermost(joinLines('1. (C) Text.', '', title, '', '2. (C) Text.'), title)).toBe('markup.heading.section.cable');
    },
  );

  it('scopes a heading set between rules of spaced or plain dashes (09BRASILIA177, 04BOGOTA8900)', async () => {
    const spaced = joinLines('¶2. (C) Text before.', '', '- - - - - - - - - - - -', 'President Lula: The Pragmatic Leftist', '- - - - - - - - - - - -', '', '¶3. (C) Text.');
    expect(await innermost(spaced, 'President Lula: The Pragmatic Leftist')).toBe('markup.heading.section.cable');
    expect(await innermost(spaced, '- - -')).toBe('punctuation.definition.heading.rule.cable');
    const plain = joinLines('¶1. (C) Text before.', '', '-------------------------', 'STATUS AT EIGHTEEN MONTHS', '-------------------------', '', '¶2. (S) Text.');
    expect(await innermost(plain, 'STATUS AT EIGHTEEN MONTHS')).toBe('markup.heading.section.cable');
    // A bullet is no rule.
    expect(await tokensWithScope(joinLines('1. (C) Text.', '', '- The minister agreed.', 'Then he left'), 'markup.heading')).toEqual([]);
  });

  it('scopes a title between double dashes (06MADRID2708)', async () => {
    const text = joinLines('END SUMMARY.', '', '-- The Iberoamerican Summit --', '', '¶2. (C/NF) Over breakfast');
    expect(await innermost(text, 'The Iberoamerican Summit')).toBe('markup.heading.section.cable');
    expect(await innermost(text, '--')).toBe('punctuation.definition.heading.cable');
    // An item of a list of dashes is none.
    expect(await tokensWithScope(joinLines('1. (C) Text.', '', '-- the minister agreed --', ''), 'markup.heading')).toEqual([]);
  });

  it('scopes a title that opens a summary or comment (09YEREVAN20, 06BUENOSAIRES1462)', async () => {
    for (const [title, inner] of [
      ['SUMMARY AND COMMENT', ' AND '],
      ['SUMMARY AND INTRODUCTION', 'INTRODUCTION'],
      ['COMMENT -- IMPLICATIONS FOR THE U.S.', 'IMPLICATIONS FOR THE U.S.'],
    ]) {
      const text = joinLines('1. (C) Text.', '', title, '------------------------', '', '2. (C) Text.');
      expect(await scopesAt(text, inner)).toContain('markup.heading.section.cable');
      expect(await innermost(text, title.split(' ')[0])).toMatch(/^keyword\.control\.(summary|comment)\.begin\.cable$/);
    }
    // An opener with text after it is no title.
    expect(await tokensWithScope(joinLines('1. (C) Text.', '', 'Summary and comment: the talks went well.', ''), 'markup.heading')).toEqual([]);
  });

  it('scopes a heading with its dash line run on into it', async () => {
    const text = joinLines('1. (C) Text.', '', 'To Join or Not To Join -----------------------', '', '2. (C) Text.');
    expect(await innermost(text, 'To Join or Not To Join')).toBe('markup.heading.section.cable');
    expect(await innermost(text, '-----')).toBe('punctuation.definition.heading.underline.cable');
  });

  it.each([
    'vital to demonstrate that the transfer of sovereignty is real',
    'Original Telegram was Confidential but has since been',
    'LONDON FOR KOLKER, PARIS FOR FENDRICK',
    'WHA FOR DAS FISK',
    'In 2004, France expanded its cooperation in international',
    'PARLIAMENTARY ELECTIONS IN EARLY SUMMER, CONCERNS ABOUT',
    "Visit London's Classified Website: http://www.intelink.sgov.gov/wiki",
    'ENDERS',
    'The minister said the talks had gone well.',
    // The first lines of prose paragraphs (07MADRID1952 lines 38 and 44).
    'Further to the meetings of 27 September 2007 and 3rd October',
    'Request A: That the documents presented by Odyssey Marine',
  ])('no heading: %s', async (line) => {
    expect(await tokensWithScope(joinLines('1. (C) Text.', '', line, ''), 'markup.heading')).toEqual([]);
  });

  it('scopes Summary and End Summary', async () => {
    const text = '1. (C) Summary. During the run-up … End Summary.';
    expect(await innermost(text, 'Summary')).toBe('keyword.control.summary.begin.cable');
    expect(await innermost(text, 'End Summary')).toBe('keyword.control.summary.end.cable');
    expect(await innermost('¶1. (C) SUMMARY: Despite', 'SUMMARY')).toBe('keyword.control.summary.begin.cable');
    expect(await innermost('END SUMMARY', 'END SUMMARY')).toBe('keyword.control.summary.end.cable');
    expect(await innermost('the vote failed. End summary and comment.', 'End summary and comment')).toBe('keyword.control.summary.end.cable');
    expect(await innermost('stone unturned. END COMMENT AND SUMMARY.', 'END COMMENT AND SUMMARY')).toBe('keyword.control.summary.end.cable');
  });

  it('scopes Comment, (Comment: … End Comment.) and COMMENT:', async () => {
    expect(await innermost('¶3.  (C) COMMENT:  IT IS NOT CLEAR', 'COMMENT')).toBe('keyword.control.comment.begin.cable');
    const inline = 'He agreed. (Comment: This is new. End Comment.)';
    expect(await innermost(inline, 'Comment')).toBe('keyword.control.comment.begin.cable');
    expect(await innermost(inline, 'End Comment')).toBe('keyword.control.comment.end.cable');
    expect(await innermost('Brown will fight on. COMMENT: He may not.', 'COMMENT')).toBe('keyword.control.comment.begin.cable');
  });

  it('scopes Summary and Comment headings on their own line', async () => {
    const text = joinLines('1. (C) Text.', '', 'Comment', '', '12. (C) As Erdogan rides');
    expect(await scopesAt(text, 'Comment')).toContain('markup.heading.comment.cable');
    expect(await innermost(text, 'Comment')).toBe('keyword.control.comment.begin.cable');
    expect(await scopesAt('BEGIN SUMMARY:', 'BEGIN SUMMARY')).toContain('markup.heading.summary.cable');
    expect(await innermost('SUMMARY: TERRORIST ACTIVITIES IN IRAN', 'SUMMARY')).toBe('keyword.control.summary.begin.cable');
  });

  it('leaves a word like "summary" inside prose alone', async () => {
    expect(await tokensWithScope('The court issued a summary judgment.', 'keyword.control')).toEqual([]);
  });
});

describe('page lines and partial extracts', () => {
  it.each(['MUSCAT 00000174  002 OF 003', 'Ankara 00001905 002 of 002', 'OTTAWA 00000918 001.2 OF 003', 'RIO DE JAN 00000285 002 OF 002'])(
    'page continuation line %s',
    async (line) => {
      expect(await innermost(line, line)).toBe('comment.line.page-continuation.cable');
    },
  );

  it('scopes the WikiLeaks note and the lone date-time group', async () => {
    const text = joinLines(
      'This record is a partial extract of the original cable. The full text of the original cable is not available.',
      '',
      '201247Z Jan 04',
    );
    expect(await innermost(text, 'This record is a partial extract')).toBe('comment.line.partial-extract.cable');
    expect(await innermost(text, '201247Z Jan 04')).toBe('constant.numeric.date-time-group.cable');
  });

  it('scopes the WikiLeaks date line', async () => {
    expect(await innermost('Thursday, 24 April 2008, 09:01', 'Thursday, 24 April 2008, 09:01')).toBe('constant.numeric.date.extract.cable');
  });

  it('scopes the page header of an old received copy', async () => {
    const line = 'PAGE 01        CAPE T  00097  01 OF 03  182017Z';
    expect(await innermost(line, line)).toBe('comment.line.page-header.cable');
  });
});

describe("the post's footer", () => {
  it('scopes the pointer to the classified web site, its address and its rules of asterisks as a footer (10RABAT5, 09KUWAIT760)', async () => {
    const text = joinLines('¶9. (C) The end.', '', '*****************************************', "Visit Embassy Rabat's Classified Website;", 'http://www.intelink.sgov.gov/wiki/Portal:Moro cco', '*****************************************', 'KAPLAN');
    for (const needle of ['*****', 'Visit Embassy', 'Portal:Moro', 'cco']) expect(await scopesAt(text, needle)).toContain('comment.block.footer.cable');
    expect(await innermost(text, 'KAPLAN')).toBe('entity.name.function.signature.cable');
    const apart = joinLines("visit Kuwait's Classified Website at:", '', 'http://www.intelink.sgov.gov/wiki/Portal:Kuwa it');
    expect(await scopesAt(apart, 'Portal:Kuwa')).toContain('comment.block.footer.cable');
    // A web address in the text is no footer, nor is a sentence that mentions a web site.
    expect(await scopesAt(joinLines('¶3. (U) The ministry posted it at', 'http://www.mfa.gov.tr/statement today.'), 'http')).not.toContain('comment.block.footer.cable');
    expect(await scopesAt('¶4. (U) Visitors to the classified website rose.', 'Visitors')).not.toContain('comment.block.footer.cable');
  });

  it('scopes the footer when it opens with the note on SIPRNET (05CAIRO5924)', async () => {
    const text = joinLines('http://www.state.sgov.gov/p/nea/cairo', '', 'You can also access this site through the', "State Department's Classified SIPRNET website.", '', 'SCOBEY');
    expect(await scopesAt(text, 'You can also access')).toContain('comment.block.footer.cable');
    expect(await scopesAt(text, 'SIPRNET')).toContain('comment.block.footer.cable');
  });

  it('scopes the signature run on after the address (07LONDON4472)', async () => {
    const text = 'Visit London’s Classified Website: http://www.state.sgov.gov/p/eur/london/index. cfm Tuttle';
    expect(await innermost(text, 'Tuttle')).toBe('entity.name.function.signature.cable');
    const plain = 'Visit London’s Classified Website: http://www.intelink.sgov.gov/wiki/Portal:United_Kingdom TUTTLE';
    expect(await innermost(plain, 'TUTTLE')).toBe('entity.name.function.signature.cable');
    expect(await scopesAt(plain, 'Portal')).not.toContain('entity.name.function.signature.cable');
  });
});

describe('REF with its letter before the colon', () => {
  it('scopes REF A: STATE 120288 as a REF field with its citation (10STATE9124)', async () => {
    const text = joinLines('SUBJECT: X', '', 'REF A: STATE 120288', '', '1. (U) Text.');
    expect(await innermost(text, 'REF')).toBe('keyword.other.reference.cable');
    expect(await scopesAt(text, 'STATE 120288')).toContain('meta.field.reference.cable');
    // A sentence that starts with the word is no field.
    expect(await tokensWithScope(joinLines('1. (U) Text.', '', 'Ref A is late.'), 'keyword.other.reference')).toEqual([]);
  });
});

describe('signature', () => {
  it('scopes a surname in capitals right under the text (the seed, 09YEREVAN20)', async () => {
    expect(await innermost(joinLines('112. (U) This cable was approved by A/S Jones.', 'ARNETT'), 'ARNETT')).toBe('entity.name.function.signature.cable');
    expect(await innermost(joinLines('4. (C) Text ends here.', "O'BRIEN"), "O'BRIEN")).toBe('entity.name.function.signature.cable');
    expect(await innermost(joinLines('4. (C) Text ends here.', 'TIMKEN JR'), 'TIMKEN JR')).toBe('entity.name.function.signature.cable');
  });

  it('leaves a lone word in capitals after a blank line or between rules unnamed: as often a heading', async () => {
    const blank = joinLines('1. (C) Text.', '', 'BACKGROUND', '', '2. (C) Text.');
    expect(await tokensWithScope(blank, 'entity.name.function.signature')).toEqual([]);
    // 09STOCKHOLM418: `----` / `IRAN` / `----` under the text of the paragraph before.
    const rules = joinLines('2. (C) On Iran, A/S Gordon emphasized the point.', '---- ', 'IRAN', '---- ', '3. (C) Text.');
    expect(await tokensWithScope(rules, 'entity.name.function.signature')).toEqual([]);
  });

  it('scopes a word that names a section (BACKGROUND, OBJECTIVES) as a heading after a blank line or a rule, never as a signature (10STATE9124)', async () => {
    expect(await innermost(joinLines('1. (C) Text.', '', 'BACKGROUND', '----------', '', '2. (C) Text.'), 'BACKGROUND')).toBe('markup.heading.section.cable');
    expect(await innermost(joinLines('1. (C) Text.', '----', 'OBJECTIVES', '----', '2. (C) Text.'), 'OBJECTIVES')).toBe('markup.heading.section.cable');
    expect(await tokensWithScope(joinLines('1. (C) Text ends here.', 'OVERVIEW'), 'entity.name.function.signature')).toEqual([]);
  });

  it('takes no caption, banner, end of message, masked name or last word of a sentence for a signature', async () => {
    for (const line of ['SIPDIS', 'NOFORN', 'CONFIDENTIAL', 'NNNN', 'XXXXXXXXXXXX', 'GOB.', 'SUMMARY']) {
      expect(await tokensWithScope(joinLines('4. (C) The cooperation with the', line), 'entity.name.function.signature')).toEqual([]);
    }
  });
});
