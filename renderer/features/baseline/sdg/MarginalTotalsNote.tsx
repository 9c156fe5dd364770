import { useTranslation } from 'react-i18next';
import { sdgFromSummariesOnly } from '../../../../shared/baseline/one-out-all-out';
import type { PeriodKey } from '../../../../shared/workspace/schema';
import { translateKey } from '../../../app/i18n/translateKey';
import { useFormat } from '../../../app/i18n/useFormat';
import { useBaselineScreen } from '../baselineContext';
import { summaryOf } from '../SummaryTable';

/**
 * Shown when a period has the three sub-indicator summaries but no SDG 15.3.1 figure: says plainly that
 * one-out-all-out cannot be computed from marginal totals, and gives only the range the totals allow.
 */
export function MarginalTotalsNote({ periodKey }: { periodKey: PeriodKey }) {
  const { t, i18n } = useTranslation('baseline');
  const format = useFormat();
  const { data } = useBaselineScreen();
  const landCover = summaryOf(data, 'land_cover', periodKey);
  const productivity = summaryOf(data, 'productivity', periodKey);
  const soc = summaryOf(data, 'soc', periodKey);
  if (summaryOf(data, 'sdg', periodKey) || !landCover || !productivity || !soc) return null;
  const result = sdgFromSummariesOnly({ landCover, productivity, soc });
  return (
    <div className="alert marginal-note" role="note" aria-label={t('sdg.marginalTitle')}>
      <p className="alert__title">{t('sdg.marginalTitle')}</p>
      <p>{t('sdg.marginalBody')}</p>
      {result.kind === 'bounds' ? (
        <p>{t('sdg.marginalRange', { min: format.areaKm2(result.degradedKm2.min), max: format.areaKm2(result.degradedKm2.max) })}</p>
      ) : (
        <p>{translateKey(i18n, result.reason.messageKey)}</p>
      )}
    </div>
  );
}
