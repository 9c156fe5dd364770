import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Geometry } from '../../../shared/maps/schema';
import { createInMemoryBackend, fakeId, fakeLandType, fakeWorkspace } from '../../test/inMemoryBackend';
import { emptyMaps, fakeFeatureGeometry } from '../../test/inMemoryMaps';
import { emptyPlans } from '../../test/inMemoryPlans';
import { emptyTargets, fakeTarget } from '../../test/inMemoryTargets';
import { renderApp } from '../../test/renderApp';
import type { LeafletMapProps } from '../../map/LeafletMap';
import { useOfflineBasemap } from '../../map/offlineBasemapStore';
import { fakePlan, fakeZone } from '../plans/plansTestData';

// jsdom has no canvas for Leaflet: each shape on the stand-in map is a button, as a click on it would be.
vi.mock('../../map/LeafletMap', () => ({
  LeafletMap: ({ label, overlays, onSelect }: LeafletMapProps) => (
    <div role="region" aria-label={label}>
      {overlays.map((overlay) => (
        <button key={overlay.key} type="button" onClick={() => onSelect?.(overlay.key)}>
          {`shape ${overlay.key}`}
        </button>
      ))}
    </div>
  ),
}));

/** 0.1° × 0.1° at the equator's south side: 123.07 km²; the 0.2° × 0.1° one beside it twice that. */
const square = (lon: number, width = 0.1): Geometry => ({
  type: 'Polygon',
  coordinates: [[[lon, -1], [lon + width, -1], [lon + width, -0.9], [lon, -0.9], [lon, -1]]],
});

const target = fakeTarget(fakeId(), { text: 'Restore 3,000 ha in Kitui' });
const grassland = fakeLandType({ code: 'GR-1', name: 'Grassland on sandy soils' });

function openMap(withShapes = true) {
  const maps = emptyMaps();
  if (withShapes) {
    maps.geometries = [
      fakeFeatureGeometry(fakeId(), 'target', target.id, square(37)),
      fakeFeatureGeometry(fakeId(), 'landtype', grassland.id, square(38, 0.2)),
    ];
  }
  const fake = createInMemoryBackend({
    workspace: fakeWorkspace(),
    landTypes: [grassland],
    targets: { ...emptyTargets(), targets: [target] },
    maps,
  });
  return { ...fake, ...renderApp(fake.backend, { path: '/maps' }) };
}

describe('map page', () => {
  it('is reached from the side navigation and asks for the simplified shapes first', async () => {
    const { user, inputsOf } = openMap();
    await screen.findByRole('heading', { level: 1, name: 'Map' });
    await user.click(screen.getByRole('link', { name: 'Land types' }));
    await user.click(await screen.findByRole('link', { name: 'Map' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Map' })).toBeTruthy();
    expect(inputsOf('maps.layers')[0]).toEqual({ detail: 'simplified' });
  });

  it('lists every shape with its area in km² and hectares, and a layer can be hidden', async () => {
    const { user } = openMap();
    const table = await screen.findByRole('table', { name: 'Shapes on the map' });
    const cells = (name: string) => within(within(table).getByRole('row', { name: new RegExp(name) })).getAllByRole('cell').map((cell) => cell.textContent);
    expect(cells('Restore 3,000 ha in Kitui').slice(0, 3)).toEqual(['LDN targets', '123.07', '12,307']);
    expect(cells('Grassland on sandy soils').slice(0, 3)).toEqual(['Land types', '246.15', '24,615']);

    await user.click(screen.getByRole('checkbox', { name: 'Land types (1)' }));
    expect(within(table).queryByRole('row', { name: /Grassland/ })).toBeNull();
    expect(screen.queryByRole('button', { name: `shape landtype:${grassland.id}` })).toBeNull();
    const legend = screen.getByRole('region', { name: 'Legend' });
    expect(within(legend).queryByText('Land types')).toBeNull();
    expect(within(legend).getByText('LDN targets')).toBeTruthy();
  });

  it('shows what a clicked shape belongs to and goes to it', async () => {
    const { user } = openMap();
    await user.click(await screen.findByRole('button', { name: `shape target:${target.id}` }));
    const chosen = screen.getByRole('region', { name: 'Chosen shape' });
    expect(within(chosen).getByRole('heading', { name: target.text })).toBeTruthy();
    expect(within(chosen).getByText('123.07 km² (12,307 ha)')).toBeTruthy();

    await user.click(within(chosen).getByRole('link', { name: 'Go to its page' }));
    expect(await screen.findByRole('heading', { level: 1, name: target.text })).toBeTruthy();
  });

  it("links a plan zone to the zone's own page under its plan", async () => {
    const plan = fakePlan();
    const zone = fakeZone(plan);
    const maps = emptyMaps();
    maps.geometries = [fakeFeatureGeometry(fakeId(), 'plan_zone', zone.id, square(37))];
    const fake = createInMemoryBackend({ workspace: fakeWorkspace(), landTypes: [grassland], plans: { ...emptyPlans(), plans: [plan], zones: [zone] }, maps });
    const { user } = renderApp(fake.backend, { path: '/maps' });

    const link = await screen.findByRole('link', { name: `Open ${zone.name}` });
    expect(link.getAttribute('href')).toBe(`/plans/${plan.id}/zones/${zone.id}`);
    await user.click(link);
    expect(await screen.findByRole('heading', { level: 1, name: `Zone ${zone.name}` })).toBeTruthy();
  });

  it('says what to do when nothing has a shape yet', async () => {
    openMap(false);
    expect(await screen.findByRole('region', { name: 'Nothing mapped yet' })).toBeTruthy();
    expect(screen.queryByRole('table', { name: 'Shapes on the map' })).toBeNull();
  });
});

/** The 127-byte header of a PMTiles v3 archive with an empty root directory, holding tiles of `tileType`. */
function pmtilesArchive(tileType: number, name: string): File {
  const bytes = new Uint8Array(128);
  const view = new DataView(bytes.buffer);
  bytes.set(new TextEncoder().encode('PMTiles'), 0);
  bytes[7] = 3; // spec version
  view.setUint32(8, 127, true); // root directory offset
  view.setUint32(16, 1, true); // root directory length: one byte, "no entries"
  bytes[97] = 1; // internal compression: none
  bytes[98] = 1; // tile compression: none
  bytes[99] = tileType;
  return new File([bytes], name);
}

describe('offline basemap', () => {
  // The choice lasts the session: each test starts without one.
  afterEach(() => useOfflineBasemap.setState({ file: null }));
  const picker = () => screen.getByLabelText('Offline basemap (PMTiles file)');

  it('takes a raster PMTiles archive from this computer for the session', async () => {
    const { user } = openMap();
    await screen.findByRole('table', { name: 'Shapes on the map' });
    await user.upload(picker(), pmtilesArchive(2, 'kenya-topo.pmtiles'));
    expect(await screen.findByText('Showing kenya-topo.pmtiles for this session.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Stop showing the offline basemap' }));
    expect(screen.queryByText(/kenya-topo/)).toBeNull();
  });

  it('refuses a file that is not a raster archive, saying why', async () => {
    const { user } = openMap();
    await screen.findByRole('table', { name: 'Shapes on the map' });
    await user.upload(picker(), pmtilesArchive(1, 'roads.pmtiles'));
    expect((await screen.findByRole('alert')).textContent).toMatch(/holds vector tiles/);
    await user.upload(picker(), new File(['not an archive'], 'notes.pmtiles'));
    expect((await screen.findByRole('alert')).textContent).toBe('This file is not a PMTiles archive.');
  });
});
