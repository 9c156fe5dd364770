import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Geometry, ImportPreview } from '../../../shared/maps/schema';
import { createInMemoryBackend, fakeId, fakeWorkspace, settingsIn } from '../../test/inMemoryBackend';
import { fakeFeatureGeometry, emptyMaps, type MapsData } from '../../test/inMemoryMaps';
import { emptyTargets, fakeTarget } from '../../test/inMemoryTargets';
import { renderApp } from '../../test/renderApp';
import { translateKey } from '../../app/i18n/translateKey';
import type { DrawingMapProps } from '../../map/DrawingMap';

// jsdom has no canvas for Leaflet: the map is a stand-in whose button "finishes" the sketch the test set.
const sketch = vi.hoisted(() => ({ geometry: null as Geometry | null }));
vi.mock('../../map/DrawingMap', () => ({
  DrawingMap: ({ mode, onDrawn, label }: DrawingMapProps) => (
    <div role="region" aria-label={label}>
      {mode !== 'view' && sketch.geometry && (
        <button type="button" onClick={() => sketch.geometry && onDrawn(sketch.geometry)}>
          finish the sketch
        </button>
      )}
    </div>
  ),
}));

/** 0.1° × 0.1° just south of the equator near Mwingi: 123.07 km² on the WGS 84 ellipsoid (∫ M·N·cos φ dφ dλ). */
const square: Geometry = {
  type: 'Polygon',
  coordinates: [[[37, -1], [37.1, -1], [37.1, -0.9], [37, -0.9], [37, -1]]],
};
/** Its two diagonals cross: a bow tie. */
const bowTie: Geometry = {
  type: 'Polygon',
  coordinates: [[[37, -1], [37.1, -0.9], [37.1, -1], [37, -0.9], [37, -1]]],
};

const target = fakeTarget(fakeId(), { text: 'Restore 3,000 ha in Kitui' });

function openTarget(maps: MapsData = emptyMaps()) {
  const fake = createInMemoryBackend({
    settings: settingsIn('en'),
    workspace: fakeWorkspace(),
    targets: { ...emptyTargets(), targets: [target] },
    maps,
  });
  return { ...fake, ...renderApp(fake.backend, { path: `/targets/${target.id}` }) };
}

const editor = () => screen.findByRole('region', { name: 'Location on the map' });

describe('geometry editor', () => {
  it('saves a drawn area and shows it in km² and hectares', async () => {
    sketch.geometry = square;
    const { user, inputsOf } = openTarget();
    const section = await editor();
    expect(within(section).getByText('Nothing drawn yet.')).toBeTruthy();

    await user.click(within(section).getByRole('button', { name: 'Draw an area' }));
    expect(within(section).getByText(/click the first corner again to close the area/)).toBeTruthy();
    await user.click(within(section).getByRole('button', { name: 'finish the sketch' }));

    expect(await within(section).findByText('Area: 123.07 km² (12,307 ha)')).toBeTruthy();
    expect(inputsOf('maps.setGeometry')).toEqual([{ ownerEntity: 'target', ownerId: target.id, geometry: square }]);
    // Back to showing the shape: the drawing buttons are there again.
    expect(within(section).getByRole('button', { name: 'Draw again' })).toBeTruthy();
  });

  it('says why a drawn area is refused, and keeps the drawing tools open', async () => {
    sketch.geometry = bowTie;
    const { user, i18n, state } = openTarget();
    const section = await editor();
    await user.click(within(section).getByRole('button', { name: 'Draw an area' }));
    await user.click(within(section).getByRole('button', { name: 'finish the sketch' }));

    const alert = await within(section).findByRole('alert');
    expect(alert.textContent).toBe(translateKey(i18n, 'errors:maps.problem.selfIntersecting'));
    expect(alert.textContent).not.toBe(translateKey(i18n, 'errors:validation'));
    expect(within(section).getByRole('button', { name: 'Cancel drawing' })).toBeTruthy();
    expect(state.maps.geometries).toEqual([]);
  });

  it('removes the shape and brings it back with Undo', async () => {
    const maps = emptyMaps();
    maps.geometries = [fakeFeatureGeometry(fakeId(), 'target', target.id, square)];
    const { user, state } = openTarget(maps);
    const section = await editor();
    await within(section).findByText('Area: 123.07 km² (12,307 ha)');

    await user.click(within(section).getByRole('button', { name: 'Remove the shape' }));
    expect(await within(section).findByText('Nothing drawn yet.')).toBeTruthy();
    const snackbar = screen.getByRole('status');
    expect(within(snackbar).getByText('Shape of Restore 3,000 ha in Kitui removed.')).toBeTruthy();

    await user.click(within(snackbar).getByRole('button', { name: 'Undo' }));
    expect(await within(section).findByText('Area: 123.07 km² (12,307 ha)')).toBeTruthy();
    expect(state.maps.geometries.filter((stored) => stored.deletedAt === null)).toHaveLength(1);
  });
});

describe('importing a geometry from a file', () => {
  const preview: ImportPreview = {
    fileName: 'kitui-sites.zip',
    format: 'shapefile',
    crs: { name: 'WGS 84 / UTM zone 37S', reprojected: true },
    attributes: ['NAME'],
    features: [
      { index: 0, label: 'Mwingi slopes', properties: { NAME: 'Mwingi slopes' }, geometryType: 'Polygon', areaKm2: 123.07, problems: [] },
      {
        index: 1,
        label: 'Crossed plot',
        properties: { NAME: 'Crossed plot' },
        geometryType: 'Polygon',
        areaKm2: null,
        problems: [{ code: 'self_intersecting', messageKey: 'errors:maps.problem.selfIntersecting' }],
      },
      { index: 2, label: null, properties: { NAME: null }, geometryType: 'Polygon', areaKm2: 1, problems: [] },
    ],
    importableCount: 2,
    refusedCount: 1,
  };

  async function previewFile(third: Geometry = square) {
    const maps = emptyMaps();
    maps.files['kitui-sites.zip'] = { preview, geometries: { 0: square, 2: third } };
    const opened = openTarget(maps);
    const section = await editor();
    await opened.user.click(within(section).getByRole('button', { name: 'Import from a file…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Import a shape from a file' });
    await opened.user.upload(within(dialog).getByLabelText('File'), new File(['PK'], 'kitui-sites.zip', { type: 'application/zip' }));
    await within(dialog).findByRole('table');
    return { ...opened, section, dialog };
  }

  it('lists the features with the CRS found and each problem, and only the usable ones can be chosen', async () => {
    const { dialog, i18n } = await previewFile();
    expect(within(dialog).getByText('Shapefile (zipped)')).toBeTruthy();
    expect(within(dialog).getByText(/WGS 84 \/ UTM zone 37S · converted to WGS 84/)).toBeTruthy();
    expect(within(dialog).getByText('1 cannot be imported as it is: see why below.', { exact: false })).toBeTruthy();

    const crossed = within(dialog).getByRole('row', { name: /Crossed plot/ });
    expect(within(crossed).getByText(translateKey(i18n, 'errors:maps.problem.selfIntersecting'))).toBeTruthy();
    expect(within(dialog).getByRole<HTMLInputElement>('checkbox', { name: 'Import Crossed plot' }).disabled).toBe(true);
    // A feature without a name gets its number.
    expect(within(dialog).getByRole<HTMLInputElement>('checkbox', { name: 'Import Feature 3' }).checked).toBe(true);
    expect(within(dialog).getByRole('button', { name: 'Import 2 features' })).toBeTruthy();
  });

  it('imports the chosen features and shows where the shape came from', async () => {
    const { dialog, user, section, inputsOf } = await previewFile();
    await user.click(within(dialog).getByRole('checkbox', { name: 'Import Feature 3' }));
    await user.click(within(dialog).getByRole('button', { name: 'Import 1 feature' }));

    expect(await within(section).findByText(/Area: 123.07 km² \(12,307 ha\) · imported from kitui-sites.zip/)).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    const [sent] = inputsOf('maps.importGeometry');
    expect([sent?.ownerEntity, sent?.ownerId, sent?.featureIndexes]).toEqual(['target', target.id, [0]]);
    expect(sent?.file).toHaveProperty('fileName', 'kitui-sites.zip');
  });

  it('keeps the dialog open with the reason when the backend refuses the chosen features', async () => {
    const { dialog, user, i18n, state } = await previewFile({ type: 'Point', coordinates: [37.05, -0.95] });
    await user.click(within(dialog).getByRole('button', { name: 'Import 2 features' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain(translateKey(i18n, 'errors:maps.mixedGeometryTypes'));
    expect(alert.textContent).not.toContain(translateKey(i18n, 'errors:validation'));
    expect(state.maps.geometries).toEqual([]);
  });
});
