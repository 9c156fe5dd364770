import { useTranslation } from 'react-i18next';
import { UNCCD_LAND_COVER_CODES } from '../../../../shared/baseline/classes';
import type { PeriodKey } from '../../../../shared/workspace/schema';
import { useBaselineScreen } from '../baselineContext';
import { useBaselineMutation } from '../baselineQueries';
import { cellKey, cellOfListEntry, type CellValues } from '../cellValues';
import { landCoverLabel } from '../labels';
import { PraisTable } from '../PraisTable';

const ALL_CELLS = UNCCD_LAND_COVER_CODES.flatMap((initial) => UNCCD_LAND_COVER_CODES.map((final) => ({ initial, final, key: cellKey(initial, final) })));

/** SO1-1.T5 (baseline) or SO1-1.T6 (a reporting period): km² from each class (row) to each class (column). */
export function ChangeMatrixTable({ periodKey }: { periodKey: PeriodKey }) {
  const { t } = useTranslation('baseline');
  const { data } = useBaselineScreen();
  const save = useBaselineMutation('baseline.saveLandCoverChange');
  const values: CellValues = {};
  for (const cell of data.landCoverChange.find((m) => m.periodKey === periodKey)?.cells ?? []) {
    values[cellKey(cell.initialCode, cell.finalCode)] = cell.areaKm2;
  }
  const classes = UNCCD_LAND_COVER_CODES.map((code) => ({ key: String(code), label: landCoverLabel(t, code) }));
  return (
    <PraisTable
      data={data}
      tableId={periodKey === 'baseline' ? 'SO1-1.T5' : 'SO1-1.T6'}
      periodKey={periodKey}
      rowHeader={t('column.initialFinal')}
      rows={classes}
      columns={classes}
      values={values}
      onSave={(cells, meta) =>
        save.mutateAsync({
          periodKey,
          cells: ALL_CELLS.map(({ initial, final, key }) => ({ initialCode: initial, finalCode: final, areaKm2: cells[key]! })),
          ...meta,
        })
      }
      errorCell={cellOfListEntry('cells', ALL_CELLS.map((cell) => cell.key))}
    />
  );
}
