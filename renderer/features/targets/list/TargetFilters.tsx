import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { HIERARCHY_TYPES, TARGET_LEVELS, TARGET_STATUSES } from '../../../../shared/targets/codes';
import { RUBRIC_CRITERIA } from '../../../../shared/targets/schema';
import { useCodeLabels } from '../labels';
import type { TargetFilter } from './filterTargets';

interface TargetFiltersProps {
  filter: TargetFilter;
  onChange: (filter: TargetFilter) => void;
}

/** Search and the filters of the target list; every change applies at once. */
export function TargetFilters({ filter, onChange }: TargetFiltersProps) {
  const { t } = useTranslation('targets');
  const labels = useCodeLabels();
  const id = useId();
  const set = <K extends keyof TargetFilter>(key: K, value: TargetFilter[K]) => onChange({ ...filter, [key]: value });
  const select = (key: 'status' | 'level' | 'hierarchy', list: 'status' | 'level' | 'hierarchy', codes: readonly string[]) => (
    <div className="field">
      <label className="field__label" htmlFor={`${id}-${key}`}>
        {t(`list.filter.${key}`)}
      </label>
      <select id={`${id}-${key}`} value={filter[key]} onChange={(event) => set(key, event.target.value)}>
        <option value="">{t('list.filter.all')}</option>
        {codes.map((code) => (
          <option key={code} value={code}>
            {labels.code(list, code)}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <div role="search" className="target-filters" aria-label={t('list.filter.label')}>
      <div className="field target-filters__search">
        <label className="field__label" htmlFor={`${id}-search`}>
          {t('list.filter.search')}
        </label>
        <input id={`${id}-search`} type="search" value={filter.search} onChange={(event) => set('search', event.target.value)} />
      </div>
      {select('status', 'status', TARGET_STATUSES)}
      {select('level', 'level', TARGET_LEVELS)}
      {select('hierarchy', 'hierarchy', HIERARCHY_TYPES)}
      <div className="field">
        <label className="field__label" htmlFor={`${id}-criterion`}>
          {t('list.filter.criterion')}
        </label>
        <select id={`${id}-criterion`} value={filter.criterion} onChange={(event) => set('criterion', event.target.value as TargetFilter['criterion'])}>
          <option value="">{t('list.filter.all')}</option>
          {RUBRIC_CRITERIA.map((criterion) => (
            <option key={criterion} value={criterion}>
              {t(`rubric.${criterion}.title`)}
            </option>
          ))}
        </select>
      </div>
      {filter.criterion !== '' && (
        <div className="field">
          <label className="field__label" htmlFor={`${id}-meets`}>
            {t('list.filter.meets')}
          </label>
          <select id={`${id}-meets`} value={filter.meets} onChange={(event) => set('meets', event.target.value as TargetFilter['meets'])}>
            <option value="meets">{t('list.filter.meetsOption')}</option>
            <option value="doesNotMeet">{t('list.filter.doesNotMeetOption')}</option>
          </select>
        </div>
      )}
    </div>
  );
}
