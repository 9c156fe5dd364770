import { useTranslation } from 'react-i18next';
import { UNCCD_LAND_COVER_CODES } from '../../../../shared/baseline/classes';
import type { PeriodKey } from '../../../../shared/workspace/schema';
import { useBaselineScreen } from '../baselineContext';
import { useBaselineMutation } from '../baselineQueries';
import { cellKey, cellOfListEntry, sumOfCells, type CellValues } from '../cellValues';
import { LpdChart } from '../charts/LpdChart';
import { landCoverLabel, LPD_COLUMNS, lpdLabel } from '../labels';
import { PraisTable } from '../PraisTable';
import { lpdCellsOf } from './lpdAreas';

const ALL_CELLS = UNCCD_LAND_COVER_CODES.flatMap((classCode) => LPD_COLUMNS.map((lpd) => ({ classCode, lpdCode: lpd.code, key: cellKey(classCode, lpd.code) })));

/** SO1-2.T1 (baseline) or SO1-2.T2: km² of each LPD class within each land cover class, with its chart. */
export function LpdTable({ periodKey }: { periodKey: PeriodKey }) {
  const { t } = useTranslation('baseline');
  const { data } = useBaselineScreen();
  const save = useBaselineMutation('baseline.saveLpd');
  const cells = lpdCellsOf(data, periodKey);
  const values: CellValues = {};
  for (const cell of cells) values[cellKey(cell.classCode, cell.lpdCode)] = cell.areaKm2;
  return (
    <PraisTable
      data={data}
      tableId={periodKey === 'baseline' ? 'SO1-2.T1' : 'SO1-2.T2'}
      periodKey={periodKey}
      rowHeader={t('column.landCoverClass')}
      rows={UNCCD_LAND_COVER_CODES.map((code) => ({ key: String(code), label: landCoverLabel(t, code) }))}
      columns={[
        ...LPD_COLUMNS.map((lpd) => ({ key: String(lpd.code), label: lpdLabel(t, lpd.code) })),
        { key: 'total', label: t('column.classTotalKm2'), derived: true },
      ]}
      values={values}
      derive={(row, _column, typed) => sumOfCells(typed, LPD_COLUMNS.map((lpd) => cellKey(row, lpd.code)))}
      onSave={(typed, meta) =>
        save.mutateAsync({ periodKey, cells: ALL_CELLS.map(({ classCode, lpdCode, key }) => ({ classCode, lpdCode, areaKm2: typed[key]! })), ...meta })
      }
      errorCell={cellOfListEntry('cells', ALL_CELLS.map((cell) => cell.key))}
    >
      <LpdChart cells={cells} periodKey={periodKey} />
    </PraisTable>
  );
}
