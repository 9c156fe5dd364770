import { describe, expect, it } from 'vitest';
import { scaleLabel } from './scaleLabel';

describe('scale bar label', () => {
  it('uses metres below a kilometre and kilometres from there', () => {
    expect(scaleLabel(500, 'en')).toBe('500 m');
    expect(scaleLabel(1000, 'en')).toBe('1 km');
    expect(scaleLabel(2_000_000, 'en')).toBe('2,000 km');
  });

  it('writes the unit and the digits of the reader’s language', () => {
    expect(scaleLabel(300_000, 'ru')).toBe('300 км');
    expect(scaleLabel(300_000, 'zh')).toBe('300公里');
    expect(scaleLabel(300_000, 'ar')).toBe(new Intl.NumberFormat('ar', { style: 'unit', unit: 'kilometer' }).format(300));
    expect(scaleLabel(300_000, 'ar')).not.toContain('km');
  });
});
