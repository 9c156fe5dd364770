import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PraisTableId } from '../../../../shared/baseline/schema';
import { areaSumMatches, MAX_REGIONS, regionAreaSumKm2 } from '../../../../shared/baseline/regions';
import { useFormat } from '../../../app/i18n/useFormat';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FieldMessage } from '../../../components/form/FieldMessage';
import { useSnackbarStore } from '../../../components/snackbarStore';
import { TableScroll } from '../../../components/TableScroll';
import { useBaselineScreen } from '../baselineContext';
import { useBaselineMutation } from '../baselineQueries';
import { CellInput } from './CellInput';
import { isFieldRefusal, listErrorsOf } from './listErrors';
import { useDraftRows } from './useDraftRows';

interface DraftRegion {
  key: string;
  id?: string;
  name: string;
  area: string;
}

const MATRIX_TABLE_ID: PraisTableId = 'SO1-1.T3';

let nextKey = 0;
const parseArea = (text: string) => (text.trim() === '' ? Number.NaN : Number(text.replace(',', '.')));

/**
 * The regions of SO1-1.T3 (2026): up to 5, each with its own transition matrix, their areas summing to the
 * total land area. The sum is shown while typing; removing a region removes its matrix, so the save asks first.
 */
export function RegionsEditor() {
  const { t } = useTranslation('baseline');
  const format = useFormat();
  const { data } = useBaselineScreen();
  const save = useBaselineMutation('baseline.saveRegions');
  const showSnackbar = useSnackbarStore((state) => state.show);
  const { rows, setRows, update, remove } = useDraftRows<DraftRegion>(() => data.regions.map((r) => ({ key: r.id, id: r.id, name: r.name, area: String(r.areaKm2) })));
  const [confirmRemoval, setConfirmRemoval] = useState(false);
  const errors = listErrorsOf(save.error);
  const sum = regionAreaSumKm2(rows.map((r) => ({ areaKm2: parseArea(r.area) || 0 })));
  const total = data.totalLandAreaKm2;
  const removed = data.regions.filter((r) => !rows.some((row) => row.id === r.id));

  const submit = () => {
    if (removed.length > 0 && !confirmRemoval) {
      setConfirmRemoval(true);
      return;
    }
    setConfirmRemoval(false);
    save.mutate(
      { regions: rows.map((r) => ({ id: r.id, name: r.name, areaKm2: parseArea(r.area) })) },
      {
        onSuccess: (saved) => {
          setRows(saved.regions.map((r) => ({ key: r.id, id: r.id, name: r.name, area: String(r.areaKm2) })));
          showSnackbar({ text: t('regions.saved') });
        },
      },
    );
  };

  return (
    <section className="prais-table card stack" aria-labelledby="so1-1-t3-regions-title">
      <h3 id="so1-1-t3-regions-title" className="prais-table__title">
        <span className="prais-table__id">{MATRIX_TABLE_ID}</span> {t('regions.title')}
      </h3>
      <p className="muted">{t('regions.intro')}</p>
      {rows.length > 0 && (
        <TableScroll label={t('regions.title')}>
          <table className="data-table data-table--compact">
            <caption className="visually-hidden">{t('regions.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('regions.name')}</th>
                <th scope="col">{t('regions.areaKm2')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('legend.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, i) => {
                const rowName = row.name.trim() || t('legend.rowNumber', { number: i + 1 });
                return (
                  <tr key={row.key}>
                    <td>
                      <CellInput label={t('regions.nameOf', { number: i + 1 })} error={errors.get(`regions.${i}.name`)} value={row.name} onChange={(e) => update(row.key, { name: e.target.value })} />
                    </td>
                    <td>
                      <CellInput label={t('regions.areaOf', { name: rowName })} error={errors.get(`regions.${i}.areaKm2`)} inputMode="decimal" value={row.area} onChange={(e) => update(row.key, { area: e.target.value })} />
                    </td>
                    <td>
                      <button type="button" className="button button--small" onClick={() => remove(row.key)}>
                        {t('regions.remove', { name: rowName })}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
      {rows.length > 0 && (
        <p role="status" className={areaSumMatches(sum, total) ? 'muted' : 'field__error'}>
          {t(areaSumMatches(sum, total) ? 'regions.sumMatches' : 'regions.sumDiffers', { sum: format.number(sum), total: format.number(total) })}
        </p>
      )}
      <FieldMessage id="regions-error" error={errors.get('regions')} />
      {save.isError && !isFieldRefusal(save.error) && <ErrorAlert error={save.error} />}
      {confirmRemoval && (
        <p role="alert">{t('regions.removeConfirm', { names: removed.map((r) => r.name).join(', ') })}</p>
      )}
      <div className="form-actions">
        <button type="button" className="button" disabled={rows.length >= MAX_REGIONS} onClick={() => setRows((current) => [...current, { key: `new-${nextKey++}`, name: '', area: '' }])}>
          {t('regions.add')}
        </button>
        <button type="button" className={confirmRemoval ? 'button button--danger' : 'button button--primary'} disabled={save.isPending} onClick={submit}>
          {confirmRemoval ? t('regions.saveAndRemove') : t('regions.save')}
        </button>
      </div>
    </section>
  );
}
