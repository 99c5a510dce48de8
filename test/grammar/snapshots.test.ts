// Grammar snapshots: real cables from seeds/ rendered as `text | scopes`, one file per cable in __snapshots__/.
// Update deliberately with `npx vitest run test/grammar -u`, then read the changed snapshots before committing.

import { describe, expect, it } from 'vitest';
import { readSeed } from '../helpers/text';
import { renderTokens, tokenize } from './tokenize';

const CABLES: { file: string; why: string }[] = [
  { file: '000_ea1a4c7a725ed8c9.txt', why: 'the sample: partial extract, markdown TAGS residue, plain headings, mangled 16. numbers' },
  { file: '04ANKARA348.txt', why: 'lower-cased partial extract with the E.O., TAGS and SUBJECT run together on one line' },
  { file: '09PARIS1162.txt', why: 'SECRET NOFORN with a routing header, REF letters, dashed headings and a page line' },
  { file: '08KUALALUMPUR317.txt', why: 'UNCLAS SENSITIVE (SBU): EO N/A, TAGS without a colon, an unnumbered (SBU) paragraph' },
  { file: '09LONDON956.txt', why: 'multi-section CONFIDENTIAL//NOFORN cable with page lines and dashed headings' },
  { file: '10MOSCOW228.txt', why: 'captions and the E.O. on the banner line, SUBJECT, REF and Classified By on one line' },
  { file: '10SHENYANG5.txt', why: 'event DECL value, `an d` in the reasons, extract date line' },
  { file: '86MADRID5480.txt', why: '1986: routing header without VZCZC, E.O. 12356 DECL OADR, REF A) B) C)' },
  { file: '73TEHRAN2077.txt', why: '1973: spaced CORRECTED COPY with a note, `¶E. O. 11652: GDS`' },
];

describe('grammar snapshots of real cables', () => {
  for (const { file, why } of CABLES) {
    it(`${file}: ${why}`, async () => {
      const rendered = renderTokens(await tokenize(readSeed(file)));
      await expect(rendered).toMatchFileSnapshot(`__snapshots__/${file.replace(/\.txt$/, '')}.snap`);
    });
  }
});
