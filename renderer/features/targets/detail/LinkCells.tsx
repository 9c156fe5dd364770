import { useTranslation } from 'react-i18next';
import type { CommitmentLink } from '../../../../shared/targets/schema';
import { useFormat } from '../../../app/i18n/useFormat';
import { useCodeLabels } from '../labels';

/** A link's cells after the one that names the row: the same on a target's page and in the commitments crosswalk. */
export function LinkCells({ link }: { link: CommitmentLink }) {
  const { t } = useTranslation('targets');
  const labels = useCodeLabels();
  const format = useFormat();
  return (
    <>
      <td>
        {link.commitmentRef}
        {link.targetNumber && <span className="muted"> ({link.targetNumber})</span>}
      </td>
      <td>{labels.commitment('relation', link.relation)}</td>
      <td className="numeric">{link.sharedAreaKm2 === null ? '' : format.areaKm2(link.sharedAreaKm2)}</td>
      <td className="numeric">{link.sharePct === null ? '' : `${format.number(link.sharePct)} %`}</td>
      <td>{link.accountingOwner ? t('link.ownerCommitment') : t('link.ownerTarget')}</td>
    </>
  );
}
