import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UNCCD_LAND_COVER_CODES } from '../../../../shared/baseline/classes';
import { NATIONAL_LEGEND_MAX_CLASSES, type NationalLegend } from '../../../../shared/baseline/national-legend';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FieldMessage } from '../../../components/form/FieldMessage';
import { useSnackbarStore } from '../../../components/snackbarStore';
import { TableScroll } from '../../../components/TableScroll';
import { useBaselineScreen } from '../baselineContext';
import { useBaselineMutation } from '../baselineQueries';
import { landCoverLabel } from '../labels';
import { CellInput } from './CellInput';
import { isFieldRefusal, listErrorsOf } from './listErrors';
import { useDraftRows } from './useDraftRows';

/** A row as the form holds it: the code stays text while typed, `key` keeps React's rows apart. */
interface DraftClass {
  key: number;
  code: string;
  nameShort: string;
  nameLong: string;
  color: string;
  unccdCode: number | null;
}

/** PRAIS 2026 table of the national legend (not one of the tables with numbers, so not in PRAIS_TABLE_IDS). */
const LEGEND_TABLE_ID = 'SO1-1.T2';

let nextKey = 0;
const toDraft = (c: NationalLegend['classes'][number]): DraftClass => ({ ...c, key: nextKey++, code: String(c.code) });
const emptyRow = (): DraftClass => ({ key: nextKey++, code: '', nameShort: '', nameLong: '', color: '#808080', unccdCode: null });
const toInput = (unccdSufficient: boolean, rows: readonly DraftClass[]): NationalLegend => ({
  unccdSufficient,
  classes: rows.map(({ code, nameShort, nameLong, color, unccdCode }) => ({ code: code.trim() === '' ? Number.NaN : Number(code), nameShort, nameLong, color, unccdCode })),
});

/**
 * SO1-1.T2 (2026): whether the 7 UNCCD classes are sufficient and, if not, the national legend (at most 15
 * classes) with each class nested into one UNCCD class. Saved as a whole; a save can be undone.
 */
export function NationalLegendEditor() {
  const { t } = useTranslation('baseline');
  const { data } = useBaselineScreen();
  const save = useBaselineMutation('baseline.saveNationalLegend');
  const showSnackbar = useSnackbarStore((state) => state.show);
  const stored = data.nationalLegend;
  const [unccdSufficient, setUnccdSufficient] = useState(stored.unccdSufficient);
  const { rows, setRows, update, remove } = useDraftRows<DraftClass>(() => stored.classes.map(toDraft));
  const errors = listErrorsOf(save.error);

  // While the UNCCD classes suffice the table is hidden, so the stored classes are kept as they are rather
  // than refusing hidden draft rows the user cannot see.
  const submit = () =>
    save.mutate(unccdSufficient ? { unccdSufficient, classes: stored.classes } : toInput(unccdSufficient, rows), {
      onSuccess: (saved) => {
        setRows(saved.nationalLegend.classes.map(toDraft));
        showSnackbar({
          text: t('legend.saved'),
          action: { label: t('legend.undo'), run: () => save.mutate(stored, { onSuccess: () => { setUnccdSufficient(stored.unccdSufficient); setRows(stored.classes.map(toDraft)); } }) },
        });
      },
    });

  return (
    <section className="prais-table card stack" aria-labelledby="so1-1-t2-title" data-table-id={LEGEND_TABLE_ID}>
      <h3 id="so1-1-t2-title" className="prais-table__title">
        <span className="prais-table__id">{LEGEND_TABLE_ID}</span> {t('legend.title')}
      </h3>
      <p className="muted">{t('legend.intro')}</p>
      <label className="checkbox">
        <input type="checkbox" checked={unccdSufficient} onChange={(event) => setUnccdSufficient(event.target.checked)} />
        {t('legend.unccdSufficient')}
      </label>
      {!unccdSufficient && (
        <>
          <details className="help">
            <summary>{t('legend.criteriaTitle')}</summary>
            <ul>
              <li>{t('legend.criteria.competent')}</li>
              <li>{t('legend.criteria.usable')}</li>
              <li>{t('legend.criteria.exhaustive')}</li>
            </ul>
          </details>
          <TableScroll label={t('legend.title')}>
            <table className="data-table data-table--compact">
              <caption className="visually-hidden">{t('legend.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('legend.code')}</th>
                  <th scope="col">{t('legend.nameShort')}</th>
                  <th scope="col">{t('legend.nameLong')}</th>
                  <th scope="col">{t('legend.colour')}</th>
                  <th scope="col">{t('legend.nestedIn')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('legend.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row, i) => {
                  const at = (field: string) => errors.get(`classes.${i}.${field}`);
                  const rowName = row.nameShort.trim() || t('legend.rowNumber', { number: i + 1 });
                  return (
                    <tr key={row.key}>
                      <td>
                        <CellInput label={t('legend.codeOf', { name: rowName })} error={at('code')} inputMode="numeric" value={row.code} onChange={(e) => update(row.key, { code: e.target.value })} />
                      </td>
                      <td>
                        <CellInput label={t('legend.nameShortOf', { name: rowName })} error={at('nameShort')} value={row.nameShort} onChange={(e) => update(row.key, { nameShort: e.target.value })} />
                      </td>
                      <td>
                        <CellInput label={t('legend.nameLongOf', { name: rowName })} error={at('nameLong')} value={row.nameLong} onChange={(e) => update(row.key, { nameLong: e.target.value })} />
                      </td>
                      <td>
                        <CellInput label={t('legend.colourOf', { name: rowName })} error={at('color')} type="color" value={row.color} onChange={(e) => update(row.key, { color: e.target.value })} />
                      </td>
                      <td>
                        <select
                          aria-label={t('legend.nestedInOf', { name: rowName })}
                          aria-invalid={at('unccdCode') ? true : undefined}
                          aria-describedby={at('unccdCode') ? `legend-nesting-${row.key}` : undefined}
                          value={row.unccdCode ?? ''}
                          onChange={(e) => update(row.key, { unccdCode: e.target.value === '' ? null : Number(e.target.value) })}
                        >
                          <option value="">{t('legend.chooseUnccdClass')}</option>
                          {UNCCD_LAND_COVER_CODES.map((code) => (
                            <option key={code} value={code}>
                              {landCoverLabel(t, code)}
                            </option>
                          ))}
                        </select>
                        <FieldMessage id={`legend-nesting-${row.key}`} error={at('unccdCode')} />
                      </td>
                      <td>
                        <button type="button" className="button button--small" onClick={() => remove(row.key)}>
                          {t('legend.removeClass', { name: rowName })}
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
          <FieldMessage id="legend-classes-error" error={errors.get('classes')} />
          <div className="form-actions">
            <button type="button" className="button" disabled={rows.length >= NATIONAL_LEGEND_MAX_CLASSES} onClick={() => setRows((current) => [...current, emptyRow()])}>
              {t('legend.addClass')}
            </button>
            <span className="muted">{t('legend.count', { count: rows.length, max: NATIONAL_LEGEND_MAX_CLASSES })}</span>
          </div>
        </>
      )}
      {save.isError && !isFieldRefusal(save.error) && <ErrorAlert error={save.error} />}
      <div className="form-actions">
        <button type="button" className="button button--primary" disabled={save.isPending} onClick={submit}>
          {t('legend.save')}
        </button>
      </div>
    </section>
  );
}
