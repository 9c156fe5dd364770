import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '../../../../shared/workspace/history';
import { countryName } from '../../../app/i18n/countryNames';
import { translateKey } from '../../../app/i18n/translateKey';
import { useFormat } from '../../../app/i18n/useFormat';

type FieldValue = HistoryEntry['changes'][number]['after'];

/** Fields that hold a code from a fixed list; their labels live under these locale keys. */
const CODE_LIST_LABELS: Record<string, string> = {
  'workspace.level': 'workspace:level',
  'period.key': 'workspace:period',
  'member.role': 'settings:role',
};
const AREA_FIELDS = new Set(['landAreaKm2', 'areaKm2']);
const YEAR_FIELDS = new Set(['yearStart', 'yearEnd', 'reportingCycle']);

/**
 * Words for what the change log records. Entities and fields are data (camelCase schema names),
 * so a name the locales do not know yet is shown as it is rather than hidden.
 */
export function useHistoryLabels() {
  const { i18n } = useTranslation('history');
  const format = useFormat();
  const known = useCallback(
    (key: string, fallback: string) => (i18n.exists(key) ? translateKey(i18n, key) : fallback),
    [i18n],
  );

  const entityLabel = useCallback((entity: string) => known(`history:entity.${entity}`, entity), [known]);
  const fieldLabel = useCallback(
    (entity: string, field: string) => known(`history:field.${entity}.${field}`, field),
    [known],
  );
  const valueText = useCallback(
    (entity: string, field: string, value: FieldValue): string => {
      if (value === null) return translateKey(i18n, 'history:emptyValue');
      if (typeof value === 'boolean') return translateKey(i18n, value ? 'common:yes' : 'common:no');
      if (typeof value === 'number') {
        if (AREA_FIELDS.has(field)) return format.areaKm2(value);
        return YEAR_FIELDS.has(field) ? format.year(value) : format.number(value);
      }
      const codeList = CODE_LIST_LABELS[`${entity}.${field}`];
      if (codeList) return known(`${codeList}.${value}`, value);
      if (entity === 'workspace' && field === 'countryIso3') return `${countryName(value, i18n.language)} (${value})`;
      return value;
    },
    [i18n, format, known],
  );

  return { entityLabel, fieldLabel, valueText };
}
