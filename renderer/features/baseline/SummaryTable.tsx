import { useTranslation } from 'react-i18next';
import type { ConditionAreasKm2 } from '../../../shared/baseline/condition-areas';
import { percentOfLandArea } from '../../../shared/baseline/land-area';
import type { BaselineData, PraisTableId, SummaryIndicator } from '../../../shared/baseline/schema';
import type { PeriodKey } from '../../../shared/workspace/schema';
import { useBaselineScreen } from './baselineContext';
import { useBaselineMutation } from './baselineQueries';
import { cellKey, type CellValues } from './cellValues';
import { CONDITION_ROWS } from './labels';
import { PraisTable, type TableColumn } from './PraisTable';
import type { ReactNode } from 'react';

export const summaryOf = (data: BaselineData, indicator: SummaryIndicator, period: PeriodKey) =>
  data.summaries.find((s) => s.indicator === indicator && s.periodKey === period)?.areas;

interface SummaryTableProps {
  tableId: PraisTableId;
  indicator: SummaryIndicator;
  periodKey: PeriodKey;
  /** A figure worked out from other tables, shown beside the reported one (e.g. matrix × change). */
  computed?: { label: string; areas: ConditionAreasKm2 | null };
  children?: ReactNode;
}

const AREA = 'areaKm2';

/**
 * A 3-class degradation summary as PRAIS lays it out (SO1-1.T7, SO1-2.T3, SO1-3.T2, SO1-4.T2):
 * improved, stable, degraded and no data in km², each also as a per cent of the total land area.
 */
export function SummaryTable({ tableId, indicator, periodKey, computed, children }: SummaryTableProps) {
  const { t } = useTranslation('baseline');
  const { data, landAreaKm2 } = useBaselineScreen();
  const save = useBaselineMutation('baseline.saveSummary');
  const areas = summaryOf(data, indicator, periodKey);
  const values: CellValues = Object.fromEntries(CONDITION_ROWS.map((row) => [cellKey(row.key, AREA), areas?.[row.key] ?? null]));
  const land = landAreaKm2(periodKey);
  const columns: TableColumn[] = [
    { key: AREA, label: t('column.areaKm2') },
    { key: 'percent', label: t('column.percentOfLand'), derived: true, format: 'percent' },
    ...(computed ? [{ key: 'computed', label: computed.label, derived: true }] : []),
  ];
  return (
    <PraisTable
      data={data}
      tableId={tableId}
      periodKey={periodKey}
      rowHeader={t('column.condition')}
      rows={CONDITION_ROWS.map((row) => ({ key: row.key, label: t(`condition.${row.label}`) }))}
      columns={columns}
      values={values}
      derive={(row, column, cells) => {
        if (column === 'computed') return computed?.areas?.[row as keyof ConditionAreasKm2] ?? null;
        const area = cells[cellKey(row, AREA)];
        return area === null || area === undefined || !(land > 0) ? null : percentOfLandArea(area, land);
      }}
      onSave={(cells, meta) =>
        save.mutateAsync({
          indicator,
          periodKey,
          areas: {
            improvedKm2: cells[cellKey('improvedKm2', AREA)]!,
            stableKm2: cells[cellKey('stableKm2', AREA)]!,
            degradedKm2: cells[cellKey('degradedKm2', AREA)]!,
            noDataKm2: cells[cellKey('noDataKm2', AREA)]!,
          },
          ...meta,
        })
      }
      errorCell={(path) => (path[0] === 'areas' && typeof path[1] === 'string' ? cellKey(path[1], AREA) : null)}
    >
      {children}
    </PraisTable>
  );
}
