import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Calendar dates and percentages in the active language (Arabic digits and % sign placement included). */
export function useConsultationFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return useMemo(() => {
    // A calendar date has no time zone: read and written in UTC so that it never shifts by a day.
    const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    const percentFormat = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
    return {
      date: (isoDate: string) => dateFormat.format(new Date(`${isoDate}T00:00:00Z`)),
      dateRange: (start: string, end: string | null) =>
        end === null || end === start ? dateFormat.format(new Date(`${start}T00:00:00Z`)) : dateFormat.formatRange(new Date(`${start}T00:00:00Z`), new Date(`${end}T00:00:00Z`)),
      /** `percent` is 0–100 as the roll-ups give it; null (nobody to count) shows as a dash. */
      percent: (percent: number | null) => (percent === null ? '–' : percentFormat.format(percent / 100)),
    };
  }, [locale]);
}

/** Today's calendar date where the user is, as YYYY-MM-DD: the default for "started on". */
export function localToday(now: Date = new Date()): string {
  const offsetMs = now.getTimezoneOffset() * 60_000;
  return new Date(now.getTime() - offsetMs).toISOString().slice(0, 10);
}
