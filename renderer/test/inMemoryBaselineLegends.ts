import { nationalLegendProblems } from '../../shared/baseline/national-legend';
import { regionProblems } from '../../shared/baseline/regions';
import type { BaselineData, TransitionCell, TransitionMatrixVersion } from '../../shared/baseline/schema';
import type { FieldError } from '../../shared/command';
import type { BaselineHandlers } from './inMemoryBaseline';

type LegendCommand = 'baseline.saveNationalLegend' | 'baseline.saveRegions';

interface Helpers {
  id: () => string;
  now: () => string;
  touch: () => void;
  refuse: (code: 'validation' | 'not_found', messageKey: string, fields?: FieldError[]) => Error;
}

interface LegendState {
  baseline: BaselineData;
  /** Every version of each region's matrix, by region id. */
  regionMatrixVersions: Record<string, TransitionMatrixVersion[]>;
}

/** SO1-1.T2 and the regions of SO1-1.T3 with the backend's whole-list rules (shared with it), and each region's own matrix versions. */
export function legendHandlers(state: LegendState, { id, now, touch, refuse }: Helpers) {
  const refuseIfAny = (problems: FieldError[]) => {
    if (problems.length > 0) throw refuse('validation', problems[0]!.messageKey, problems);
  };
  const regionIndex = (regionId: string) => {
    const index = state.baseline.regions.findIndex((r) => r.id === regionId);
    if (index < 0) throw refuse('not_found', 'errors:notFound');
    return index;
  };
  const addRegionVersion = (regionId: string, cells: TransitionCell[], isGpgDefault: boolean) => {
    const versions = state.regionMatrixVersions[regionId] ?? [];
    const version: TransitionMatrixVersion = { id: id(), version: versions.length + 1, note: null, isGpgDefault, cells, createdAt: now() };
    state.regionMatrixVersions = { ...state.regionMatrixVersions, [regionId]: [...versions, version] };
    return version;
  };

  const handlers: Pick<BaselineHandlers, LegendCommand> = {
    'baseline.saveNationalLegend': (input) => {
      refuseIfAny(nationalLegendProblems(input));
      state.baseline = { ...state.baseline, nationalLegend: { ...input, classes: [...input.classes].sort((a, b) => a.code - b.code) } };
      touch();
      return state.baseline;
    },
    'baseline.saveRegions': ({ regions }) => {
      refuseIfAny(regionProblems(regions, state.baseline.totalLandAreaKm2));
      state.baseline = {
        ...state.baseline,
        regions: regions.map((r) => {
          const stored = state.baseline.regions.find((s) => s.id === r.id);
          if (stored) return { ...stored, name: r.name, areaKm2: r.areaKm2 };
          const regionId = id();
          const national = state.baseline.transitionMatrix;
          return { id: regionId, name: r.name, areaKm2: r.areaKm2, transitionMatrix: addRegionVersion(regionId, national.cells, national.isGpgDefault) };
        }),
      };
      touch();
      return state.baseline;
    },
  };

  /** A region's matrix commands, as the national ones but counted per region. */
  const regionMatrix = {
    versions: (regionId: string) => {
      regionIndex(regionId);
      return { items: [...(state.regionMatrixVersions[regionId] ?? [])].reverse() };
    },
    addVersion: (regionId: string, cells: (current: TransitionCell[]) => TransitionCell[], isGpgDefault: boolean) => {
      const index = regionIndex(regionId);
      const region = state.baseline.regions[index]!;
      const regions = [...state.baseline.regions];
      regions[index] = { ...region, transitionMatrix: addRegionVersion(regionId, cells(region.transitionMatrix.cells), isGpgDefault) };
      state.baseline = { ...state.baseline, regions };
      touch();
      return state.baseline;
    },
  };
  return { handlers, regionMatrix };
}
