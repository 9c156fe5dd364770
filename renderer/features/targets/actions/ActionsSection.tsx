import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ImplementedAction } from '../../../../shared/targets/schema';
import { useFormat } from '../../../app/i18n/useFormat';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FormDialog } from '../../../components/FormDialog';
import { GeometryEditor } from '../../maps/GeometryEditor';
import { RowActionsCell, RowActionsHeader } from '../../../components/RowActionsCell';
import { TableScroll } from '../../../components/TableScroll';
import { useUndoableRemoval } from '../../../components/useUndoableRemoval';
import { useCodeLabels } from '../labels';
import { useDeleteAction, useRestoreAction, useTargets } from '../targetQueries';
import { ActionForm } from './ActionForm';

interface ActionsSectionProps {
  actions: readonly ImplementedAction[];
  /** On a target's page: the target, which a new action starts linked to, and which its row leaves out of the links. */
  targetId?: string;
  /** A section of the target's page has its own heading; on the actions page the page title names it. */
  withHeading: boolean;
}

/**
 * SO1.IA.T1 implemented actions as a table with add, edit and delete; a delete can be undone from the
 * message that follows.
 */
export function ActionsSection({ actions, targetId, withHeading }: ActionsSectionProps) {
  const { t, i18n } = useTranslation(['targets', 'common']);
  const labels = useCodeLabels();
  const format = useFormat();
  const targets = useTargets().data?.items;
  const removal = useUndoableRemoval({ remove: useDeleteAction(), restore: useRestoreAction() });
  const [editing, setEditing] = useState<ImplementedAction | 'new' | null>(null);
  const textOf = useMemo(() => new Map((targets ?? []).map((target) => [target.id, target.text])), [targets]);
  // A start date is a calendar day: formatted in UTC so that no time zone moves it to the day before.
  const date = useMemo(() => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: 'UTC' }), [i18n.language]);

  // On a target's page the page's heading is far above this section: focusing it would scroll the page away.
  const deleteAction = (action: ImplementedAction) =>
    removal.run({ id: action.id }, t('actions.deleted', { action: action.description }), { onRemoved: () => undefined });
  return (
    <section id="actions" className="stack" aria-labelledby={withHeading ? 'implemented-actions' : undefined} aria-label={withHeading ? undefined : t('actions.title')}>
      {withHeading && <h2 id="implemented-actions">{t('actions.title')}</h2>}
      {removal.removeError && <ErrorAlert title={t('actions.deleteFailed')} error={removal.removeError} />}
      {removal.restoreError && <ErrorAlert error={removal.restoreError} />}
      {actions.length === 0 ? (
        <p className="muted">{targetId ? t('actions.noneForTarget') : t('actions.none')}</p>
      ) : (
        <TableScroll label={t('actions.title')}>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('actions.description')}</th>
                <th scope="col">{t('actions.locationName')}</th>
                <th scope="col">{t('actions.startDate')}</th>
                <th scope="col" className="numeric">{t('actions.areaKm2')}</th>
                <th scope="col">{t('actions.fundingSource')}</th>
                <th scope="col">{t('actions.targets')}</th>
                <RowActionsHeader label={t('detail.rowActions')} />
              </tr>
            </thead>
            <tbody>
              {actions.map((action) => (
                <tr key={action.id}>
                  <th scope="row">{action.description}</th>
                  <td>{action.locationName}</td>
                  <td>{date.format(new Date(action.startDate))}</td>
                  <td className="numeric">{action.areaKm2 === null ? '' : format.areaKm2(action.areaKm2)}</td>
                  <td>{labels.code('fundingSource', action.fundingSource)}</td>
                  <td>
                    <ul className="action-targets">
                      {action.targetIds.map((id) => (
                        <li key={id}>{id === targetId ? t('actions.thisTarget') : <Link to={`/targets/${id}`}>{textOf.get(id) ?? id}</Link>}</li>
                      ))}
                    </ul>
                  </td>
                  <RowActionsCell
                    edit={{ label: t('actions.editLabel', { action: action.description }), onClick: () => setEditing(action) }}
                    remove={{ label: t('actions.deleteLabel', { action: action.description }), onClick: () => deleteAction(action) }}
                  />
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <div>
        <button type="button" className="button" onClick={() => setEditing('new')}>
          {t('actions.add')}
        </button>
      </div>
      <FormDialog
        open={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? t('actions.addTitle') : t('actions.editTitle')}
        description={t('actions.dialogDescription')}
      >
        {editing !== null && <ActionForm action={editing === 'new' ? null : editing} linkedTargetId={targetId} onDone={() => setEditing(null)} />}
        {editing !== null && editing !== 'new' && <GeometryEditor ownerEntity="implemented_action" ownerId={editing.id} ownerLabel={editing.description} headingLevel={3} />}
      </FormDialog>
    </section>
  );
}
