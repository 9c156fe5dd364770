import type { DataOrigin, PraisTableId, SummaryIndicator } from '../../../shared/baseline/schema';
import type { DegradationProcessCode, FalsePosNeg, HotBrightSpot } from '../../../shared/baseline/sites';

/**
 * The stored fields of the baseline tables (migration 0004), in camelCase, as `db/entities.ts` lists them.
 * Flags are SQLite's 0/1 so that an unchanged flag compares equal and logs nothing.
 */
export interface BaselineTableRows {
  landArea: { year: number; landKm2: number; waterKm2: number };
  landCoverExtent: { year: number; classCode: number; areaKm2: number };
  landCoverChange: { periodKey: string; initialCode: number; finalCode: number; areaKm2: number };
  lpd: { periodKey: string; classCode: number; lpdCode: number; areaKm2: number };
  socStock: { year: number; classCode: number; tonnesPerHa: number };
  socTier: { tier: '1' | '2' | '3' | 'modified_1' };
  conditionSummary: { indicator: SummaryIndicator; periodKey: string; improvedKm2: number; stableKm2: number; degradedKm2: number; noDataKm2: number };
  /** `statusClass` is the expanded status code (1–7, or −32768 for no data) as text, the key of `statusAreas.expandedKm2`. */
  statusArea: { periodKey: string; statusClass: string; areaKm2: number };
  sdgMethod: { periodKey: string; method: 'one_out_all_out' | 'other'; methodText: string | null; confidence: 'high' | 'medium' | 'low' | null };
  /** `periodKey` is '' for the per-year tables (CP-1.T1, SO1-1.T3, SO1-1.T4, SO1-3.T1), so that the unique index holds. */
  tableProvenance: { tableId: PraisTableId; periodKey: string; origin: DataOrigin; sourceId: string | null; importId: string | null; comment: string | null };
  /** `regionId` is null for the national matrix (migration 0007 added it). */
  transitionMatrixVersion: { version: number; note: string | null; isGpgDefault: 0 | 1; regionId: string | null };
  transitionMatrixCell: { versionId: string; initialCode: number; finalCode: number; meaning: number; rationale: string | null };
  dataSource: {
    title: string;
    identifier: string | null;
    authorPublisher: string | null;
    citation: string | null;
    licence: string | null;
    customLicenceText: string | null;
  };
  trendsEarthImport: {
    fileName: string;
    sha256: string;
    sizeBytes: number;
    kind: 'land-condition' | 'counterbalancing';
    layout: string;
    teVersion: string | null;
    reportDate: string | null;
    aoiName: string | null;
    packageName: string | null;
    importedAt: string;
  };
  /** Migration 0007: SO1-1.T2 and the regions of SO1-1.T3. */
  nationalLegend: { unccdSufficient: 0 | 1 };
  nationalLegendClass: { code: number; nameShort: string; nameLong: string; color: string; unccdCode: number };
  transitionRegion: { name: string; areaKm2: number };
  observedCounterbalancing: { landTypeId: string; gainsKm2: number; lossesKm2: number; importId: string };
  /** Migration 0006: SO1-1.T1, SO1-4.T3 and SO1-4.T4/T5. */
  degradationProcess: { code: DegradationProcessCode; otherTitle: string | null };
  falsePosNeg: Omit<FalsePosNeg, 'id' | 'updatedAt'>;
  hotBrightSpot: Omit<HotBrightSpot, 'id' | 'updatedAt'>;
}
