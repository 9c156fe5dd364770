import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TargetMeasure } from '../../../../shared/targets/schema';
import { useFormat } from '../../../app/i18n/useFormat';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FormDialog } from '../../../components/FormDialog';
import { RowActionsCell, RowActionsHeader } from '../../../components/RowActionsCell';
import { TableScroll } from '../../../components/TableScroll';
import { useUndoableRemoval } from '../../../components/useUndoableRemoval';
import { useLandTypeLabels } from '../../workspace/history/historyLabels';
import { useCodeLabels } from '../labels';
import { useDeleteMeasure, useRestoreMeasure } from '../targetQueries';
import { MeasureForm } from './MeasureForm';

/** The measures planned under the target; deleting one can be undone from the message that follows. */
export function MeasuresSection({ targetId, measures }: { targetId: string; measures: readonly TargetMeasure[] }) {
  const { t } = useTranslation(['targets', 'common']);
  const labels = useCodeLabels();
  const format = useFormat();
  const landTypes = useLandTypeLabels();
  const removal = useUndoableRemoval({ remove: useDeleteMeasure(), restore: useRestoreMeasure() });
  const [editing, setEditing] = useState<TargetMeasure | 'new' | null>(null);
  const area = (value: number | null) => (value === null ? '' : format.areaKm2(value));
  // The page's heading is far above this section: focusing it would scroll the page away from here.
  const deleteMeasure = (measure: TargetMeasure) => removal.run({ id: measure.id }, t('measure.deleted'), { onRemoved: () => undefined });
  return (
    <section id="measures" className="stack" aria-labelledby="target-measures">
      <h2 id="target-measures">{t('detail.measures')}</h2>
      {removal.removeError && <ErrorAlert error={removal.removeError} />}
      {measures.length === 0 ? (
        <p className="muted">{t('detail.noMeasures')}</p>
      ) : (
        <TableScroll label={t('detail.measures')}>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('measure.description')}</th>
                <th scope="col">{t('measure.measureType')}</th>
                <th scope="col">{t('measure.hierarchyLevel')}</th>
                <th scope="col">{t('measure.landTypeId')}</th>
                <th scope="col" className="numeric">{t('measure.expectedGainKm2')}</th>
                <th scope="col" className="numeric">{t('measure.expectedAvoidedLossKm2')}</th>
                <th scope="col" className="numeric">{t('measure.effectivenessPercent')}</th>
                <th scope="col">{t('measure.slmTechnology')}</th>
                <RowActionsHeader label={t('detail.rowActions')} />
              </tr>
            </thead>
            <tbody>
              {measures.map((measure) => (
                <tr key={measure.id}>
                  <th scope="row">{measure.description}</th>
                  <td>{labels.code('measureType', measure.measureType)}</td>
                  <td>{labels.code('hierarchy', measure.hierarchyLevel)}</td>
                  <td>{measure.landTypeId ? (landTypes.get(measure.landTypeId) ?? '') : ''}</td>
                  <td className="numeric">{area(measure.expectedGainKm2)}</td>
                  <td className="numeric">{area(measure.expectedAvoidedLossKm2)}</td>
                  <td className="numeric">{measure.effectivenessPercent === null ? '' : `${format.number(measure.effectivenessPercent)} %`}</td>
                  <td>
                    {measure.slmTechnology}
                    {measure.wocatReference && <span className="muted" dir="ltr"> ({measure.wocatReference})</span>}
                  </td>
                  <RowActionsCell
                    edit={{ label: t('measure.editLabel', { measure: measure.description }), onClick: () => setEditing(measure) }}
                    remove={{ label: t('measure.deleteLabel', { measure: measure.description }), onClick: () => deleteMeasure(measure) }}
                  />
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <div>
        <button type="button" className="button" onClick={() => setEditing('new')}>
          {t('measure.add')}
        </button>
      </div>
      <FormDialog open={editing !== null} onClose={() => setEditing(null)} title={editing === 'new' ? t('measure.addTitle') : t('measure.editTitle')} description={t('measure.dialogDescription')}>
        {editing !== null && <MeasureForm targetId={targetId} measure={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />}
      </FormDialog>
    </section>
  );
}
