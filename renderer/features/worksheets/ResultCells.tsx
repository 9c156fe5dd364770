import { useTranslation } from 'react-i18next';
import type { LandTypeResult } from '../../../shared/worksheets/schema';
import { useFormat } from '../../app/i18n/useFormat';
import { BalanceStatus } from './BalanceStatus';

/** Remaining loss, reverse gains, net and status of one land type: the columns every balance table ends with. */
export function ResultCells({ result }: { result: LandTypeResult }) {
  const format = useFormat();
  return (
    <>
      <td className="numeric">{format.areaKm2(result.remainingLossKm2)}</td>
      <td className="numeric">{format.areaKm2(result.reverseGainKm2)}</td>
      <td className="numeric">{format.areaKm2(result.netKm2)}</td>
      <td>
        <BalanceStatus neutral={result.neutral} />
      </td>
    </>
  );
}

/** The headers of the columns that `ResultCells` fills. */
export function ResultHeaderCells() {
  const { t } = useTranslation('worksheets');
  return (
    <>
      <th scope="col" className="numeric">{t('balance.remainingLoss')}</th>
      <th scope="col" className="numeric">{t('balance.reverseGain')}</th>
      <th scope="col" className="numeric">{t('balance.net')}</th>
      <th scope="col">{t('path.status')}</th>
    </>
  );
}
