import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SECTORS, SEXES, type Sector, type Sex } from '../../../../shared/consultations/codes';
import type { PeopleFilter } from './filterPeople';

interface PeopleFilterBarProps {
  filter: PeopleFilter;
  onChange: (filter: PeopleFilter) => void;
}

export function PeopleFilterBar({ filter, onChange }: PeopleFilterBarProps) {
  const { t } = useTranslation('consultations');
  const id = useId();
  const set = (change: Partial<PeopleFilter>) => onChange({ ...filter, ...change });
  return (
    <div className="table-toolbar filter-bar" role="search" aria-label={t('register.filter.label')}>
      <label htmlFor={`${id}-q`}>{t('register.filter.search')}</label>
      <input id={`${id}-q`} type="search" value={filter.query} onChange={(event) => set({ query: event.target.value })} />
      <label htmlFor={`${id}-sector`}>{t('field.sector')}</label>
      <select id={`${id}-sector`} value={filter.sector} onChange={(event) => set({ sector: event.target.value as Sector | '' })}>
        <option value="">{t('register.filter.any')}</option>
        {SECTORS.map((code) => (
          <option key={code} value={code}>
            {t(`sector.${code}`)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-sex`}>{t('field.sex')}</label>
      <select id={`${id}-sex`} value={filter.sex} onChange={(event) => set({ sex: event.target.value as Sex | '' })}>
        <option value="">{t('register.filter.any')}</option>
        {SEXES.map((code) => (
          <option key={code} value={code}>
            {t(`sex.${code}`)}
          </option>
        ))}
      </select>
      <label className="checkbox">
        <input type="checkbox" checked={filter.iplcOnly} onChange={(event) => set({ iplcOnly: event.target.checked })} />
        {t('register.filter.iplcOnly')}
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={filter.youthOnly} onChange={(event) => set({ youthOnly: event.target.checked })} />
        {t('register.filter.youthOnly')}
      </label>
    </div>
  );
}
