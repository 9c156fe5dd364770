import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UNCCD_LAND_COVER_CODES, type UnccdLandCoverCode } from '../../../../shared/baseline/classes';
import { BASELINE_YEARS, socTier } from '../../../../shared/baseline/schema';
import { socChangeByClass } from '../../../../shared/baseline/soc';
import { periodKey } from '../../../../shared/workspace/schema';
import { useFormat } from '../../../app/i18n/useFormat';
import { FormField } from '../../../components/form/FormField';
import { useBaselineScreen } from '../baselineContext';
import { useBaselineMutation } from '../baselineQueries';
import { cellKey, type CellValues } from '../cellValues';
import { HelpPanel } from '../help/HelpPanel';
import { landCoverLabel } from '../labels';
import { PraisTable } from '../PraisTable';
import { SummaryTable } from '../SummaryTable';

type Tier = (typeof socTier.options)[number];
const STOCK_CELLS = UNCCD_LAND_COVER_CODES.flatMap((classCode) => BASELINE_YEARS.map((year) => ({ classCode, year, key: cellKey(classCode, year) })));

/** SO1-3: SOC stock per land cover class and year with the tier used, and the SOC degradation with the ±10 % rule. */
export function SocScreen() {
  const { t } = useTranslation('baseline');
  const format = useFormat();
  const { data } = useBaselineScreen();
  const save = useBaselineMutation('baseline.saveSocStocks');
  const [tier, setTier] = useState<Tier>(data.socTier ?? '1');
  const values: CellValues = {};
  for (const row of data.socStocks) values[cellKey(row.classCode, row.year)] = row.tonnesPerHa;

  return (
    <div className="stack">
      <HelpPanel topics={['soc', 'conditions']} />
      <PraisTable
        data={data}
        tableId="SO1-3.T1"
        periodKey={null}
        rowHeader={t('column.landCoverClass')}
        rows={UNCCD_LAND_COVER_CODES.map((code) => ({ key: String(code), label: landCoverLabel(t, code) }))}
        columns={[
          ...BASELINE_YEARS.map((year) => ({ key: String(year), label: t('column.stock', { year: format.year(year) }) })),
          { key: 'change', label: t('column.socChange'), derived: true, format: 'percent' as const },
        ]}
        values={values}
        derive={(row, _column, cells) => {
          const initial = cells[cellKey(row, 2000)];
          const final = cells[cellKey(row, 2015)];
          if (initial === null || initial === undefined || final === null || final === undefined) return null;
          // The shared rule: water bodies and a zero reference stock give no change (no data).
          const [change] = socChangeByClass([{ classCode: Number(row) as UnccdLandCoverCode, initialTonnesPerHa: initial, finalTonnesPerHa: final }]);
          return change?.changePercent ?? null;
        }}
        onSave={(cells, meta) =>
          save.mutateAsync({ rows: STOCK_CELLS.map(({ classCode, year, key }) => ({ classCode, year, tonnesPerHa: cells[key]! })), tier, ...meta })
        }
        errorCell={(path) => (path[0] === 'rows' && typeof path[1] === 'number' ? (STOCK_CELLS[path[1]]?.key ?? null) : null)}
        editExtras={
          <FormField label={t('tier.label')}>
            {(control) => (
              <select {...control} value={tier} onChange={(event) => setTier(event.target.value as Tier)}>
                {socTier.options.map((option) => (
                  <option key={option} value={option}>
                    {t(`tier.${option}`)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        }
      >
        <p className="muted">{data.socTier ? t(`tier.${data.socTier}`) : t('tier.none')}</p>
      </PraisTable>
      {periodKey.options.map((period) => (
        <SummaryTable key={period} tableId="SO1-3.T2" indicator="soc" periodKey={period} />
      ))}
    </div>
  );
}
