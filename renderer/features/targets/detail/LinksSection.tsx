import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommitmentLink } from '../../../../shared/targets/schema';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FormDialog } from '../../../components/FormDialog';
import { RowActionsCell, RowActionsHeader } from '../../../components/RowActionsCell';
import { TableScroll } from '../../../components/TableScroll';
import { useUndoableRemoval } from '../../../components/useUndoableRemoval';
import { useCodeLabels } from '../labels';
import { useDeleteLink, useRestoreLink } from '../targetQueries';
import { LinkCells } from './LinkCells';
import { LinkForm } from './LinkForm';

/** The target's links to other commitments (NDC, GBF, Bonn Challenge …) with the area each shares. */
export function LinksSection({ targetId, links }: { targetId: string; links: readonly CommitmentLink[] }) {
  const { t } = useTranslation(['targets', 'common']);
  const labels = useCodeLabels();
  const removal = useUndoableRemoval({ remove: useDeleteLink(), restore: useRestoreLink() });
  const [editing, setEditing] = useState<CommitmentLink | 'new' | null>(null);
  const name = (link: CommitmentLink) => `${labels.commitment('framework', link.framework)} ${link.commitmentRef}`;
  // The page's heading is far above this section: focusing it would scroll the page away from here.
  const deleteLink = (link: CommitmentLink) => removal.run({ id: link.id }, t('link.deleted', { link: name(link) }), { onRemoved: () => undefined });
  return (
    <section id="links" className="stack" aria-labelledby="target-links">
      <h2 id="target-links">{t('detail.links')}</h2>
      {removal.removeError && <ErrorAlert error={removal.removeError} />}
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
                <RowActionsHeader label={t('detail.rowActions')} />
              </tr>
            </thead>
            <tbody>
              {links.map((link) => (
                <tr key={link.id}>
                  <th scope="row">{labels.commitment('framework', link.framework)}</th>
                  <LinkCells link={link} />
                  <RowActionsCell
                    edit={{ label: t('link.editLabel', { link: name(link) }), onClick: () => setEditing(link) }}
                    remove={{ label: t('link.deleteLabel', { link: name(link) }), onClick: () => deleteLink(link) }}
                  />
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
