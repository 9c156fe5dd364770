import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Numbers, areas, years and dates written the way the active language writes them. */
export function useFormat() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  return useMemo(() => {
    const numberFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    // Years are numbers too (Arabic may use Arabic-Indic digits) but never get a thousands separator.
    const yearFormat = new Intl.NumberFormat(locale, { useGrouping: false });
    const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    return {
      number: (value: number) => numberFormat.format(value),
      areaKm2: (value: number) => t('units.areaKm2', { value: numberFormat.format(value) }),
      yearRange: (start: number, end: number) =>
        t('units.yearRange', { start: yearFormat.format(start), end: yearFormat.format(end) }),
      year: (value: number) => yearFormat.format(value),
      dateTime: (iso: string) => dateTimeFormat.format(new Date(iso)),
    };
  }, [locale, t]);
}
