import type { PraisTableId, SummaryIndicator } from '../../../shared/baseline/schema';
import type { PeriodKey } from '../../../shared/workspace/schema';

/** The 2026 PRAIS table of each kind of data (domain-spec §1.3–1.6): baseline tables differ from reporting ones. */
export const TABLE_OF = {
  landArea: 'CP-1.T1',
  landCoverExtent: 'SO1-1.T4',
  socStocks: 'SO1-3.T1',
  landCoverChange: (period: PeriodKey): PraisTableId => (period === 'baseline' ? 'SO1-1.T5' : 'SO1-1.T6'),
  lpd: (period: PeriodKey): PraisTableId => (period === 'baseline' ? 'SO1-2.T1' : 'SO1-2.T2'),
  status: 'SO1-4.T1',
  summary: { land_cover: 'SO1-1.T7', productivity: 'SO1-2.T3', soc: 'SO1-3.T2', sdg: 'SO1-4.T2' } satisfies Record<SummaryIndicator, PraisTableId>,
} as const;
