import { useTranslation } from 'react-i18next';
import type { PlanLevel, PlanStatus, ZoningClass } from '../../../shared/plans/schema';
import type { DegradationProcess } from '../../../shared/worksheets/schema';
import { useFormat } from '../../app/i18n/useFormat';
import { landCoverLabel } from '../baseline/labels';

/**
 * Words for the codes a plan holds. Land-cover classes and drivers keep the words the baseline and the
 * worksheets use for them, so a conversion reads the same in the plan and in the worksheet it feeds.
 */
export function usePlanLabels() {
  const { t } = useTranslation(['plans', 'worksheets']);
  const { t: baselineT } = useTranslation('baseline');
  const format = useFormat();
  return {
    level: (level: PlanLevel) => t(`plans:level.${level}`),
    status: (status: PlanStatus) => t(`plans:status.${status}`),
    zoningClass: (zoningClass: ZoningClass) => t(`plans:zoningClass.${zoningClass}`),
    landCover: (code: number) => landCoverLabel(baselineT, code),
    driver: (driver: DegradationProcess) => t(`worksheets:driver.${driver}`),
    /** "2021–2030", "from 2021", "until 2030", or nothing when no year is known. */
    period: (start: number | null, end: number | null) => {
      if (start !== null && end !== null) return format.yearRange(start, end);
      if (start !== null) return t('plans:period.from', { year: format.year(start) });
      if (end !== null) return t('plans:period.until', { year: format.year(end) });
      return '';
    },
  };
}
