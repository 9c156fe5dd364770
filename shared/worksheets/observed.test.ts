import { describe, expect, it } from 'vitest';
import { observedBalanceOf } from './observed';

const source = { importId: '01900000-0000-7000-8000-000000000001', fileName: 'cb.json', packageName: null, reportDate: null, importedAt: '2026-07-01T08:00:00.000Z' };

describe('observed balance of a land type', () => {
  it('is gains − losses, in balance at zero and above', () => {
    expect(observedBalanceOf({ landTypeId: 'a', gainsKm2: 3, lossesKm2: 7.25, source })).toMatchObject({ netKm2: -4.25, neutral: false });
    expect(observedBalanceOf({ landTypeId: 'a', gainsKm2: 8, lossesKm2: 8, source })).toMatchObject({ netKm2: 0, neutral: true });
  });

  it('counts gains and losses equal to the square metre as in balance, not as a tiny loss', () => {
    // 0.1 + 0.2 − 0.3 is −5.6e-17 in floating point.
    expect(observedBalanceOf({ landTypeId: 'a', gainsKm2: 0.1 + 0.2, lossesKm2: 0.3 + 1e-12, source })).toMatchObject({ netKm2: 0, neutral: true });
  });
});
