import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportingPeriod } from '../../../shared/workspace/schema';
import { useFormat } from '../../app/i18n/useFormat';

/** The reporting cycle and its periods, as terms and values for a description list. */
export function ReportingPeriods({ cycle, periods }: { cycle: number; periods: readonly ReportingPeriod[] }) {
  const { t } = useTranslation('workspace');
  const format = useFormat();
  return (
    <>
      <dt>{t('field.reportingCycle')}</dt>
      <dd>{format.year(cycle)}</dd>
      {periods.map((period) => (
        <Fragment key={period.key}>
          <dt>{t(`period.${period.key}`)}</dt>
          <dd>{format.yearRange(period.yearStart, period.yearEnd)}</dd>
        </Fragment>
      ))}
    </>
  );
}
