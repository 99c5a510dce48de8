import { describe, expect, it } from 'vitest';
import { parseCable } from '../../../server/src/cable/parse';
import { readSeed, seedIndex } from '../../helpers/text';

// The published `created` minute of the Cablegate release is unreliable (often a copy of the hour: 12:47 is
// published as 12:12), so dates are compared to the hour; seeds/README.md explains this.
const toHour = (iso: string) => iso.slice(0, 13);

describe('every real cable in seeds/ against its published metadata', () => {
  const records = seedIndex();

  it('has at least 150 real cables covering every classification', () => {
    expect(records.length).toBeGreaterThanOrEqual(150);
    const classes = new Set(records.map((r) => r.classification));
    for (const c of ['UNCLASSIFIED', 'UNCLASSIFIED//FOR OFFICIAL USE ONLY', 'CONFIDENTIAL', 'CONFIDENTIAL//NOFORN', 'SECRET', 'SECRET//NOFORN']) {
      expect(classes).toContain(c);
    }
  });

  describe.each(records)('$file', (record) => {
    const text = readSeed(record.file);
    const cable = parseCable(text, { fileName: record.file });

    it('has the published classification level', () => {
      expect(cable.classification.level).toBe(record.classification.split('//')[0]);
    });

    it('has the published reference id (post and serial always; the year where the text has a DTG or a date line)', () => {
      if (cable.date) {
        expect(cable.referenceIdBasis).toBe(cable.routing?.dateTimeGroup?.iso || cable.extractDateTimeGroup?.iso ? 'dtg' : 'date-line');
        expect(cable.referenceId).toBe(record.referenceId);
      } else {
        expect(cable.referenceId?.slice(2)).toBe(record.referenceId.slice(2));
      }
    });

    it('has the published date where the text has a DTG or a date line (`Tuesday, 20 January 2004, 09:44`)', () => {
      const dtg = /\b\d{6}Z\s?[A-Za-z]{3}\s?\d{2}\b/.test(text) || /^[A-Z][a-z]+day, \d\d? [A-Z][a-z]+ \d{4}, \d\d:\d\d\s*$/m.test(text);
      expect(cable.date !== null).toBe(dtg);
      if (cable.date) expect(toHour(cable.date)).toBe(toHour(record.date.replace(' ', 'T')));
    });

    it('finds every numbered paragraph, in order', () => {
      const expected: number[] = [];
      text.split(/\r?\n/).forEach((line, i) => {
        const l = line.trimStart();
        if (/^¶\s?\d{1,3}[a-z]?\s?\.(?!\d)/.test(l) || /^\d{1,3}[a-z]?\s?\.\s?\((?:[A-Z]{1,3}|SBU)(?:\/{1,2}[A-Z]+)*\)/.test(l)) expected.push(i + 1);
      });
      const headerEnd = cable.header ? text.slice(0, cable.header.end).split('\n').length : 0;
      // A record of another cable run on after the text (73TEHRAN2077) is not this cable's.
      const appended = cable.issues.find((i) => i.code === 'appended-record');
      const textEnd = appended ? text.slice(0, appended.start).split('\n').length : Infinity;
      const found = cable.paragraphs.map((p) => p.line);
      expect(found).toEqual([...found].sort((a, b) => a - b));
      // A numbered title over a rule (`¶5. WMD Proliferation Financing Issues` / `-----`, 06VIENNA515) is a heading.
      const titles = new Set(cable.headings.filter((h) => /^\d{1,3}\. /.test(h.text) && /^-{3,}\s*$/.test(text.split(/\r?\n/)[h.line] ?? '')).map((h) => h.line));
      expect(found).toEqual(expect.arrayContaining(expected.filter((l) => l > headerEnd && l < textEnd && !titles.has(l))));
    });
  });
});
