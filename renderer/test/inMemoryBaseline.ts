import type { z } from 'zod';
import { UNCCD_LAND_COVER_CODES } from '../../shared/baseline/classes';
import type { baselineContract } from '../../shared/baseline/contract';
import type { ConditionAreasKm2 } from '../../shared/baseline/condition-areas';
import { GPG_DEFAULT_TRANSITION_MATRIX } from '../../shared/baseline/transition-matrix';
import { parseTrendsEarthSummary, type LandConditionSummary } from '../../shared/baseline/trends-earth-summary';
import type {
  BaselineData,
  ConditionSummary,
  DataSource,
  PraisTableId,
  SummaryIndicator,
  TableProvenance,
  TransitionMatrixVersion,
  TrendsEarthImport,
  TrendsEarthPreview,
} from '../../shared/baseline/schema';
import type { FieldError } from '../../shared/command';
import { periodKey, type PeriodKey } from '../../shared/workspace/schema';
import { legendHandlers } from './inMemoryBaselineLegends';
import { emptySites, sitesHandlers, type SitesState } from './inMemoryBaselineSites';

type BaselineContract = typeof baselineContract;
type BaselineHandler<N extends keyof BaselineContract> = (input: z.output<BaselineContract[N]['input']>) => z.output<BaselineContract[N]['output']>;
export type BaselineHandlers = { [N in keyof BaselineContract]: BaselineHandler<N> };

export interface BaselineState {
  baseline: BaselineData;
  matrixVersions: TransitionMatrixVersion[];
  /** Each region's matrix versions (SO1-1.T3, 2026), by region id. */
  regionMatrixVersions: Record<string, TransitionMatrixVersion[]>;
  /** The bytes of every imported file by sha256, so that importing the same file twice changes nothing. */
  importedHashes: string[];
  /** SO1-1.T1 and SO1-4.T3/T4/T5, with the deleted rows kept for undo. */
  sites: SitesState;
}

interface Helpers {
  id: () => string;
  now: () => string;
  touch: () => void;
  landAreaKm2: () => number;
  refuse: (code: 'validation' | 'conflict' | 'not_found', messageKey: string, fields?: FieldError[]) => Error;
}

const AT = '2026-03-12T14:05:00.000Z';

/** The GPG default as version 1 of the national matrix, as the backend seeds it. */
export function gpgDefaultVersion(id: string): TransitionMatrixVersion {
  const codes = GPG_DEFAULT_TRANSITION_MATRIX.classCodes;
  return {
    id,
    version: 1,
    note: null,
    isGpgDefault: true,
    cells: codes.flatMap((initialCode, i) =>
      codes.map((finalCode, j) => ({ initialCode, finalCode, meaning: GPG_DEFAULT_TRANSITION_MATRIX.meanings[i]![j]!, rationale: null })),
    ),
    createdAt: AT,
  };
}

/** A workspace with no baseline data yet: every table at its default, the GPG matrix in force. */
export function emptyBaseline(id: string): BaselineState {
  const matrix = gpgDefaultVersion(id);
  return {
    baseline: {
      landArea: [],
      landCoverExtent: [],
      landCoverChange: [],
      lpd: [],
      socStocks: [],
      socTier: null,
      summaries: [],
      status: [],
      sdgMethods: [],
      transitionMatrix: matrix,
      nationalLegend: { unccdSufficient: true, classes: [] },
      regions: [],
      totalLandAreaKm2: 0,
      provenance: [],
      sources: [],
      imports: [],
    },
    matrixVersions: [matrix],
    regionMatrixVersions: {},
    importedHashes: [],
    sites: emptySites(),
  };
}

const SUMMARY_TABLE: Record<SummaryIndicator, PraisTableId> = { land_cover: 'SO1-1.T7', productivity: 'SO1-2.T3', soc: 'SO1-3.T2', sdg: 'SO1-4.T2' };

function decodeBase64Utf8(base64: string): string {
  const binary = atob(base64);
  return new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
}

/** Not a real sha256: the in-memory backend only needs the same bytes to give the same name. */
function fakeHash(text: string): string {
  let hash = 0;
  for (let i = 0; i < text.length; i += 1) hash = (Math.imul(31, hash) + text.charCodeAt(i)) | 0;
  return (hash >>> 0).toString(16).padStart(8, '0').repeat(8);
}

const asKm2 = (areas: ConditionAreasKm2) => ({ ...areas });
const sumOf = (areas: ConditionAreasKm2) => areas.improvedKm2 + areas.stableKm2 + areas.degradedKm2 + areas.noDataKm2;

/** The four 3-class summaries of each period of a land condition file (the in-memory import keeps to these). */
function summariesOf(summary: LandConditionSummary): ConditionSummary[] {
  return summary.periods.flatMap((period) => {
    const key = periodKey.safeParse(period.key);
    if (!key.success) return [];
    const { assessment } = period;
    const pick: [SummaryIndicator, ConditionAreasKm2 | null | undefined][] = [
      ['land_cover', assessment.landCover],
      ['productivity', assessment.productivity['all_cover_types'] ?? Object.values(assessment.productivity)[0]],
      ['soc', assessment.soc['non_water'] ?? Object.values(assessment.soc)[0]],
      ['sdg', assessment.sdg],
    ];
    return pick.flatMap(([indicator, areas]) => (areas ? [{ indicator, periodKey: key.data, areas: asKm2(areas) }] : []));
  });
}

/**
 * The baseline commands with the rules the UI relies on: inputs validated by the dispatcher's zod schemas
 * before they get here; areas within the land area; all 49 cells of a change matrix; a rationale for a
 * matrix cell; a source in use cannot be deleted; a Trends.Earth import shows a preview and is idempotent.
 */
export function baselineHandlers(state: BaselineState, { id, now, touch, landAreaKm2, refuse }: Helpers): BaselineHandlers {
  // As the backend: regions sum to CP-1.T1's latest land area, else the workspace's.
  const data = () => {
    const latest = [...state.baseline.landArea].sort((a, b) => b.year - a.year)[0];
    state.baseline = { ...state.baseline, totalLandAreaKm2: latest ? latest.landKm2 : landAreaKm2() };
    return state.baseline;
  };
  const setProvenance = (tableId: PraisTableId, period: PeriodKey | null, origin: TableProvenance['origin'], extra: { sourceId?: string | undefined; comment?: string | undefined; importId?: string }) => {
    const others = data().provenance.filter((p) => !(p.tableId === tableId && p.periodKey === period));
    const entry: TableProvenance = {
      tableId,
      periodKey: period,
      origin,
      sourceId: extra.sourceId ?? null,
      importId: extra.importId ?? null,
      comment: extra.comment ?? null,
      updatedAt: now(),
    };
    state.baseline = { ...data(), provenance: [...others, entry] };
  };
  const checkSource = (sourceId: string | undefined) => {
    if (sourceId !== undefined && !data().sources.some((source) => source.id === sourceId)) {
      throw refuse('not_found', 'errors:baseline.sourceNotFound', [{ path: ['sourceId'], messageKey: 'errors:baseline.sourceNotFound' }]);
    }
  };
  /** As the backend: a table's areas together may not exceed the total area (here the workspace's land area). */
  const checkWithinLand = (totalKm2: number, path: FieldError['path']) => {
    const max = landAreaKm2();
    if (totalKm2 > max) throw refuse('validation', 'errors:validation', [{ path, messageKey: 'errors:baseline.exceedsLandArea', params: { max } }]);
  };
  const total = (items: readonly { areaKm2: number }[]) => items.reduce((sum, item) => sum + item.areaKm2, 0);
  const saved = () => {
    touch();
    return data();
  };

  const newMatrixVersion = (cells: TransitionMatrixVersion['cells'], isGpgDefault: boolean, note: string | null) => {
    const version: TransitionMatrixVersion = {
      id: id(),
      version: Math.max(...state.matrixVersions.map((v) => v.version)) + 1,
      note,
      isGpgDefault,
      cells,
      createdAt: now(),
    };
    state.matrixVersions = [...state.matrixVersions, version];
    state.baseline = { ...data(), transitionMatrix: version };
    return saved();
  };

  const preview = (input: z.output<BaselineContract['baseline.previewTrendsEarth']['input']>) => {
    if (!('bytesBase64' in input)) throw refuse('validation', 'errors:unsupported');
    let json: unknown;
    try {
      json = JSON.parse(decodeBase64Utf8(input.bytesBase64));
    } catch {
      throw refuse('validation', 'errors:validation', [{ path: [], messageKey: 'errors:baseline.te.notAnObject' }]);
    }
    const parsed = parseTrendsEarthSummary(json);
    if (!parsed.ok) throw refuse('validation', 'errors:validation', parsed.problems);
    const summary = parsed.value;
    const sha256 = fakeHash(input.bytesBase64);
    const summaries = summary.kind === 'land-condition' ? summariesOf(summary) : [];
    const result: TrendsEarthPreview = {
      files: [
        {
          fileName: input.fileName,
          sha256,
          kind: summary.kind,
          layout: summary.layout,
          trendsEarthVersion: summary.metadata.trendsEarthVersion,
          reportDate: summary.metadata.reportDate,
          areaOfInterestName: summary.metadata.areaOfInterestName,
          alreadyImported: state.importedHashes.includes(sha256),
        },
      ],
      tables: summaries.map((s) => ({
        tableId: SUMMARY_TABLE[s.indicator],
        periodKey: s.periodKey,
        totalKm2: sumOf(s.areas),
        replacesNational: data().provenance.some((p) => p.tableId === SUMMARY_TABLE[s.indicator] && p.periodKey === s.periodKey && p.origin === 'national'),
      })),
      landTypes:
        summary.kind === 'counterbalancing'
          ? summary.landTypes.map((landType) => ({ name: landType.name, gainsKm2: landType.gainsKm2, lossesKm2: landType.lossesKm2, exists: false }))
          : [],
      warnings: [],
    };
    return { result, summaries, sha256, summary };
  };

  const legends = legendHandlers(state, { id, now, touch, refuse });

  return {
    ...sitesHandlers(state, { id, now, touch, landAreaKm2, refuse }),
    ...legends.handlers,
    'baseline.get': () => data(),
    'baseline.saveLandArea': ({ rows, sourceId, comment }) => {
      checkSource(sourceId);
      const years = new Set(rows.map((row) => row.year));
      state.baseline = { ...data(), landArea: [...data().landArea.filter((row) => !years.has(row.year)), ...rows].sort((a, b) => a.year - b.year) };
      setProvenance('CP-1.T1', null, 'national', { sourceId, comment });
      return saved();
    },
    'baseline.saveLandCoverExtent': ({ rows, sourceId, comment }) => {
      checkSource(sourceId);
      for (const year of new Set(rows.map((row) => row.year))) {
        checkWithinLand(total(rows.filter((row) => row.year === year)), ['rows', rows.findLastIndex((row) => row.year === year), 'areaKm2']);
      }
      const key = (row: { year: number; classCode: number }) => `${row.year}|${row.classCode}`;
      const replaced = new Set(rows.map(key));
      state.baseline = { ...data(), landCoverExtent: [...data().landCoverExtent.filter((row) => !replaced.has(key(row))), ...rows] };
      setProvenance('SO1-1.T4', null, 'national', { sourceId, comment });
      return saved();
    },
    'baseline.saveLandCoverChange': ({ periodKey: period, cells, sourceId, comment }) => {
      checkSource(sourceId);
      if (cells.length !== UNCCD_LAND_COVER_CODES.length ** 2) {
        throw refuse('validation', 'errors:validation', [{ path: ['cells'], messageKey: 'errors:baseline.matrixIncomplete', params: { expected: 49, actual: cells.length } }]);
      }
      checkWithinLand(total(cells), ['cells']);
      state.baseline = { ...data(), landCoverChange: [...data().landCoverChange.filter((m) => m.periodKey !== period), { periodKey: period, cells }] };
      setProvenance(period === 'baseline' ? 'SO1-1.T5' : 'SO1-1.T6', period, 'national', { sourceId, comment });
      return saved();
    },
    'baseline.saveLpd': ({ periodKey: period, cells, sourceId, comment }) => {
      checkSource(sourceId);
      checkWithinLand(total(cells), ['cells']);
      state.baseline = { ...data(), lpd: [...data().lpd.filter((m) => m.periodKey !== period), { periodKey: period, cells }] };
      setProvenance(period === 'baseline' ? 'SO1-2.T1' : 'SO1-2.T2', period, 'national', { sourceId, comment });
      return saved();
    },
    'baseline.saveSocStocks': ({ rows, tier, sourceId, comment }) => {
      checkSource(sourceId);
      const key = (row: { year: number; classCode: number }) => `${row.year}|${row.classCode}`;
      const replaced = new Set(rows.map(key));
      state.baseline = { ...data(), socStocks: [...data().socStocks.filter((row) => !replaced.has(key(row))), ...rows], socTier: tier };
      setProvenance('SO1-3.T1', null, 'national', { sourceId, comment });
      return saved();
    },
    'baseline.saveSummary': ({ indicator, periodKey: period, areas, sourceId, comment }) => {
      checkSource(sourceId);
      checkWithinLand(sumOf(areas), ['areas']);
      const others = data().summaries.filter((s) => !(s.indicator === indicator && s.periodKey === period));
      state.baseline = { ...data(), summaries: [...others, { indicator, periodKey: period, areas }] };
      setProvenance(SUMMARY_TABLE[indicator], period, 'national', { sourceId, comment });
      return saved();
    },
    'baseline.saveSdgMethod': ({ periodKey: period, method, methodText, confidence }) => {
      const others = data().sdgMethods.filter((m) => m.periodKey !== period);
      state.baseline = { ...data(), sdgMethods: [...others, { periodKey: period, method, methodText: methodText ?? null, confidence }] };
      return saved();
    },
    'baseline.saveTransitionCell': ({ initialCode, finalCode, meaning, rationale, regionId }) => {
      const change = (cells: TransitionMatrixVersion['cells']) =>
        cells.map((cell) => (cell.initialCode === initialCode && cell.finalCode === finalCode ? { ...cell, meaning, rationale } : cell));
      if (regionId !== undefined) return legends.regionMatrix.addVersion(regionId, change, false);
      return newMatrixVersion(change(data().transitionMatrix.cells), false, rationale);
    },
    'baseline.resetTransitionMatrix': ({ regionId }) => {
      const gpg = gpgDefaultVersion(id()).cells;
      if (regionId !== undefined) return legends.regionMatrix.addVersion(regionId, () => gpg, true);
      return newMatrixVersion(gpg, true, null);
    },
    'baseline.transitionMatrixVersions': ({ regionId }) =>
      regionId !== undefined ? legends.regionMatrix.versions(regionId) : { items: [...state.matrixVersions].sort((a, b) => b.version - a.version) },
    'baseline.saveSource': (input) => {
      const source: DataSource = {
        id: input.id ?? id(),
        title: input.title,
        identifier: input.identifier ?? null,
        authorPublisher: input.authorPublisher ?? null,
        citation: input.citation ?? null,
        licence: input.licence ?? null,
        customLicenceText: input.customLicenceText ?? null,
        updatedAt: now(),
      };
      state.baseline = { ...data(), sources: [...data().sources.filter((s) => s.id !== source.id), source] };
      touch();
      return source;
    },
    'baseline.deleteSource': ({ id: sourceId }) => {
      if (data().provenance.some((p) => p.sourceId === sourceId)) throw refuse('conflict', 'errors:baseline.sourceInUse');
      state.baseline = { ...data(), sources: data().sources.filter((s) => s.id !== sourceId) };
      touch();
      return { id: sourceId };
    },
    'baseline.previewTrendsEarth': (input) => preview(input).result,
    'baseline.importTrendsEarth': (input) => {
      const { result, summaries, sha256, summary } = preview(input);
      const file = result.files[0]!;
      if (file.alreadyImported) return { imports: data().imports.filter((i) => i.sha256 === sha256), data: data() };
      const imported: TrendsEarthImport = {
        id: id(),
        fileName: file.fileName,
        sha256,
        bytes: 'bytesBase64' in input ? Math.floor(input.bytesBase64.length * 0.75) : 0,
        kind: summary.kind,
        layout: summary.layout,
        trendsEarthVersion: file.trendsEarthVersion,
        reportDate: file.reportDate,
        areaOfInterestName: file.areaOfInterestName,
        packageName: null,
        importedAt: now(),
      };
      const replaced = new Set(summaries.map((s) => `${s.indicator}|${s.periodKey}`));
      state.baseline = {
        ...data(),
        summaries: [...data().summaries.filter((s) => !replaced.has(`${s.indicator}|${s.periodKey}`)), ...summaries],
        imports: [...data().imports, imported],
      };
      for (const s of summaries) setProvenance(SUMMARY_TABLE[s.indicator], s.periodKey, 'imported', { importId: imported.id });
      state.importedHashes = [...state.importedHashes, sha256];
      touch();
      return { imports: [imported], data: data() };
    },
  };
}
