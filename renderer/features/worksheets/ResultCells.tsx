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
