import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Geometry } from '../../../shared/maps/schema';
import { createInMemoryBackend, fakeId, fakeLandType, fakeWorkspace } from '../../test/inMemoryBackend';
import { emptyMaps, fakeFeatureGeometry } from '../../test/inMemoryMaps';
import { emptyPlans } from '../../test/inMemoryPlans';
import { emptyTargets, fakeTarget } from '../../test/inMemoryTargets';
import { renderApp } from '../../test/renderApp';
import { fakePlan, fakeZone } from '../plans/plansTestData';

// jsdom has no canvas for Leaflet, and the sums do not depend on the drawn map.
vi.mock('../../map/LeafletMap', () => ({ LeafletMap: () => null }));

/** 0.1° × 0.1° just south of the equator: 123.07 km²; `width` 0.2 twice that, 246.15 km². */
const square = (lon: number, width = 0.1): Geometry => ({
  type: 'Polygon',
  coordinates: [[[lon, -1], [lon + width, -1], [lon + width, -0.9], [lon, -0.9], [lon, -1]]],
});

const grassland = fakeLandType({ code: 'GR-1', name: 'Grassland on sandy soils' });
const cropland = fakeLandType({ code: 'CL-1', name: 'Cropland on clay soils' });
const target = fakeTarget(fakeId(), { text: 'Restore 3,000 ha in Kitui' });
const plan = fakePlan({ name: 'Kitui County Spatial Plan' });

function openMap({ withLandTypeShape }: { withLandTypeShape: boolean }) {
  const maps = emptyMaps();
  // The target's square is the western half of the grassland's: they share 123.07 km².
  maps.geometries = [fakeFeatureGeometry(fakeId(), 'target', target.id, square(38))];
  if (withLandTypeShape) maps.geometries.push(fakeFeatureGeometry(fakeId(), 'landtype', grassland.id, square(38, 0.2)));
  const plans = withLandTypeShape
    ? { ...emptyPlans(), plans: [plan], zones: [fakeZone(plan, { landTypeId: grassland.id, areaKm2: 40 }), fakeZone(plan, { landTypeId: cropland.id, areaKm2: 2.5 })] }
    : emptyPlans();
  const fake = createInMemoryBackend({
    workspace: fakeWorkspace(),
    landTypes: [grassland, cropland],
    targets: { ...emptyTargets(), targets: [target] },
    plans,
    maps,
  });
  return renderApp(fake.backend, { path: '/maps' });
}

const rowCells = (table: HTMLElement, name: RegExp) =>
  within(within(table).getByRole('row', { name })).getAllByRole('cell').map((cell) => cell.textContent);

describe('areas on the map page', () => {
  it('sums mapped areas per land type and per plan, and target areas per land type, in km² and ha', async () => {
    openMap({ withLandTypeShape: true });
    const byLandType = await screen.findByRole('table', { name: 'Areas per land type' });
    // Mapped km², mapped ha, plan zones km², plan zones ha.
    expect(rowCells(byLandType, /GR-1 · Grassland on sandy soils/)).toEqual(['246.15', '24,615', '40', '4,000']);
    expect(rowCells(byLandType, /CL-1 · Cropland on clay soils/)).toEqual(['0', '0', '2.5', '250']);

    // 40 + 2.5 km² of zones.
    const perPlan = screen.getByRole('table', { name: 'Areas per land-use plan' });
    expect(rowCells(perPlan, /Kitui County Spatial Plan/)).toEqual(['42.5', '4,250']);

    const overlaps = screen.getByRole('table', { name: 'Target areas by land type' });
    expect(rowCells(overlaps, /Restore 3,000 ha in Kitui/)).toEqual(['GR-1 · Grassland on sandy soils', '123.07', '12,307']);
    expect(screen.getByText('How much of each target area lies within each mapped land type.')).toBeTruthy();
  });

  it('says there is nothing to add up while only a target is mapped, on no land type', async () => {
    openMap({ withLandTypeShape: false });
    const empty = await screen.findByRole('region', { name: 'No areas to add up yet' });
    expect(within(empty).getByText(/Map a land type or a plan zone/)).toBeTruthy();
    expect(screen.queryByRole('table', { name: 'Areas per land type' })).toBeNull();
  });
});
