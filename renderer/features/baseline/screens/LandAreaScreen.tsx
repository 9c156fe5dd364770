import { useTranslation } from 'react-i18next';
import { BASELINE_YEARS } from '../../../../shared/baseline/schema';
import { useFormat } from '../../../app/i18n/useFormat';
import { useBaselineScreen } from '../baselineContext';
import { useBaselineMutation } from '../baselineQueries';
import { cellKey, sumOfCells, type CellValues } from '../cellValues';
import { ImportsList } from '../ImportsList';
import { PraisTable } from '../PraisTable';
import { SourcesSection } from '../sources/SourcesSection';

const FIELDS = ['landKm2', 'waterKm2'] as const;

/** CP-1.T1 (land and water by year, the country area summed), the data sources and the imported files. */
export function LandAreaScreen() {
  const { t } = useTranslation('baseline');
  const format = useFormat();
  const { data } = useBaselineScreen();
  const save = useBaselineMutation('baseline.saveLandArea');
  const values: CellValues = {};
  for (const row of data.landArea) {
    values[cellKey(row.year, 'landKm2')] = row.landKm2;
    values[cellKey(row.year, 'waterKm2')] = row.waterKm2;
  }

  return (
    <div className="stack">
      <PraisTable
        data={data}
        tableId="CP-1.T1"
        periodKey={null}
        rowHeader={t('column.year')}
        rows={BASELINE_YEARS.map((year) => ({ key: String(year), label: format.year(year) }))}
        columns={[
          { key: 'landKm2', label: t('column.landKm2') },
          { key: 'waterKm2', label: t('column.waterKm2') },
          { key: 'totalKm2', label: t('column.totalKm2'), derived: true },
        ]}
        values={values}
        derive={(row, _column, cells) => sumOfCells(cells, FIELDS.map((field) => cellKey(row, field)))}
        onSave={(cells, meta) =>
          save.mutateAsync({
            rows: BASELINE_YEARS.map((year) => ({ year, landKm2: cells[cellKey(year, 'landKm2')]!, waterKm2: cells[cellKey(year, 'waterKm2')]! })),
            ...meta,
          })
        }
        errorCell={(path) => {
          // `rows.<i>.<field>`: the rows are sent in BASELINE_YEARS order.
          const year = typeof path[1] === 'number' ? BASELINE_YEARS[path[1]] : undefined;
          return path[0] === 'rows' && year !== undefined ? cellKey(year, String(path[2] ?? 'landKm2')) : null;
        }}
      />
      <SourcesSection sources={data.sources} />
      <ImportsList imports={data.imports} />
    </div>
  );
}
