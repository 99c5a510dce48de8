import { describe, expect, it } from 'vitest';
import type { MarkupContent } from 'vscode-languageserver-types';
import { doc, docAt, indexed, service } from '../../helpers/service';
import { readSeed } from '../../helpers/text';
import { makeCable } from '../../helpers/cables';

function hover(textWithCursor: string, cables = [indexed('08PARIS1501', 'FRENCH VIEWS')]): string {
  const { document, position } = docAt(textWithCursor);
  const h = service(cables).doHover(document, position);
  return h ? (h.contents as MarkupContent).value : '';
}

describe('hover', () => {
  it.each([
    ['a subject tag', { tags: 'TAGS: PR|EL PGOV TU' }, /\*\*PREL\*\* — subject tag: \*\*External Political Relations\*\*\n\nCategory P: Political Affairs[\s\S]*\*Source: WikiLeaks PlusD tag label\*/],
    ['a program tag', { tags: 'TAGS: PREL KC|RM TU' }, /\*\*KCRM\*\* — program tag: \*\*.+\*\*/],
    ['a country tag', { tags: 'TAGS: PREL T|U' }, /country tag: \*\*Turkey\*\* \(ISO 3166 TR\)\n\n\*Source: FIPS 10-4 country code \(GeoNames table\)\*/],
    ['an organization tag', { tags: 'TAGS: PREL NA|TO' }, /organization tag: \*\*North Atlantic Treaty Organization\*\*/],
    ["the State Department's own country tag for Serbia", { tags: 'TAGS: PGOV S|R KV' }, /country tag: \*\*Serbia\*\* \(ISO 3166 RS\)[\s\S]*informal/],
    ['a person tag', { tags: 'TAGS: OVIP (CLIN|TON, HILLARY) PREL' }, /\*\*CLINTON, HILLARY\*\* — person tag/],
    ['an unknown tag', { tags: 'TAGS: PREL QQ|QQ' }, /\*\*QQQQ\*\* — subject tag; its meaning is not in the bundled tag tables/],
    ['a tag the published cables use whose meaning no source gives', { tags: 'TAGS: PREL MC|AP' }, /^\*\*MCAP\*\* — subject tag; its meaning is not in the bundled tag tables\. It is in use \(on 28 cables of the published corpus\), but no source at hand gives its meaning\.$/],
    ['a misspelt tag, with what the tag meant stands for (05MADRID1178)', { tags: 'TAGS: PREL V|Z' }, /^\*\*VZ\*\* — a misspelling of \*\*VE\*\* \(Venezuela\)\.$/],
    ['a misspelt subject tag', { tags: 'TAGS: PREL MOP|PS' }, /\*\*MOPPS\*\* — a misspelling of \*\*MOPS\*\* \(.+\)/],
    ['a glued tag pair', { tags: 'TAGS: PHUM|PGOV' }, /a misspelling of \*\*PHUM\*\* \(Human Rights\) and \*\*PGOV\*\* \(Internal Governmental Affairs\) \(two tags glued together\)/],
    ['the banner', { banner: 'C O N F I D E N T I A L SECTION 01 OF 02 ANK|ARA 000348' }, /\*\*CONFIDENTIAL\*\* — classification banner\n\nno caveats on the banner · section 1 of 2 · from ANKARA · serial 000348\n\nOverall classification: \*\*CONFIDENTIAL\*\* · cable 04ANKARA348/],
    ['the classification line under Classified By (09STATE67105)', { banner: 'S E C R E T STATE 067105', classifiedBy: 'Classified By: Derived from Multiple Sources\n\nSECRET//F|GI//NOFORN', body: ['1. (S//FGI//NF) Text.'] }, /^\*\*SECRET\*\* — classification line \(adds its caveats to the banner\)\n\ncaveats: FGI \(foreign government information\), NOFORN \(not releasable to foreign nationals\)$/],
    ['a REF to an intelligence information report (05SANAA923)', { ref: 'REF: IIR 69060|12405' }, /^\*\*Reference\*\* — IIR 6906012405\n\nNot a cable citation: an intelligence information report \(IIR\), a report of the intelligence community\.$/],
    ['a portion that fits', { body: ['1. (|C) Text.'] }, /portion marked \*\*CONFIDENTIAL\*\*\n\nFits the cable's CONFIDENTIAL banner\./],
    ['a portion in a cable with no banner', { preamble: ['DE RUEHSN #0037/01 0262211', 'ZNY SSSSS ZZH', 'P 262211Z JAN 10', 'FM AMEMBASSY SAN SALVADOR', 'TO RUEHC/SECSTATE WASHDC 1526', ''], banner: null, body: ['1. (|C) Text.'] }, /Fits the cable's SECRET classification \(from its routing header: it has no banner\)\.$/],
    ['the name on the Classified By line', { classifiedBy: 'Classified By: Ambassador Eric Ed|elman for reasons 1.4 (b) and (d).' }, /^\*\*Classified By\*\* — the official who classified the cable and why: Ambassador Eric Edelman, for reasons 1\.4 \(b\), \(d\)\.$/],
    ['the signature', { signature: 'EDEL|MAN' }, /^\*\*EDELMAN\*\* — the signature: the name of the chief of mission/],
    ['the whole text classified in the first paragraph (90CAPETOWN97)', { body: ['¶1.  CONFIDENTIAL - ENTI|RE TEXT.', '', '¶2.  Two.'] }, /^\*\*CONFIDENTIAL - ENTIRE TEXT\*\* — the whole text classified at once, as older cables did in their first paragraph instead of marking each paragraph: every paragraph is CONFIDENTIAL\.$/],
    ['the whole text classified above the banner', { body: ['1. SECRET - ENTIRE| TEXT.', '', '2. Two.'] }, /every paragraph is SECRET\. The banner says CONFIDENTIAL\.$/],
    ['the marking of a block with no number', { body: ['1. (C) Text.', '', '(C/REL NA|TO) Begin Talking Points:'] }, /portion marked \*\*CONFIDENTIAL\*\*/],
    ['a portion above the banner', { body: ['1. (|S) Text.'] }, /⚠ Exceeds the cable's CONFIDENTIAL banner/],
    ['a NOFORN portion without NOFORN', { body: ['1. (C/|NF) Text.'] }, /caveats: NOFORN \(not releasable to foreign nationals\)\n\nIts level fits the cable's CONFIDENTIAL banner; its caveat does not\.\n\n⚠ NOFORN, but the banner and captions carry no NOFORN/],
    ['a malformed portion', { body: ['1. (|c) Text.'] }, /Written irregularly: the usual form is `\(C\)`/],
    ['an unknown portion', { body: ['1. (N/|SF) Text.'] }, /\*\*\(N\/SF\)\*\* — not a recognised portion marking/],
    ['a mangled paragraph number', { body: ['1. (C) One.', '', '12|. (C) Two.'] }, /\*\*12\.\*\* stands for \*\*¶2\.\*\*/],
    ['an item of a list in a paragraph', { body: ['1. (C) The note reads:', '', '¶|1. Release the documents.', '', '¶2. Return them.', '', '2. (C) Two.'] }, /^\*\*Item 1\*\* of a numbered list in paragraph 1 \(unmarked: it shares that paragraph's \(C\)\)$/],
    ['a plain paragraph number', { body: ['¶|1. (C) One.'] }, /\*\*Paragraph 1\*\*, marked CONFIDENTIAL · written with ¶/],
    ['a garbled banner', { banner: 'SS E C R E T ANK|ARA 000348', body: ['1. (S) One.'] }, /\*\*SECRET\*\* — classification banner\n\nwritten `SS E C R E T`/],
    ['the E.O. number', { eo: 'E.O. 129|58: DECL: 01/07/2014' }, /\*\*E\.O\. 12958, Classified National Security Information \(Clinton\)\*\* — signed 17 April 1995; amended by E\.O\. 13292/],
    ['an unknown E.O. number', { eo: 'E.O. 125|98: DECL: 01/07/2014' }, /\*\*E\.O\. 12598\*\* — not a classification order/],
    ['a DECL date', { eo: 'E.O. 12958: DECL: 01/0|7/2014' }, /\*\*Declassify on 7 Jan 2014\*\* — about 10 years after the cable's date \(20 Jan 2004\)/],
    ['a DECL date some months off a whole number of years', { eo: 'E.O. 12958: DECL: 07/2|0/2009' }, /\*\*Declassify on 20 Jul 2009\*\* — about 5\.5 years after the cable's date \(20 Jan 2004\)/],
    ['a DECL date on the same day years later', { eo: 'E.O. 12958: DECL: 01/|20/2014' }, /\*\*Declassify on 20 Jan 2014\*\* — 10 years after the cable's date \(20 Jan 2004\)/],
    ['DECL N/A', { eo: 'E.O. 12958: N|/A' }, /\*\*N\/A\*\* — not applicable: there is nothing to declassify — but this cable is classified, and only unclassified cables may say N\/A\.$/],
    ['DECL N/A on an unclassified cable', { banner: 'UNCLAS ANKARA 000348', eo: 'E.O. 12958: N|/A' }, /^\*\*N\/A\*\* — not applicable: there is nothing to declassify, right for an unclassified cable\.$/],
    ['DECL OADR', { eo: 'E.O. 12356: DECL: OA|DR' }, /\*\*OADR\*\* — originating agency's determination required/],
    ['an event DECL', { eo: 'E.O. 12958: DECL: TEN YEARS AFTER KOREAN UNIFI|CATION' }, /\*\*Declassify on an event:\*\* TEN YEARS AFTER KOREAN UNIFICATION/],
    ['a declassification stamp', { eo: 'E.O. 12958: AS AMENDED; DECLASSIFIED JUNE 2|1, 2006' }, /^\*\*Declassified\*\* on 21 Jun 2006 — the stamp of a later declassification review \(DECLASSIFIED JUNE 21, 2006\), not an instruction of the cable itself\.$/],
    ['a downgrading instruction', { eo: 'E.O. 12958: DNG: C|O 01/26/2021' }, /^\*\*Downgrade to CONFIDENTIAL \(CO\) on 26 Jan 2021\*\* — about 17 years after the cable's date \(20 Jan 2004\)\. {2}\nDNG is a downgrading instruction, written in place of DECL: the line gives no declassification date\.$/],
    ['a redacted DECL', { eo: 'EO 12958 XXXXX|XXXXXXXX' }, /\*\*XXXXXXXXXXXXX\*\* — the declassification instruction was blanked out in the published text/],
    ['the reason section', { classifiedBy: 'Classified By: Amb X for reasons 1.|4 (b) and (d).' }, /\*\*Section 1\.4\*\* of E\.O\. 12958 as amended[\s\S]*\(h\) weapons of mass destruction/],
    ['a reason letter', { classifiedBy: 'Classified By: Amb X for reasons 1.4 (b) and (|d).' }, /\*\*1\.4 \(d\)\*\* — foreign relations or foreign activities of the United States/],
    ['the last letter of a range', { classifiedBy: 'Classified By: Amb X for reasons 1.4 (b-|d).' }, /\*\*1\.4 \(d\)\*\* — foreign relations or foreign activities of the United States/],
    ['the dash of a range, for the letter between', { classifiedBy: 'Classified By: Amb X for reasons 1.4 (b|-d).' }, /\*\*1\.4 \(c\)\*\* — intelligence activities/],
    ['a reason letter outside the section', { classifiedBy: 'Classified By: Amb X for reasons 1.5 (|h).' }, /\*\*\(h\)\*\* — not a category of section 1\.5/],
    ['the E.O. keyword', { eo: 'E.|O. 12958: DECL: 01/07/2014' }, /\*\*E\.O\. 12958, Classified National Security Information \(Clinton\)\*\*/],
    ['the TAGS keyword', { tags: 'TA|GS: PREL PGOV TU' }, /^\*\*TAGS\*\* — the cable's subject, country and organization tags, by which it was filed and found: PREL PGOV TU\./],
    ['the SUBJECT keyword', { subject: 'SUBJ|ECT: TURKISH VIEWS ON IRAQ' }, /^\*\*SUBJECT\*\* — the cable's title: TURKISH VIEWS ON IRAQ\./],
    ['the SUBJECT keyword of a title that ends in a question mark', { subject: 'SUBJ|ECT: HOW STRONG A LEADER?' }, /^\*\*SUBJECT\*\* — the cable's title: HOW STRONG A LEADER\?$/],
    ['the REF keyword of a text that mentions its entries', { ref: 'R|EF: A. 08 PARIS 1501 B. STATE 12345', body: ['1. (C) As reported in ref A, and in ref B too.'] }, /\(2 entries\); the text mentions them 2 times \(`ref A`, `ref B`; F12 on a mention goes to its entry\)\.$/],
    ['the REF keyword of a text that says reftel', { ref: 'R|EF: 08 PARIS 1501', body: ['1. (C) As reported in reftel, the minister agreed.'] }, /\(1 entry\); the text mentions it once \(`reftel`; F12 on a mention goes to its entry\)\.$/],
    ['the REF keyword of a text that does not mention them', { ref: 'R|EF: A. 08 PARIS 1501 B. STATE 12345', body: ['1. (C) Nothing here.'] }, /\(2 entries\); the text does not mention them by letter\.$/],
    ['the REF keyword', { ref: 'R|EF: A. 08 PARIS 1501 B. STATE 12345' }, /^\*\*REF\*\* — the cables and other documents this cable refers to \(2 entries\)/],
    ['the marking of the Classified By line', { classifiedBy: '(|U) Classified by Ambassador Eric Edelman; reasons: 1.5 (b,d).' }, /^\*\*\(U\)\*\* — portion marked \*\*UNCLASSIFIED\*\*\n\nFits the cable's CONFIDENTIAL banner\.$/],
    ['the marking of the subject line', { subject: 'SUBJECT: (S|/NF) CONSTRUCTIVE TALKS' }, /^\*\*\(S\/NF\)\*\* — portion marked \*\*SECRET\*\* · caveats: NOFORN \(not releasable to foreign nationals\)\n\n⚠ Exceeds the cable's CONFIDENTIAL banner/],
    ['the marking of the E.O. line', { eo: '(|U) E.O. 12958: DECL: 01/07/2014' }, /^\*\*\(U\)\*\* — portion marked \*\*UNCLASSIFIED\*\*/],
    ['the keyword after a marked Classified By line', { classifiedBy: '(U) Classi|fied by Ambassador Eric Edelman; reasons: 1.5 (b,d).' }, /^\*\*Classified By\*\* — the official who classified the cable and why: Ambassador Eric Edelman/],
    ['the Classified By keyword', { classifiedBy: 'Classi|fied By: Ambassador Eric Edelman for reasons 1.4 (b) and (d).' }, /^\*\*Classified By\*\* — the official who classified the cable and why: Ambassador Eric Edelman, for reasons 1\.4 \(b\), \(d\)\./],
    ['the FM line', { preamble: ['VZCZCXRO1234', 'O 010549Z MAR 08', 'F|M AMEMBASSY ANKARA', 'TO RUEHC/SECSTATE WASHDC IMMEDIATE 1234', ''] }, /^\*\*FM AMEMBASSY ANKARA\*\* — the originator: the post or office that sent the cable\./],
    ['a page line', { body: ['1. (C) The minister', 'ANKARA 00000348  002 OF 0|03', 'agreed.'] }, /^\*\*ANKARA 00000348 002 OF 003\*\* — page line of ANKARA 348 as printed: section 2 of 3; the text goes on after it\.$/],
    ['a page line within a section', { body: ['1. (C) The minister', 'CARACAS 00002367 001.2 OF 0|04', 'agreed.'] }, /^\*\*CARACAS 00002367 001\.2 OF 004\*\* — page line of CARACAS 2367 as printed: section 1 of 4 \(the `\.2` after the section is a count of the printout, of no documented meaning\);/],
    ['a passing instruction', { captions: ['SIPDIS', '', 'AMEMBASSY ATHENS PASS TO AMCONSUL THESSA|LONIKI'] }, /\*\*AMEMBASSY ATHENS PASS TO AMCONSUL THESSALONIKI\*\* — passing instruction/],
    ['a distribution instruction', { captions: ['SIPDIS', '', 'STATE FOR EUR/|WE'] }, /\*\*STATE FOR EUR\/WE\*\* — distribution instruction: the offices \(or people\) at the addressee who should see the cable/],
    ['a line of office symbols (10KUWAIT88)', { captions: ['SIPDIS', '', 'NEA/A|RP, NEA/RA'] }, /^\*\*NEA\/ARP, NEA\/RA\*\* — distribution instruction: the offices of the Department that should see the cable, by their office symbols\.$/],
    ['a reason letter without its section', { classifiedBy: 'Classified By: Amb X for reasons (b) and (|d).' }, /\*\*1\.4 \(d\)\*\* — foreign relations[\s\S]*The section is not written; on this cable's date the letters are those of section 1\.4\./],
    ['a caption', { captions: ['SIPDIS', 'NOF|ORN'] }, /\*\*NOFORN\*\* — No foreign distribution/],
    ['SIPDIS repeated inside a paragraph', { body: ['1. (C) The minister said that', '', 'SIP|DIS', 'the vote failed.'] }, /^\*\*SIPDIS\*\* — [\s\S]*\n\nRepeated inside the text by the published copy: not part of the paragraph\.$/],
    ['a routing indicator', { preamble: ['O 201247Z JAN 04', 'FM AMEMBASSY ANKARA', 'TO RUEH|C/SECSTATE WASHDC IMMEDIATE 1234', ''] }, /\*\*RUEHC\*\* — routing indicator of \*\*SECSTATE WASHDC\*\* \(the routing table has DEPT OF STATE WASHINGTON DC\) · action addressee, IMMEDIATE, message number 1234/],
    ['a NIACT precedence', { preamble: ['O R 181205Z NOV 75', 'FM AMEMBASSY LIBREVILLE', 'TO USMISSION USUN NEWYORK NIA|CT IMMEDIATE', 'SECSTATE WASHDC IMMEDIATE 7102', ''] }, /^\*\*NIACT IMMEDIATE\*\* — the precedence of the copy for USMISSION USUN NEWYORK \(an action addressee\): \*\*NIACT\*\* \(night action\) \*\*IMMEDIATE\*\*: USMISSION USUN NEWYORK must act at once, at any hour of the day or night;/],
    ['the precedence of an addressee', { preamble: ['O 201247Z JAN 04', 'FM AMEMBASSY ANKARA', 'TO RUEHC/SECSTATE WASHDC IMMED|IATE 1234', 'INFO RUEHAR/AMEMBASSY ACCRA PRIORITY 0010', ''] }, /^\*\*IMMEDIATE\*\* — the precedence of the copy for SECSTATE WASHDC \(an action addressee\): FLASH, IMMEDIATE, PRIORITY or ROUTINE, highest first; `1234` after it is the message number\.$/],
    ['the date-time group', { preamble: ['O 2012|47Z JAN 04', 'FM AMEMBASSY ANKARA', ''] }, /\*\*201247Z JAN 04\*\* — date-time group: 20 Jan 2004 12:47 UTC/],
    ['the transmission id', { preamble: ['VZCZC|XRO2664', 'PP RUEHIK', 'O 201247Z JAN 04', ''] }, /^\*\*VZCZCXRO2664\*\* — transmission identification/],
    ['the precedence pair', { preamble: ['VZCZCXRO2664', '|PP RUEHIK', 'O 201247Z JAN 04', ''] }, /^\*\*PP\*\* — precedence \*\*PRIORITY\*\*\.$/],
    ['a split precedence', { preamble: ['|O P 201247Z JAN 04', 'FM AMEMBASSY ANKARA', ''] }, /^\*\*O P\*\* — precedence \*\*IMMEDIATE\*\* for action addressees, \*\*PRIORITY\*\* for information addressees\.$/],
    [
      'the DE line of a sender whose station another addressee shares (08OSLO585)',
      { preamble: ['DE RUEHNY #0585/01 30412|55', 'P 301255Z OCT 08', 'FM AMEMBASSY OSLO', 'TO RUEHC/SECSTATE WASHDC PRIORITY 7121', 'INFO RUEHNY/ODC OSLO NO PRIORITY', ''] },
      /station \*\*RUEHNY\*\* \(AMEMBASSY OSLO\)/,
    ],
    ['the DE station of a sender whose station another addressee shares (08OSLO585)', { preamble: ['DE RUE|HNY #0585/01 3041255', 'P 301255Z OCT 08', 'FM AMEMBASSY OSLO', 'TO RUEHC/SECSTATE WASHDC PRIORITY 7121', 'INFO RUEHNY/ODC OSLO NO PRIORITY', ''] }, /^\*\*RUEHNY\*\* — routing indicator of \*\*AMEMBASSY OSLO\*\*$/],
    ['an addressee written without a routing indicator (09STATE6423)', { preamble: ['R 232151Z JAN 09', 'FM SECSTATE WASHDC', 'TO IRAN COLLECTIVE', 'AMEMBASSY ASUN|CION', ''] }, /^\*\*AMEMBASSY ASUNCION\*\* — action addressee\.$/],
    ['a collective', { preamble: ['R 232151Z JAN 09', 'FM SECSTATE WASHDC', 'TO IRAN COLL|ECTIVE', 'AMEMBASSY ASUNCION', ''] }, /^\*\*IRAN COLLECTIVE\*\* — action addressee\.\n\nA collective: a group of posts addressed as one\.$/],
    ['the name of an addressee', { preamble: ['O 201247Z JAN 04', 'FM AMEMBASSY ANKARA', 'TO RUEHC/SECSTATE WA|SHDC IMMEDIATE 1234', ''] }, /^\*\*SECSTATE WASHDC\*\* — action addressee · precedence IMMEDIATE · message number 1234 · routing indicator RUEHC\.$/],
    ['the DE line', { preamble: ['DE RUEHAK #0348/01 02012|47', 'O 201247Z JAN 04', ''] }, /^\*\*DE RUEHAK #0348\/01 0201247\*\* — transmission line: station \*\*RUEHAK\*\* \(AMEMBASSY ANKARA\) · serial 0348, section 01 · day 20 of the year \(20 Jan 2004\) at 12:47 UTC\.$/],
    ['the security line', { preamble: ['ZNY CC|CCC ZZH', 'O 201247Z JAN 04', ''] }, /^\*\*ZNY CCCCC ZZH\*\* — security line: `CCCCC`, the classification letter five times: \*\*CONFIDENTIAL\*\*\.$/],
    ['a reference whose letter the published copy wrote twice (05SOFIA1207)', { ref: 'REF: A. A. STATE 9912|5  B. B. SOFIA 1046' }, /^\*\*Reference A\*\* — STATE 99125\n/],
    ['a reference written with its letter before a colon (10STATE9124)', { ref: 'REF A: STATE 1202|88' }, /^\*\*Reference A\*\* — STATE 120288\n/],
    ['a reference in the workspace', { ref: 'REF: A. 08 PARIS 15|01' }, /\*\*Reference A\*\* — 08 PARIS 1501\n\nCable \*\*08PARIS1501\*\* — in this workspace: \[08PARIS1501\.txt\]\(file:\/\/\/ws\/08PARIS1501\.txt\) \(CONFIDENTIAL, 1 Mar 2008\)\n\n\*FRENCH VIEWS\*/],
    ['a reference not in the workspace', { ref: 'REF: STATE 12|345' }, /Cable \*\*04STATE12345\*\* \(year assumed: the cable’s own\) — not in this workspace/],
    ['a reference with its year in full', { ref: 'REF: A. 2005 MOSCOW 147|34' }, /Cable \*\*05MOSCOW14734\*\* — not in this workspace/],
    ['a Department reference with a serial too high for the cable’s date', { ref: 'REF: STATE 2976|14' }, /Cable \*\*03STATE297614\*\* \(year assumed: the year before the cable’s, as the Department could not have reached that serial by the cable’s date\)/],
    ['a reference of another post with a serial too high for early in the year', { preamble: ['O 120816Z JAN 09', 'FM AMEMBASSY SEOUL', 'TO SECSTATE WASHDC 1234', ''], banner: 'C O N F I D E N T I A L SEOUL 000059', ref: 'REF: A. TOKYO 31|14' }, /Cable \*\*08TOKYO3114\*\* \(year assumed: the year before the cable’s, as no post sends that many cables so early in the year\)/],
    ['a reference of the same post with a serial above the cable’s own', { ref: 'REF: A. ANKARA 65|43' }, /Cable \*\*03ANKARA6543\*\* \(year assumed: the year before the cable’s, as the serial is above its own\) — not in this workspace/],
    ['a non-cable reference', { ref: 'REF: EMBASSY E-MAIL OF OCTO|BER 14' }, /Not a cable citation/],
    ['a cable id in the text', { body: ['1. (C) As 08PARIS15|01 reported.'] }, /\*\*08PARIS1501\*\* — Cable \*\*08PARIS1501\*\* — in this workspace/],
    ['a section title and the paragraphs under it', { body: ['1. (C) One.', '', 'The Way| Ahead', '', '2. (C) Two.', '', '3. (C) Three.'] }, /^\*\*The Way Ahead\*\* — a section title\n\nIts text: ¶2–¶3 \(2 paragraphs\)\.$/],
    ['the words that open a summary, where it runs and what closes it', { body: ['1. (C) Sum|mary: The talks went well. End Summary.', '', '2. (C) Two.'] }, /^\*\*Summary\*\* — opens the summary: the cable in brief, before the body\.\n\nline \d+ · ¶1 · closed by `End Summary` on line \d+$/],
    ['a comment heading with no end marker', { body: ['1. (C) One.', '', 'Com|ment', '', '2. (C) We think so.'] }, /^\*\*Comment\*\* — opens the comment: the post's own view, set apart from what it reports\.\n\nlines \d+–\d+ · ¶2 · no end marker/],
    ['the words that close a comment', { body: ['1. (C) One.', '', '2. (C) Comment: We think so.', '', '3. (C) And so on. End Com|ment.', '', '4. (C) Four.'] }, /^\*\*End of the comment\*\* — opened on line \d+\.\n\nlines \d+–\d+ · ¶2–¶3 \(2 paragraphs\)$/],
  ])('explains %s', (_name, parts, expected) => {
    expect(hover(makeCable(parts as Parameters<typeof makeCable>[0]))).toMatch(expected);
  });

  it('says nothing on plain prose', () => {
    expect(hover(makeCable({ body: ['1. (C) The minister a|greed.'] }))).toBe('');
  });

  it('says nothing on prose that merely looks like a citation', () => {
    expect(hover(makeCable({ body: ['1. (C) IN MAY 2|005 THE MINISTER AGREED.'] }))).toBe('');
  });
});

describe('hover ranges hold the cursor', () => {
  it.each([
    ['the E.O. keyword', { eo: 'E.|O. 12958: DECL: 01/07/2014' }, 'E.O. 12958'],
    ['the DECL keyword', { eo: 'E.O. 12958: DE|CL: 01/07/2014' }, 'DECL: 01/07/2014'],
    ['the FM keyword', { preamble: ['VZCZCXRO1234', 'O 010549Z MAR 08', 'F|M AMEMBASSY ANKARA', 'TO RUEHC/SECSTATE WASHDC IMMEDIATE 1234', ''] }, 'FM AMEMBASSY ANKARA'],
  ])('%s', (_name, parts, covered) => {
    const { document, position } = docAt(makeCable(parts));
    const h = service().doHover(document, position)!;
    expect(document.getText(h.range!)).toBe(covered);
    const at = document.offsetAt(position);
    expect(document.offsetAt(h.range!.start) <= at && at <= document.offsetAt(h.range!.end)).toBe(true);
  });
});

describe("hover and folding on a later section's repeated header (90CAPETOWN97)", () => {
  const text = readSeed('90CAPETOWN97.txt');
  const lines = text.split('\n');
  const at = (line: string, column: number) => ({ line: lines.findIndex((l, i) => i > 100 && l.startsWith(line)), character: column });
  it('says what the repeated lines are, and the section banner among them hovers as a banner', () => {
    const s = service();
    const document = doc(text);
    const fm = s.doHover(document, at('FM AMCONSUL CAPE TOWN', 5));
    expect((fm?.contents as MarkupContent).value).toBe('**Repeated header** — the routing and header lines of section 2 of 3, which was sent as a telegram of its own; not part of the text.');
    const banner = s.doHover(document, at('C O N F I D E N T I A L SECTION 02', 3));
    expect((banner?.contents as MarkupContent).value).toMatch(/^\*\*CONFIDENTIAL\*\* — repeated banner[\s\S]*section 2 of 3/);
  });
  it('folds the repeated header', () => {
    const ranges = service().getFoldingRanges(doc(text)).map((r) => [lines[r.startLine].trim(), lines[r.endLine].trim(), r.kind ?? '']);
    expect(ranges.filter((r) => r[0] === 'R 171512Z JAN 90' && r[1].startsWith('SUBJECT:'))).toEqual([['R 171512Z JAN 90', 'SUBJECT:  ESSA MOOSA TALKS ABOUT MANDELA AND OTHER TOPICS', 'imports']]);
  });
});

describe('hover on the date line of a published copy', () => {
  const hoverOn = (file: string, line: string) => {
    const text = readSeed(file);
    const position = { line: text.split('\n').findIndex((l) => l.startsWith(line)), character: 3 };
    return (service().doHover(doc(text), position)?.contents as MarkupContent).value;
  };
  it("decodes it and says it is the cable's date when there is no date-time group (04RANGOON88)", () => {
    expect(hoverOn('04RANGOON88.txt', 'Tuesday, 20 January')).toBe("**Tuesday, 20 January 2004, 09:44** — date line of the published copy: 20 Jan 2004 09:44 UTC. The text has no date-time group: this is the cable's date.");
  });
  it('compares it with the date-time group (01PRETORIA1173)', () => {
    expect(hoverOn('01PRETORIA1173.txt', 'Friday, 23 February')).toMatch(/date line of the published copy: 23 Feb 2001 15:53 UTC\. Agrees with the date-time group 231553Z FEB 01\.$/);
  });
});

describe("hover on a post's footer (07KUWAIT808)", () => {
  it('says what it is', () => {
    const text = readSeed('07KUWAIT808.txt');
    const position = { line: text.split('\n').indexOf("Visit Kuwait's Classified Website:"), character: 4 };
    expect((service().doHover(doc(text), position)?.contents as MarkupContent).value).toBe("**Footer** — the post's pointer to its web site, added at the end of its cables: not part of the text.");
  });
});

describe("routing indicators named by the cable's own addressee lines (08RPODUBAI49)", () => {
  const preamble = ['VZCZCXRO1234', 'RR RUEHDE RUEHDIR', 'DE RUEHDIR #0049/01 2970920', 'ZNY CCCCC ZZH', 'R 230920Z OCT 08', 'FM IRAN RPO DUBAI', 'TO RUEHC/SECSTATE WASHDC 0294', 'INFO RUEHDIR/RPO DUBAI 0304', 'RUEHOO/CHINA POSTS COLLECTIVE', ''];
  const at = (needle: string, nth = 0) => {
    const text = makeCable({ preamble });
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes(needle));
    let character = lines[line].indexOf(needle);
    for (let k = 0; k < nth; k++) character = lines[line].indexOf(needle, character + 1);
    return (service().doHover(doc(text), { line, character: character + 1 })?.contents as MarkupContent).value;
  };
  it('names the DE station as the cable does, not as the (older) routing table does', () => {
    expect(at('#0049')).toMatch(/station \*\*RUEHDIR\*\* \(RPO DUBAI\)/);
    const rpo = '**RUEHDIR** — routing indicator of **RPO DUBAI** (the routing table has AMCONSUL NAGOYA)';
    expect(at('RUEHDIR #')).toBe(rpo);
    expect(at('RUEHDIR', 0)).toBe(rpo);
    // On its own addressee line too.
    expect(at('RUEHDIR/RPO')).toBe(`${rpo} · information addressee, message number 0304`);
  });
  it("gives an addressee's own name when the routing table lacks its indicator", () => {
    expect(at('RUEHOO')).toBe('**RUEHOO** — routing indicator of **CHINA POSTS COLLECTIVE**, as this cable names it (not in the routing table) · information addressee');
  });
});

describe('hover on the note of a repeated cable (09STATE127892)', () => {
  it('calls the sentence one note and says it is a repeat', () => {
    const preamble = ['R 160115Z DEC 09', 'FM SECSTATE WASHDC', 'TO AMEMBASSY ANKARA 1234', '', 'FOLLOWING STATE 127892 DATED 150910Z DEC 09 SENT ACTION RIGA,', 'TALLINN, VILNIUS, USNATO INFO ALL NATO POST COLLECTIVE IS BEING', 'REPEATED FOR YOUR ACTION.', 'QUOTE:', ''];
    const text = makeCable({ preamble });
    const lines = text.split('\n');
    const h = service().doHover(doc(text), { line: lines.indexOf('REPEATED FOR YOUR ACTION.'), character: 3 });
    expect((h?.contents as MarkupContent).value).toMatch(/^\*\*FOLLOWING STATE 127892 .* REPEATED FOR YOUR ACTION\.\*\* — repeat note: this cable passes on the text of another one/);
  });
});

describe('hover on the distribution block of a received copy (90CAPETOWN97)', () => {
  it('says what the lines are', () => {
    const text = readSeed('90CAPETOWN97.txt');
    const lines = text.split('\n');
    for (const start of ['ACTION AF-00', 'INFO  LOG-00', 'P-02     T-01', '------------------352654']) {
      const line = lines.findIndex((l) => l.trimStart().startsWith(start));
      const h = service().doHover(doc(text), { line, character: lines[line].indexOf(start) + 2 });
      expect((h?.contents as MarkupContent).value).toMatch(/— distribution of the received copy: the offices it went to/);
    }
  });
});
