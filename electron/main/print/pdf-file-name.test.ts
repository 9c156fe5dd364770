import { describe, expect, it } from 'vitest';
import { pdfFileName, withPdfExtension } from './pdf-file-name';

describe('the file name proposed for a printed report', () => {
  it('keeps the words and drops what file systems refuse', () => {
    expect(pdfFileName('Kenya: LDN 2026 - National LDN target report')).toBe('Kenya LDN 2026 - National LDN target report.pdf');
    expect(pdfFileName('التقرير الوطني')).toBe('التقرير الوطني.pdf');
  });

  it('proposes nothing when nothing usable is left', () => {
    expect(pdfFileName(' ?*: ')).toBe('');
  });

  it('adds .pdf where a Linux dialog left it out, and only there', () => {
    expect(withPdfExtension('/home/amina/report')).toBe('/home/amina/report.pdf');
    expect(withPdfExtension('/home/amina/report.PDF')).toBe('/home/amina/report.PDF');
  });
});
