import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DataSource } from '../../../../shared/baseline/schema';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FormDialog } from '../../../components/FormDialog';
import { RowActionsCell, RowActionsHeader } from '../../../components/RowActionsCell';
import { useSnackbarStore } from '../../../components/snackbarStore';
import { TableScroll } from '../../../components/TableScroll';
import { useBaselineMutation } from '../baselineQueries';
import { licenceLabel } from './licenceLabel';
import { SourceForm } from './SourceForm';

/** The data sources national tables name, with add, edit and a confirmed delete. */
export function SourcesSection({ sources }: { sources: readonly DataSource[] }) {
  const { t } = useTranslation('baseline');
  const [target, setTarget] = useState<DataSource | 'new' | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const remove = useBaselineMutation('baseline.deleteSource');
  const showSnackbar = useSnackbarStore((state) => state.show);
  const editing = target === 'new' ? null : target;

  // Confirmed, not undoable: the backend keeps no tombstone of a source to restore.
  const confirmDelete = (source: DataSource) =>
    remove.mutate(
      { id: source.id },
      {
        onSuccess: () => {
          setConfirming(null);
          showSnackbar({ text: t('sources.deleted', { title: source.title }) });
        },
        onError: () => setConfirming(null),
      },
    );

  return (
    <section className="card stack" aria-labelledby="baseline-sources-title">
      <div className="prais-table__head">
        <h2 id="baseline-sources-title">{t('sources.title')}</h2>
        <button type="button" className="button" onClick={() => setTarget('new')}>
          {t('sources.add')}
        </button>
      </div>
      <p className="muted">{t('sources.intro')}</p>
      {remove.isError && <ErrorAlert title={t('sources.deleteFailed')} error={remove.error} />}
      {sources.length === 0 ? (
        <p className="muted">{t('sources.empty')}</p>
      ) : (
        <TableScroll label={t('sources.title')}>
          <table className="data-table data-table--compact">
            <thead>
              <tr>
                <th scope="col">{t('sources.field.title')}</th>
                <th scope="col">{t('sources.field.identifier')}</th>
                <th scope="col">{t('sources.field.authorPublisher')}</th>
                <th scope="col">{t('sources.field.citation')}</th>
                <th scope="col">{t('sources.field.licence')}</th>
                <RowActionsHeader label={t('sources.edit')} />
              </tr>
            </thead>
            <tbody>
              {sources.map((source) => (
                <tr key={source.id}>
                  <th scope="row">{source.title}</th>
                  <td dir="ltr">{source.identifier}</td>
                  <td>{source.authorPublisher}</td>
                  <td>{source.citation}</td>
                  <td>{source.licence === 'custom' ? source.customLicenceText : source.licence ? licenceLabel(t, source.licence) : t('sources.licence.none')}</td>
                  {confirming === source.id ? (
                    <td className="row-actions">
                      <span role="group" aria-label={t('sources.confirmDelete', { title: source.title })}>
                        <span>{t('sources.confirmDelete', { title: source.title })}</span>{' '}
                        <button type="button" className="button button--danger" onClick={() => confirmDelete(source)} disabled={remove.isPending}>
                          {t('sources.confirm')}
                        </button>{' '}
                        <button type="button" className="button" onClick={() => setConfirming(null)}>
                          {t('sources.keep')}
                        </button>
                      </span>
                    </td>
                  ) : (
                    <RowActionsCell
                      edit={{ label: t('sources.editLabel', { title: source.title }), onClick: () => setTarget(source) }}
                      remove={{ label: t('sources.deleteLabel', { title: source.title }), onClick: () => setConfirming(source.id) }}
                    />
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <FormDialog
        open={target !== null}
        onClose={() => setTarget(null)}
        title={editing ? t('sources.dialogEdit', { title: editing.title }) : t('sources.dialogAdd')}
        description={t('sources.dialogDescription')}
      >
        {target !== null && <SourceForm source={editing} onDone={() => setTarget(null)} />}
      </FormDialog>
    </section>
  );
}
