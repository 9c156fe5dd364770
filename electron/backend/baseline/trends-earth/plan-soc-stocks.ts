import type { LandCoverExtentRow, SocStockRow } from '../../../../shared/baseline/schema';
import type { LandConditionPeriod } from '../../../../shared/baseline/trends-earth-summary';
import { classCode, isBaselineYear } from './legend';
import type { FilePlan } from './plan';
import type { Path, PlanContext } from './plan-land-condition';

/** Above this a SOC stock (t/ha, topsoil 0–30 cm) is not a stock but a unit or extent error. */
const MAX_SOC_T_PER_HA = 2000;

/**
 * SO1-3.T1 asks for t/ha; Trends.Earth writes the total stock of each class in tonnes. Dividing by the
 * class's extent that year (km² × 100 ha) gives the mean stock; without an extent there is nothing to
 * divide by, so the value is left out with a warning rather than guessed.
 */
export function socRows(plan: FilePlan, sources: { period: LandConditionPeriod; path: Path }[], extents: Map<string, LandCoverExtentRow>, context: PlanContext) {
  const rows = new Map<string, SocStockRow>();
  for (const { period, path } of sources) {
    const stock = period.assessment.socStockByYear;
    if (!stock) continue;
    const socPath = [...path, 'soil_organic_carbon', 'soc_stock_by_year'];
    if (stock.unit.trim().toLowerCase() !== 'tonnes') {
      plan.warnings.push({ path: [...socPath, 'unit'], messageKey: 'errors:baseline.te.socUnitUnknown', params: { unit: stock.unit } });
      continue;
    }
    for (const [yearText, byClass] of Object.entries(stock.values)) {
      const year = Number(yearText);
      if (!isBaselineYear(year)) {
        plan.warnings.push({ path: [...socPath, 'values', yearText], messageKey: 'errors:baseline.te.yearSkipped', params: { year } });
        continue;
      }
      for (const [name, tonnes] of Object.entries(byClass)) {
        const valuePath = [...socPath, 'values', yearText, name];
        const code = classCode(plan, name, valuePath);
        if (code === null) continue;
        const extentKm2 = extents.get(`${year}:${code}`)?.areaKm2 ?? context.storedExtentKm2(year, code);
        if (!extentKm2) {
          plan.warnings.push({ path: valuePath, messageKey: 'errors:baseline.te.socWithoutExtent', params: { year, name } });
          continue;
        }
        const tonnesPerHa = tonnes / (extentKm2 * 100);
        if (!(tonnesPerHa >= 0 && tonnesPerHa <= MAX_SOC_T_PER_HA)) plan.errors.push({ path: valuePath, messageKey: 'errors:baseline.te.socImplausible', params: { value: tonnesPerHa } });
        else rows.set(`${year}:${code}`, { year, classCode: code, tonnesPerHa });
      }
    }
  }
  return [...rows.values()].sort((a, b) => a.year - b.year || a.classCode - b.classCode);
}
