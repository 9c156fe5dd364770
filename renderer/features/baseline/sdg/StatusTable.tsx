import { useTranslation } from 'react-i18next';
import { NO_DATA } from '../../../../shared/baseline/classes';
import { percentOfLandArea } from '../../../../shared/baseline/land-area';
import { collapseStatus, EXPANDED_STATUS, type ExpandedStatusCode } from '../../../../shared/baseline/status';
import type { PeriodKey } from '../../../../shared/workspace/schema';
import { useFormat } from '../../../app/i18n/useFormat';
import { useBaselineScreen } from '../baselineContext';
import { cellKey, type CellValues } from '../cellValues';
import { PraisTable } from '../PraisTable';
import { CONDITION_KEY } from './conditionKey';

const STATUS_CODES = [...Object.values(EXPANDED_STATUS), NO_DATA] as const;

/**
 * SO1-4.T1 for one reporting period: the seven expanded status classes, each with the 3-class status it
 * counts as, and the 3-class totals. Status comes from the baseline × period cross-tabulation of an import.
 */
export function StatusTable({ periodKey }: { periodKey: PeriodKey }) {
  const { t } = useTranslation('baseline');
  const format = useFormat();
  const { data, landAreaKm2 } = useBaselineScreen();
  const expanded = data.status.find((s) => s.periodKey === periodKey)?.expandedKm2;
  const land = landAreaKm2(periodKey);
  const label = (code: ExpandedStatusCode | typeof NO_DATA) => (code === NO_DATA ? t('status.noData') : t(`status.${code}`));
  const values: CellValues = {};
  const collapsed: CellValues = {};
  for (const code of STATUS_CODES) {
    const area = expanded?.[String(code)] ?? null;
    values[cellKey(code, 'areaKm2')] = area;
    const into = CONDITION_KEY[collapseStatus(code)];
    if (area !== null) collapsed[cellKey(into, 'areaKm2')] = (collapsed[cellKey(into, 'areaKm2')] ?? 0) + area;
  }
  const columns = [
    { key: 'areaKm2', label: t('column.areaKm2') },
    { key: 'percent', label: t('column.percentOfLand'), derived: true, format: 'percent' as const },
  ];
  return (
    <PraisTable
      data={data}
      tableId="SO1-4.T1"
      periodKey={periodKey}
      rowHeader={t('column.statusClass')}
      rows={STATUS_CODES.map((code) => ({
        key: String(code),
        label: code === NO_DATA ? label(code) : `${label(code)} (${t(`condition.${CONDITION_KEY[collapseStatus(code)]}`)})`,
      }))}
      columns={columns}
      values={values}
      derive={(row, _column, cells) => {
        const area = cells[cellKey(row, 'areaKm2')];
        return area === null || area === undefined || !(land > 0) ? null : percentOfLandArea(area, land);
      }}
    >
      {!expanded && <p className="muted">{t('sdg.noStatus')}</p>}
      {expanded && (
        <table className="data-table data-table--compact status-collapse">
          <caption>{t('column.collapsesTo')}</caption>
          <tbody>
            {(['improved', 'stable', 'degraded', 'noData'] as const).map((condition) => (
              <tr key={condition}>
                <th scope="row">{t(`condition.${condition}`)}</th>
                <td className="numeric">{format.areaKm2(collapsed[cellKey(condition, 'areaKm2')] ?? 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </PraisTable>
  );
}
