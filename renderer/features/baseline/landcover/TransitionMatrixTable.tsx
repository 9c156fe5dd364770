import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UNCCD_LAND_COVER_CODES } from '../../../../shared/baseline/classes';
import type { PraisTableId, TransitionCell } from '../../../../shared/baseline/schema';
import { useFormat } from '../../../app/i18n/useFormat';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FormDialog } from '../../../components/FormDialog';
import { useSnackbarStore } from '../../../components/snackbarStore';
import { TableScroll } from '../../../components/TableScroll';
import { useBaselineScreen } from '../baselineContext';
import { useBaselineMutation, useTransitionMatrixVersions } from '../baselineQueries';
import { landCoverLabel, tableCaption, tableTitle } from '../labels';
import { MEANING_KEY } from './meaning';
import { RegionSelect } from './RegionSelect';
import { TransitionCellForm } from './TransitionCellForm';

const MATRIX_TABLE_ID: PraisTableId = 'SO1-1.T3';

/**
 * SO1-1.T3: the matrix in force, each cell editable with a reason, its versions, and a way back to the GPG
 * default. With regions (2026), a selector above the table chooses the national matrix or a region's.
 */
export function TransitionMatrixTable() {
  const { t } = useTranslation('baseline');
  const format = useFormat();
  const { data } = useBaselineScreen();
  const [selectedRegionId, setSelectedRegionId] = useState<string | undefined>(undefined);
  // A region removed meanwhile falls back to the national matrix.
  const region = data.regions.find((r) => r.id === selectedRegionId);
  const regionId = region?.id;
  const versions = useTransitionMatrixVersions(regionId);
  const reset = useBaselineMutation('baseline.resetTransitionMatrix');
  const showSnackbar = useSnackbarStore((state) => state.show);
  const [editing, setEditing] = useState<TransitionCell | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  const matrix = region ? region.transitionMatrix : data.transitionMatrix;
  const cellOf = (initial: number, final: number) => matrix.cells.find((c) => c.initialCode === initial && c.finalCode === final);
  const caption = tableCaption(t, MATRIX_TABLE_ID, null);
  const versionLabel = (v: { version: number; note: string | null; isGpgDefault: boolean }) =>
    v.isGpgDefault ? t('matrix.gpgDefault', { version: v.version }) : v.note ? t('matrix.versionNote', { version: v.version, note: v.note }) : t('matrix.version', { version: v.version });

  return (
    <section className="prais-table card stack" aria-labelledby="so1-1-t3-title" data-table-id={MATRIX_TABLE_ID}>
      <div className="prais-table__head">
        <h3 id="so1-1-t3-title" className="prais-table__title">
          <span className="prais-table__id">{MATRIX_TABLE_ID}</span> {tableTitle(t, MATRIX_TABLE_ID)}
        </h3>
        <span className="badge provenance__badge" data-origin={matrix.isGpgDefault ? 'default' : 'national'}>
          {versionLabel(matrix)}
        </span>
      </div>
      <p className="muted">{t('matrix.intro')}</p>
      <RegionSelect regions={data.regions} value={regionId} onChange={setSelectedRegionId} />
      <TableScroll label={caption}>
        <table className="data-table data-table--compact transition-matrix">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('column.initialFinal')}</th>
              {UNCCD_LAND_COVER_CODES.map((code) => (
                <th key={code} scope="col">
                  {landCoverLabel(t, code)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {UNCCD_LAND_COVER_CODES.map((initial) => (
              <tr key={initial}>
                <th scope="row">{landCoverLabel(t, initial)}</th>
                {UNCCD_LAND_COVER_CODES.map((final) => {
                  const cell = cellOf(initial, final);
                  if (!cell) return <td key={final}>{t('notComputed')}</td>;
                  const meaning = t(`meaning.${MEANING_KEY[cell.meaning]}`);
                  return (
                    <td key={final} className={`transition-matrix__cell transition-matrix__cell--${MEANING_KEY[cell.meaning]}`}>
                      <button
                        type="button"
                        className="transition-matrix__button"
                        title={cell.rationale ?? undefined}
                        aria-label={`${t('matrix.editCell', { initial: landCoverLabel(t, initial), final: landCoverLabel(t, final) })}: ${meaning}`}
                        onClick={() => setEditing(cell)}
                      >
                        {meaning}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <details className="matrix-versions">
        <summary>{t('matrix.versions')}</summary>
        {versions.isError && <ErrorAlert error={versions.error} />}
        <ol className="matrix-versions__list">
          {versions.data?.items.map((version) => (
            <li key={version.id}>
              {versionLabel(version)} · {format.dateTime(version.createdAt)}
            </li>
          ))}
        </ol>
      </details>
      {reset.isError && <ErrorAlert error={reset.error} />}
      {confirmReset ? (
        <div role="group" aria-label={t('matrix.reset')} className="stack">
          <p>{t('matrix.resetConfirm')}</p>
          <div className="form-actions">
            <button
              type="button"
              className="button button--danger"
              disabled={reset.isPending}
              onClick={() =>
                reset.mutate({ regionId }, { onSuccess: () => { setConfirmReset(false); showSnackbar({ text: t('matrix.resetDone') }); } })
              }
            >
              {t('matrix.reset')}
            </button>
            <button type="button" className="button" onClick={() => setConfirmReset(false)}>
              {t('sources.keep')}
            </button>
          </div>
        </div>
      ) : (
        !matrix.isGpgDefault && (
          <button type="button" className="button" onClick={() => setConfirmReset(true)}>
            {t('matrix.reset')}
          </button>
        )
      )}
      <FormDialog
        open={editing !== null}
        onClose={() => setEditing(null)}
        title={editing ? t('matrix.cellDialogTitle', { initial: landCoverLabel(t, editing.initialCode), final: landCoverLabel(t, editing.finalCode) }) : ''}
        description={t('matrix.cellDialogDescription')}
      >
        {editing && <TransitionCellForm cell={editing} regionId={regionId} onDone={() => setEditing(null)} />}
      </FormDialog>
    </section>
  );
}
