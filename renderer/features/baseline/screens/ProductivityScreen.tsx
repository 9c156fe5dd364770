import { useTranslation } from 'react-i18next';
import { periodKey } from '../../../../shared/workspace/schema';
import { useBaselineScreen } from '../baselineContext';
import { HelpPanel } from '../help/HelpPanel';
import { computedProductivityDegradation } from '../productivity/lpdAreas';
import { LpdTable } from '../productivity/LpdTable';
import { SummaryTable } from '../SummaryTable';

/** SO1-2: land productivity dynamics by land cover class and the productivity degradation, with the 5 → 3 rule. */
export function ProductivityScreen() {
  const { t } = useTranslation('baseline');
  const { data } = useBaselineScreen();
  return (
    <div className="stack">
      <HelpPanel topics={['lpd', 'conditions']} />
      {periodKey.options.map((period) => (
        <LpdTable key={period} periodKey={period} />
      ))}
      {periodKey.options.map((period) => (
        <SummaryTable
          key={period}
          tableId="SO1-2.T3"
          indicator="productivity"
          periodKey={period}
          computed={{ label: t('column.computedLpdKm2'), areas: computedProductivityDegradation(data, period) }}
        >
          <p className="muted">
            {t('productivityCheck')} {t('help.collapse')}
          </p>
        </SummaryTable>
      ))}
    </div>
  );
}
