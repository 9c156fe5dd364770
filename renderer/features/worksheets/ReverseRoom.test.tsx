import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeLandType } from '../../test/inMemoryBackend';
import { descriptionOf } from '../../test/renderApp';
import { cropland, measure, openWorksheets, worksheetOf } from './worksheetsTestData';

/** Fills the reverse measure's form of CL-1 and returns the dialog. */
async function addReverse(user: ReturnType<typeof openWorksheets>['user'], areaKm2: string, dialogName = 'Reverse: add measure to CL-1') {
  const sheet = await worksheetOf('CL-1', 'Cropland');
  await user.click(within(sheet).getByRole('button', { name: 'Add reverse measure' }));
  const dialog = await screen.findByRole('dialog', { name: dialogName });
  await user.type(within(dialog).getByLabelText(/^Description/), 'Rehabilitate gullies');
  await user.type(within(dialog).getByLabelText(/^Area/), areaKm2);
  await user.type(within(dialog).getByLabelText(/^Start year/), '2026');
  await user.type(within(dialog).getByLabelText(/^End year/), '2027');
  return dialog;
}

describe('a reverse measure and the degraded area of its land type', () => {
  it('says before saving that the land type needs its degraded area, points to it, and saves nothing', async () => {
    const { user, inputsOf } = openWorksheets({ landTypes: [fakeLandType({ ...cropland, degradedAreaKm2: null })] });
    const dialog = await addReverse(user, '40');
    const note = within(dialog).getByRole('note');
    expect(note.textContent).toContain('Land type CL-1 has no degraded area recorded yet.');
    expect(within(note).getByRole('link', { name: 'Record the degraded area on the Land types page' }).getAttribute('href')).toBe('/workspace/land-types');

    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText(/Land type CL-1 has no degraded area recorded\. A reverse measure restores degraded land/)).toBeTruthy();
    expect(screen.getByRole('dialog', { name: 'Reverse: add measure to CL-1' })).toBe(dialog);
    expect(inputsOf('worksheets.saveMeasure')).toHaveLength(1);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect((await worksheetOf('CL-1', 'Cropland')).textContent).toContain('No reverse measures recorded.');
  });

  it('shows the degraded land still free, and refuses more at the Area field while typing', async () => {
    // 300 km² degraded, 250 already planned for reverse measures: 50 km² free; 60 would make 310.
    const { user, inputsOf } = openWorksheets({ measures: [measure(cropland, { areaKm2: 250 })] });
    const dialog = await addReverse(user, '60');
    expect(within(dialog).getByRole('note').textContent).toBe(
      'Up to 50 km² of degraded land on CL-1 is still free for reverse measures in this scenario (300 km² recorded as degraded).',
    );
    const area = within(dialog).getByLabelText(/^Area/);
    expect(descriptionOf(area)).toContain('The reverse measures on land type CL-1 would then cover 310 km², more than its 300 km² of degraded land.');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(inputsOf('worksheets.saveMeasure')).toEqual([]);

    await user.clear(area);
    await user.type(area, '50');
    expect(descriptionOf(area)).not.toContain('would then cover');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(inputsOf('worksheets.saveMeasure')).toEqual([expect.objectContaining({ level: 'reverse', areaKm2: 50 })]);
  });

  it('counts the measure being edited once, with its new area', async () => {
    const edited = measure(cropland, { areaKm2: 100, description: 'Terraces' });
    const { user } = openWorksheets({ measures: [edited, measure(cropland, { areaKm2: 150 })] });
    const sheet = await worksheetOf('CL-1', 'Cropland');
    await user.click(within(sheet).getByRole('button', { name: /^Edit measure Terraces/ }));
    const dialog = await screen.findByRole('dialog');
    // 300 − 150 = 150 free for this one.
    expect(within(dialog).getByRole('note').textContent).toContain('Up to 150 km² of degraded land');
  });

  it('writes the numbers the way French does', async () => {
    const { user } = openWorksheets({ landTypes: [fakeLandType({ ...cropland, areaKm2: 5000, degradedAreaKm2: 1500 })], measures: [measure(cropland, { areaKm2: 1250.5 })] }, 'fr');
    const sheet = await screen.findByRole('region', { name: 'CL-1 · Cropland' });
    await user.click(within(sheet).getByRole('button', { name: 'Ajouter une mesure pour inverser' }));
    const dialog = await screen.findByRole('dialog');
    const area = within(dialog).getByLabelText(/^Superficie/);
    await user.type(area, '300');
    // 1 250,5 + 300 = 1 550,5 > 1 500; 249,5 free.
    expect(within(dialog).getByRole('note').textContent?.replace(/\s/g, ' ')).toContain('Jusqu\'à 249,5 km² de terres dégradées de CL-1');
    expect(descriptionOf(area).replace(/\s/g, ' ')).toContain('couvriraient alors 1 550,5 km², soit plus que ses 1 500 km² de terres dégradées');
  });
});
