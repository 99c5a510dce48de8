import { describe, expect, it } from 'vitest';
import { shouldSwitchToCable } from '../../../client/src/detection';
import { statusText } from '../../../client/src/statusText';
import { readSeed, seedFiles } from '../../helpers/text';
import { makeCable } from '../../helpers/cables';
import { joinLines } from '../../helpers/text';

describe('cable.detectPlainText', () => {
  it('switches every real cable of seeds/ opened as plain text', () => {
    for (const f of seedFiles()) expect(shouldSwitchToCable('plaintext', `/ws/${f}`, readSeed(f), true), f).toBe(true);
  });

  it('switches a cable with a banner and two header fields, or with only a routing header', () => {
    expect(shouldSwitchToCable('plaintext', 'x.txt', makeCable({ preamble: [], eo: null, classifiedBy: null }), true)).toBe(true);
    expect(shouldSwitchToCable('plaintext', 'x.txt', joinLines('VZCZCXRO6140', 'OO RUEHFL', 'some text'), true)).toBe(true);
    expect(shouldSwitchToCable('plaintext', 'x.txt', joinLines('P 201247Z JAN 04', 'FM AMEMBASSY ANKARA', 'TO SECSTATE WASHDC', 'text'), true)).toBe(true);
  });

  it('leaves other text files alone', () => {
    const notCables = [
      joinLines('Shopping list', '- milk', '- bread'),
      joinLines('SECRET SANTA 2024', 'Subject: gifts', 'Bring something nice.'),
      joinLines('CONFIDENTIAL', 'This memo is confidential.', 'Subject: budget'),
      joinLines('# README', 'TAGS: none', 'SUBJECT: none'),
    ];
    for (const text of notCables) expect(shouldSwitchToCable('plaintext', 'notes.txt', text, true), text).toBe(false);
  });

  it('respects the setting, the language and the extension', () => {
    const cable = makeCable();
    expect(shouldSwitchToCable('plaintext', 'x.txt', cable, false)).toBe(false);
    expect(shouldSwitchToCable('markdown', 'x.txt', cable, true)).toBe(false);
    expect(shouldSwitchToCable('plaintext', 'x.log', cable, true)).toBe(false);
  });
});

describe('the status bar text', () => {
  it('shows the overall classification with caveats and the reference id', () => {
    expect(statusText({ classification: { level: 'SECRET', caveats: ['NOFORN'] }, referenceId: '08LONDON1939' })).toBe('🟥 SECRET//NOFORN · 08LONDON1939');
    expect(statusText({ classification: { level: null, caveats: [] }, referenceId: null })).toBe('$(shield) NO BANNER');
  });
});
