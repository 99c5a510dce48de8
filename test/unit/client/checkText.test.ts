import { describe, expect, it } from 'vitest';
import { describeCheck } from '../../../client/src/checkText';

describe('the message after a workspace check', () => {
  it('names the counts that are not zero, in the singular where there is one', () => {
    expect(describeCheck({ cables: 202, errors: 1, warnings: 12, infos: 0, hints: 3 })).toBe('Checked 202 cables: 1 error, 12 warnings, 3 hints.');
    expect(describeCheck({ cables: 1, errors: 0, warnings: 0, infos: 0, hints: 0 })).toBe('Checked 1 cable: no problems.');
  });
});
