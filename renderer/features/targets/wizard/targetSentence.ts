import type { i18n as I18n } from 'i18next';
import type { TargetPattern } from '../../../../shared/targets/codes';
import { TARGET_PATTERNS } from '../../../../shared/targets/codes';
import { translateKey } from '../../../app/i18n/translateKey';
import { optionalNumber } from '../../../components/form/schemaResolver';
import type { TargetValues } from './targetValues';

/** Stands for a value not entered yet, so the sentence shows the gap instead of hiding it. */
const GAP = '…';

const numberOr = (value: string, format: (n: number) => string) => {
  const n = optionalNumber(value);
  return n === undefined || Number.isNaN(n) ? null : format(n);
};

/**
 * The target sentence in the active language, from the pattern's template (`targets:sentence.pattern.*`)
 * and the fields; null when no pattern is chosen. Languages with letter case get the class names in
 * lower case, as they read inside a sentence.
 */
export function targetSentence(values: TargetValues, i18n: I18n, landCoverLabel: (code: number) => string): string | null {
  if (!(TARGET_PATTERNS as readonly string[]).includes(values.pattern)) return null;
  const locale = i18n.language;
  const t = (key: string, params?: Record<string, string | number>) => translateKey(i18n, `targets:sentence.${key}`, params);
  const numberFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const year = (value: string) => numberOr(value, (n) => new Intl.NumberFormat(locale, { useGrouping: false }).format(n));

  const value = numberOr(values.targetValue, (n) => numberFormat.format(n));
  const amount = value !== null && values.targetUnit !== '' ? translateKey(i18n, `targets:amount.${values.targetUnit}`, { value }) : GAP;
  const classNames = values.landCoverClasses.map((code) => landCoverLabel(Number(code)).toLocaleLowerCase(locale));
  const classes = classNames.length > 0 ? new Intl.ListFormat(locale, { type: 'conjunction' }).format(classNames) : t('anyLand');
  const location = values.locationName.trim();
  const where =
    values.level === 'national' ? t('where.national') : location !== '' ? t('where.in', { location }) : '';
  const baselineYear = year(values.baselineYear);
  const baseline = baselineYear !== null ? t('baseline', { year: baselineYear }) : '';

  return t(`pattern.${values.pattern as TargetPattern}`, { amount, classes, where, baseline, year: year(values.targetYear) ?? GAP })
    .replace(/\s{2,}/g, ' ')
    .trim();
}
