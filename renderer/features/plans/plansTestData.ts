import type { LandType } from '../../../shared/landtypes/schema';
import type { LandUsePlan } from '../../../shared/plans/schema';
import { createInMemoryBackend, fakeId, fakeLandType, fakeWorkspace } from '../../test/inMemoryBackend';
import { emptyPlans, type PlansData } from '../../test/inMemoryPlans';
import { renderApp } from '../../test/renderApp';

/** What the plans component tests share: a land type, a plan with one zone, and the app opened on a page. */
const AT = '2026-03-12T14:05:00.000Z';
export const cropland = fakeLandType({ code: 'CL-1', name: 'Cropland', areaKm2: 1000 });

export function fakePlan(overrides: Partial<LandUsePlan> = {}): LandUsePlan {
  return {
    id: fakeId(),
    name: 'Nakuru County Spatial Plan',
    level: 'subnational',
    instrument: 'County Spatial Plan 2019–2029',
    adoptingBody: 'County Assembly of Nakuru',
    status: 'adopted',
    periodStart: 2019,
    periodEnd: 2029,
    notes: null,
    createdAt: AT,
    updatedAt: AT,
    deletedAt: null,
    ...overrides,
  };
}

type StoredZone = PlansData['zones'][number];

export function fakeZone(plan: LandUsePlan, overrides: Partial<StoredZone> = {}): StoredZone {
  return { id: fakeId(), planId: plan.id, name: 'Peri-urban belt', zoningClass: 'urban_development', landTypeId: cropland.id, notes: null, areaKm2: 50, deletedAt: null, ...overrides };
}

export function openPlans(path: string, plans: Partial<PlansData> = {}, landTypes: LandType[] = [cropland]) {
  const fake = createInMemoryBackend({ workspace: fakeWorkspace({ landAreaKm2: 5000 }), landTypes, plans: { ...emptyPlans(), ...plans } });
  return { ...fake, ...renderApp(fake.backend, { path }) };
}
