import { useTranslation } from 'react-i18next';
import { UNCCD_LAND_COVER_CODES } from '../../../../shared/baseline/classes';
import { BASELINE_YEARS } from '../../../../shared/baseline/schema';
import { periodKey } from '../../../../shared/workspace/schema';
import { useFormat } from '../../../app/i18n/useFormat';
import { useBaselineScreen } from '../baselineContext';
import { useBaselineMutation } from '../baselineQueries';
import { cellKey, sumOfCells, type CellValues } from '../cellValues';
import { LandCoverChart } from '../charts/LandCoverChart';
import { HelpPanel } from '../help/HelpPanel';
import { landCoverLabel } from '../labels';
import { NationalLegendEditor } from '../legend/NationalLegendEditor';
import { RegionsEditor } from '../legend/RegionsEditor';
import { TransitionRegionShapes } from '../../maps/TransitionRegionShapes';
import { ChangeMatrixTable } from '../landcover/ChangeMatrixTable';
import { computedLandCoverDegradation } from '../landcover/matrices';
import { TransitionMatrixDecisions } from '../landcover/TransitionMatrixDecisions';
import { TransitionMatrixTable } from '../landcover/TransitionMatrixTable';
import { PraisTable } from '../PraisTable';
import { DegradationProcessesForm } from '../sites/DegradationProcessesForm';
import { SummaryTable } from '../SummaryTable';

const EXTENT_CELLS = BASELINE_YEARS.flatMap((year) => UNCCD_LAND_COVER_CODES.map((classCode) => ({ year, classCode, key: cellKey(year, classCode) })));

/** SO1-1: the key degradation processes, the transition matrix, land cover by year, the change matrices and the land cover degradation. */
export function LandCoverScreen() {
  const { t } = useTranslation('baseline');
  const format = useFormat();
  const { data } = useBaselineScreen();
  const saveExtent = useBaselineMutation('baseline.saveLandCoverExtent');
  const extent: CellValues = {};
  for (const row of data.landCoverExtent) extent[cellKey(row.year, row.classCode)] = row.areaKm2;

  return (
    <div className="stack">
      <HelpPanel topics={['classes', 'matrix', 'conditions']} />
      <DegradationProcessesForm />
      <NationalLegendEditor />
      <TransitionMatrixTable />
      <TransitionMatrixDecisions />
      <RegionsEditor />
      <TransitionRegionShapes regions={data.regions} />
      <PraisTable
        data={data}
        tableId="SO1-1.T4"
        periodKey={null}
        rowHeader={t('column.year')}
        rows={BASELINE_YEARS.map((year) => ({ key: String(year), label: format.year(year) }))}
        columns={[
          ...UNCCD_LAND_COVER_CODES.map((code) => ({ key: String(code), label: landCoverLabel(t, code) })),
          { key: 'total', label: t('column.classTotalKm2'), derived: true },
        ]}
        values={extent}
        derive={(row, _column, cells) => sumOfCells(cells, UNCCD_LAND_COVER_CODES.map((code) => cellKey(row, code)))}
        onSave={(cells, meta) =>
          saveExtent.mutateAsync({ rows: EXTENT_CELLS.map(({ year, classCode, key }) => ({ year, classCode, areaKm2: cells[key]! })), ...meta })
        }
        errorCell={(path) => (path[0] === 'rows' && typeof path[1] === 'number' ? (EXTENT_CELLS[path[1]]?.key ?? null) : null)}
      >
        <LandCoverChart rows={data.landCoverExtent} />
      </PraisTable>
      {periodKey.options.map((period) => (
        <ChangeMatrixTable key={period} periodKey={period} />
      ))}
      {periodKey.options.map((period) => (
        <SummaryTable
          key={period}
          tableId="SO1-1.T7"
          indicator="land_cover"
          periodKey={period}
          computed={{ label: t('column.computedKm2'), areas: computedLandCoverDegradation(data, period) }}
        >
          <p className="muted">{t('landCoverCheck')}</p>
        </SummaryTable>
      ))}
    </div>
  );
}
