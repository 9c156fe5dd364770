import { useTranslation } from 'react-i18next';
import type { PlanZoneConversion } from '../../../../shared/plans/schema';
import { usePlanLabels } from '../labels';

interface LossVerdictProps {
  conversion: PlanZoneConversion;
  /** The land type the zone lies in, as "CL-1 · Cropland"; null when it lies in none. */
  landTypeLabel: string | null;
}

/**
 * Whether a planned conversion counts as an anticipated loss, and why in plain words: the workspace's
 * national transition matrix decides (the backend's `isLoss`), and the zone's land type decides which
 * worksheet shows it.
 */
export function LossVerdict({ conversion, landTypeLabel }: LossVerdictProps) {
  const { t } = useTranslation('plans');
  const labels = usePlanLabels();
  const change = { from: labels.landCover(conversion.fromClass), to: labels.landCover(conversion.toClass) };
  const why = !conversion.isLoss
    ? t('conversion.whyNotLoss', change)
    : landTypeLabel === null
      ? t('conversion.whyLossNoLandType', change)
      : t('conversion.whyLoss', { ...change, landType: landTypeLabel });
  return (
    <div className="loss-verdict">
      <span className={`badge loss-verdict__badge loss-verdict__badge--${conversion.isLoss ? 'loss' : 'none'}`}>
        {t(conversion.isLoss ? 'conversion.isLoss' : 'conversion.notLoss')}
      </span>
      <p className="loss-verdict__why">{why}</p>
    </div>
  );
}
