import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LandType } from '../../../shared/landtypes/schema';
import type { PathYear } from '../../../shared/worksheets/schema';
import { useFormat } from '../../app/i18n/useFormat';
import { TableScroll } from '../../components/TableScroll';
import { ResultCells, ResultHeaderCells } from './ResultCells';

/** How one land type's balance builds up year by year, to the target year. */
export function PathTable({ path, landTypes }: { path: readonly PathYear[]; landTypes: readonly LandType[] }) {
  const { t } = useTranslation('worksheets');
  const format = useFormat();
  const selectId = useId();
  const [chosenId, setChosenId] = useState<string | null>(null);
  const chosen = landTypes.find((landType) => landType.id === chosenId) ?? landTypes[0];
  if (!chosen) return null;
  return (
    <section className="path-section" aria-labelledby={`${selectId}-title`}>
      <h2 id={`${selectId}-title`}>{t('path.title')}</h2>
      <p className="worksheet__help">{t('path.intro')}</p>
      <div className="table-toolbar">
        <label htmlFor={selectId}>{t('path.landType')}</label>
        <select id={selectId} value={chosen.id} onChange={(event) => setChosenId(event.target.value)}>
          {landTypes.map((landType) => (
            <option key={landType.id} value={landType.id}>
              {t('landTypeHeading', { code: landType.code, name: landType.name })}
            </option>
          ))}
        </select>
      </div>
      <TableScroll label={t('path.caption', { code: chosen.code })}>
        <table className="data-table data-table--compact">
          <caption className="visually-hidden">{t('path.caption', { code: chosen.code })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('path.year')}</th>
              <ResultHeaderCells />
            </tr>
          </thead>
          <tbody>
            {path.map((year) => {
              const result = year.landTypes.find((item) => item.landTypeId === chosen.id);
              if (!result) return null;
              return (
                <tr key={year.year}>
                  <th scope="row">{format.year(year.year)}</th>
                  <ResultCells result={result} />
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
