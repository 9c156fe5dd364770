import { screen, within } from '@testing-library/react';
import type { Language } from '../../../shared/i18n/languages';
import type { LandType } from '../../../shared/landtypes/schema';
import type { Target } from '../../../shared/targets/schema';
import type { ObservedFigures } from '../../../shared/worksheets/observed';
import type { AnticipatedLoss, ResponseMeasure, Scenario } from '../../../shared/worksheets/schema';
import { createInMemoryBackend, fakeId, fakeLandType, fakeWorkspace, settingsIn } from '../../test/inMemoryBackend';
import { emptyTargets } from '../../test/inMemoryTargets';
import { fakeScenario } from '../../test/inMemoryWorksheets';
import { renderApp } from '../../test/renderApp';

/** What the worksheets component tests share: a scenario, two land types, entries, and the page opened on them. */
const AT = '2026-03-12T14:05:00.000Z';
export const bau = fakeScenario(fakeId());
export const cropland = fakeLandType({ code: 'CL-1', name: 'Cropland', areaKm2: 1000, degradedAreaKm2: 300 });
export const forest = fakeLandType({ code: 'FL-1', name: 'Forest', areaKm2: 500, degradedAreaKm2: 200 });

export function loss(landType: LandType, overrides: Partial<AnticipatedLoss> = {}): AnticipatedLoss {
  return {
    id: fakeId(),
    scenarioId: bau.id,
    landTypeId: landType.id,
    areaKm2: 20,
    driver: 'urban_expansion',
    expectedYear: 2025,
    source: 'entered',
    notes: null,
    planZone: null,
    createdAt: AT,
    updatedAt: AT,
    deletedAt: null,
    ...overrides,
  };
}

export function measure(landType: LandType, overrides: Partial<ResponseMeasure> = {}): ResponseMeasure {
  return {
    id: fakeId(),
    scenarioId: bau.id,
    landTypeId: landType.id,
    level: 'reverse',
    description: 'Restore terraces',
    areaKm2: 50,
    startYear: 2026,
    endYear: 2030,
    slmTechnology: null,
    wocatReference: null,
    effectivenessPercent: null,
    costUsd: null,
    coBenefits: null,
    targetIds: [],
    createdAt: AT,
    updatedAt: AT,
    deletedAt: null,
    ...overrides,
  };
}

export interface WorksheetsSetup {
  landTypes?: LandType[];
  /** Business as usual (`bau`) unless given. */
  scenarios?: Scenario[];
  losses?: AnticipatedLoss[];
  measures?: ResponseMeasure[];
  /** Observed gains and losses as a Trends.Earth counterbalancing import leaves them; none unless given. */
  observedCounterbalancing?: ObservedFigures[];
  /** LDN targets a measure can be linked to; none unless given. */
  targets?: Target[];
}

export function openWorksheets(initial: WorksheetsSetup = {}, language: Language = 'en') {
  const fake = createInMemoryBackend({
    settings: settingsIn(language),
    workspace: fakeWorkspace(),
    landTypes: initial.landTypes ?? [cropland],
    scenarios: initial.scenarios ?? [{ ...bau }],
    losses: initial.losses ?? [],
    measures: initial.measures ?? [],
    observedCounterbalancing: initial.observedCounterbalancing ?? [],
    targets: { ...emptyTargets(), targets: initial.targets ?? [] },
  });
  return { ...fake, ...renderApp(fake.backend, { path: '/worksheets', language }) };
}

export const balancePanel = () => screen.findByRole('complementary', { name: 'Balance' });
export const balanceOf = async (code: string) => within(await balancePanel()).findByRole('listitem', { name: code });
export const worksheetOf = (code: string, name: string) => screen.findByRole('region', { name: `${code} · ${name}` });

/** CL-1 as test/fixtures/trends-earth/counterbalancing.json reports land type 11: 12.5 km² gained, 8 km² lost. */
export const observedCropland: ObservedFigures = {
  landTypeId: cropland.id,
  gainsKm2: 12.5,
  lossesKm2: 8,
  source: { importId: fakeId(), fileName: 'counterbalancing.json', packageName: null, reportDate: '2026-06-16T11:00:00+00:00', importedAt: '2026-07-01T08:00:00.000Z' },
};

export const OBSERVED_LABEL = 'Observed (Trends.Earth, counterbalancing.json, Jun 16, 2026)';

/** A table's rows after its header, each as its header cell then its cells, as text. */
export const cellsOf = (row: HTMLElement) => [...within(row).getAllByRole('rowheader'), ...within(row).getAllByRole('cell')].map((cell) => cell.textContent);
