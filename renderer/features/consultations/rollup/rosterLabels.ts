import { useTranslation } from 'react-i18next';
import { AGE_BANDS, CONSULTATION_STATUSES, PURPOSES, SECTORS, SEXES } from '../../../../shared/consultations/codes';
import type { ROSTER_HEADERS, RosterLabelKey } from '../../../../shared/consultations/roster-export';

/** Column headers are the register's and the consultation's own field names; two are the export's. */
const HEADER_KEYS = {
  consultation: 'export.consultation',
  participants: 'export.participants',
  startDate: 'field.startDate',
  endDate: 'field.endDate',
  status: 'field.status',
  purpose: 'field.purpose',
  name: 'field.name',
  organisation: 'field.organisation',
  sex: 'field.sex',
  ageBand: 'field.ageBand',
  sector: 'field.sector',
  iplc: 'flag.iplc',
  youth: 'flag.youth',
} as const satisfies Record<(typeof ROSTER_HEADERS)[number], string>;

/**
 * Every word the export file holds, in the active language, for `consultations.exportRoster`. Codes use
 * the labels the screens show, so the file reads like the app.
 */
export function useRosterLabels(): Record<RosterLabelKey, string> {
  const { t } = useTranslation(['consultations', 'common']);
  const labels: Partial<Record<RosterLabelKey, string>> = {
    'count.iplc': t('flag.iplc'),
    'count.youth': t('flag.youth'),
    yes: t('common:yes'),
    no: t('common:no'),
    erased: t('person.erased'),
    notNamed: t('person.unnamed'),
  };
  for (const [header, key] of Object.entries(HEADER_KEYS)) labels[`header.${header as keyof typeof HEADER_KEYS}`] = t(key);
  for (const code of SEXES) {
    labels[`sex.${code}`] = t(`sex.${code}`);
    labels[`count.sex.${code}`] = t('export.countHeader', { group: t('field.sex'), value: t(`sex.${code}`) });
  }
  for (const code of AGE_BANDS) {
    labels[`ageBand.${code}`] = t(`ageBand.${code}`);
    labels[`count.ageBand.${code}`] = t('export.countHeader', { group: t('field.ageBand'), value: t(`ageBand.${code}`) });
  }
  for (const code of SECTORS) {
    labels[`sector.${code}`] = t(`sector.${code}`);
    labels[`count.sector.${code}`] = t('export.countHeader', { group: t('field.sector'), value: t(`sector.${code}`) });
  }
  for (const code of CONSULTATION_STATUSES) labels[`status.${code}`] = t(`status.${code}`);
  for (const code of PURPOSES) labels[`purpose.${code}`] = t(`purpose.${code}`);
  // Every key is filled above; the backend's schema refuses the export if one is not.
  return labels as Record<RosterLabelKey, string>;
}
