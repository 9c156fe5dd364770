import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { cropland, fakePlan, openPlans } from '../plansTestData';

const plan = fakePlan();

/** A square of about 0.1° × 0.1° near Nakuru (≈ 123 km²). */
const square = (lon: number) => ({
  type: 'Polygon',
  coordinates: [[[lon, -0.3], [lon + 0.1, -0.3], [lon + 0.1, -0.2], [lon, -0.2], [lon, -0.3]]],
});

/** Three features: two usable zones and one without a name. */
const zonesFile = new File(
  [
    JSON.stringify({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { NAME: 'Peri-urban belt', ZONE_TYPE: 'urban_development', LT: 'CL-1' }, geometry: square(36.0) },
        { type: 'Feature', properties: { NAME: 'Forest reserve', ZONE_TYPE: 'conservation', LT: '' }, geometry: square(36.2) },
        { type: 'Feature', properties: { NAME: '', ZONE_TYPE: 'mining', LT: '' }, geometry: square(36.4) },
      ],
    }),
  ],
  'nakuru-zones.geojson',
  { type: 'application/geo+json' },
);

async function openImport() {
  const fake = openPlans(`/plans/${plan.id}`, { plans: [plan] }, [cropland]);
  await fake.user.click(await screen.findByRole('button', { name: 'Import zones from a file' }));
  const dialog = await screen.findByRole('dialog', { name: 'Import zones from a file' });
  await fake.user.upload(within(dialog).getByLabelText(/^Spatial file/), zonesFile);
  return { ...fake, dialog };
}

describe('importing zones from a file', () => {
  it('previews the features with the guessed attributes and what is wrong, and writes nothing before confirming', async () => {
    const { dialog, inputsOf, state } = await openImport();
    const features = await within(dialog).findByRole('table', { name: 'Features in the file and the zones they would become' });
    expect(within(dialog).getByText('GeoJSON')).toBeTruthy();
    expect(within(dialog).getByText(/Not stated in the file/)).toBeTruthy();
    expect(within(dialog).getByLabelText<HTMLSelectElement>('Zone name from').value).toBe('NAME');
    expect(within(dialog).getByLabelText<HTMLSelectElement>('Zoning class from').value).toBe('ZONE_TYPE');

    const first = within(features).getByRole('rowheader', { name: 'Peri-urban belt' }).closest('tr')!;
    expect(first.textContent).toContain('Urban development');
    expect(first.textContent).toContain('Ready to import');
    const unnamed = within(features).getByRole('rowheader', { name: '(no name)' }).closest('tr')!;
    expect(unnamed.textContent).toContain('This feature has no zone name in the attribute chosen for names.');
    expect(within(unnamed).getByRole('checkbox')).toHaveProperty('disabled', true);
    expect(within(dialog).getByText(/2 features can be imported\. 1 feature cannot be imported/)).toBeTruthy();

    expect(inputsOf('plans.importZones')).toEqual([]);
    expect(state.plans.zones).toEqual([]);
    expect(within(dialog).getByRole('button', { name: 'Import 2 zones' })).toBeTruthy();
  });

  it('reads the file again when an attribute is mapped differently, and imports only the chosen features', async () => {
    const { user, dialog, inputsOf } = await openImport();
    await within(dialog).findByRole('table', { name: 'Features in the file and the zones they would become' });
    await user.selectOptions(within(dialog).getByLabelText('Land type from'), 'LT');
    const row = (await within(dialog).findByRole('rowheader', { name: 'Peri-urban belt' })).closest('tr')!;
    expect(row.textContent).toContain('CL-1 · Cropland');
    expect(inputsOf('plans.previewZoneImport').at(-1)?.mapping).toEqual({ nameAttribute: 'NAME', zoningClassAttribute: 'ZONE_TYPE', landTypeAttribute: 'LT' });

    await user.click(within(dialog).getByRole('checkbox', { name: 'Import feature 2, Forest reserve' }));
    await user.click(within(dialog).getByRole('button', { name: 'Import 1 zone' }));

    expect(await screen.findByText('1 zone imported.')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    const zones = await screen.findByRole('table', { name: 'Zones of the plan' });
    const imported = within(zones).getByRole('rowheader', { name: 'Peri-urban belt' }).closest('tr')!;
    expect(imported.textContent).toContain('CL-1 · Cropland');
    expect(imported.textContent).toMatch(/12\d(\.\d+)? km²/);
    expect(within(zones).queryByRole('rowheader', { name: 'Forest reserve' })).toBeNull();
    expect(inputsOf('plans.importZones')).toEqual([expect.objectContaining({ featureIndexes: [0] })]);
  });
});
