import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommitmentLink } from '../../../../shared/targets/schema';
import { useFormat } from '../../../app/i18n/useFormat';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FormDialog } from '../../../components/FormDialog';
import { useSnackbarStore } from '../../../components/snackbarStore';
import { TableScroll } from '../../../components/TableScroll';
import { useCodeLabels } from '../labels';
import { useDeleteLink, useRestoreLink } from '../targetQueries';
import { LinkForm } from './LinkForm';

/** The target's links to other commitments (NDC, GBF, Bonn Challenge …) with the area each shares. */
export function LinksSection({ targetId, links }: { targetId: string; links: readonly CommitmentLink[] }) {
  const { t } = useTranslation(['targets', 'common']);
  const labels = useCodeLabels();
  const format = useFormat();
  const remove = useDeleteLink();
  const restore = useRestoreLink();
  const showSnackbar = useSnackbarStore((state) => state.show);
  const [editing, setEditing] = useState<CommitmentLink | 'new' | null>(null);
  const name = (link: CommitmentLink) => `${labels.commitment('framework', link.framework)} ${link.commitmentRef}`;
  const deleteLink = (link: CommitmentLink) =>
    remove.mutate(
      { id: link.id },
      { onSuccess: () => showSnackbar({ text: t('link.deleted', { link: name(link) }), action: { label: t('common:undo'), run: () => restore.mutate({ id: link.id }) } }) },
    );
  return (
    <section id="links" className="stack" aria-labelledby="target-links">
      <h2 id="target-links">{t('detail.links')}</h2>
      {remove.isError && <ErrorAlert error={remove.error} />}
      {links.length === 0 ? (
        <p className="muted">{t('detail.noLinks')}</p>
      ) : (
        <TableScroll label={t('detail.links')}>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('link.framework')}</th>
                <th scope="col">{t('link.commitmentRef')}</th>
                <th scope="col">{t('link.relation')}</th>
                <th scope="col" className="numeric">{t('link.sharedAreaKm2')}</th>
                <th scope="col" className="numeric">{t('link.sharePct')}</th>
                <th scope="col">{t('link.owner')}</th>
                <th scope="col"><span className="visually-hidden">{t('detail.rowActions')}</span></th>
              </tr>
            </thead>
            <tbody>
              {links.map((link) => (
                <tr key={link.id}>
                  <th scope="row">{labels.commitment('framework', link.framework)}</th>
                  <td>
                    {link.commitmentRef}
                    {link.targetNumber && <span className="muted"> ({link.targetNumber})</span>}
                  </td>
                  <td>{labels.commitment('relation', link.relation)}</td>
                  <td className="numeric">{link.sharedAreaKm2 === null ? '' : format.areaKm2(link.sharedAreaKm2)}</td>
                  <td className="numeric">{link.sharePct === null ? '' : `${format.number(link.sharePct)} %`}</td>
                  <td>{link.accountingOwner ? t('link.ownerCommitment') : t('link.ownerTarget')}</td>
                  <td className="row-actions">
                    <button type="button" className="button button--small" onClick={() => setEditing(link)} aria-label={t('link.editLabel', { link: name(link) })}>
                      {t('common:edit')}
                    </button>
                    <button type="button" className="button button--small button--danger" onClick={() => deleteLink(link)} aria-label={t('link.deleteLabel', { link: name(link) })}>
                      {t('common:delete')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <div>
        <button type="button" className="button" onClick={() => setEditing('new')}>
          {t('link.add')}
        </button>
      </div>
      <FormDialog open={editing !== null} onClose={() => setEditing(null)} title={editing === 'new' ? t('link.addTitle') : t('link.editTitle')} description={t('link.dialogDescription')}>
        {editing !== null && <LinkForm targetId={targetId} link={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />}
      </FormDialog>
    </section>
  );
}
