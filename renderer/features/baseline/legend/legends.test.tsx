import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../../../shared/i18n/languages';
import { createInMemoryBackend, fakeId, fakeWorkspace, settingsIn } from '../../../test/inMemoryBackend';
import { emptyBaseline, gpgDefaultVersion } from '../../../test/inMemoryBaseline';
import { renderApp } from '../../../test/renderApp';

/** The land cover screen of a workspace with 1,000 km² of land. */
function openLandCover(setup: (state: ReturnType<typeof emptyBaseline>) => void = () => {}, language: Language = 'en') {
  const baseline = emptyBaseline(fakeId());
  setup(baseline);
  const fake = createInMemoryBackend({ settings: settingsIn(language), workspace: fakeWorkspace({ landAreaKm2: 1000 }), baseline });
  return { ...fake, ...renderApp(fake.backend, { path: '/baseline/land-cover', language }) };
}

const section = async (name: string | RegExp) => (await screen.findAllByRole('region', { name }))[0]!;

// The land cover screen draws many tables and a 7 × 7 matrix: slow on a loaded two-core machine.
describe('national legend and regional matrices (SO1-1.T2, SO1-1.T3)', { timeout: 30_000 }, () => {
  it('edits the national legend: a class must be nested into a UNCCD class before it is saved', async () => {
    const { user, inputsOf } = openLandCover();
    const legend = await section(/^SO1-1\.T2 /);
    expect(within(legend).queryByRole('button', { name: 'Add a class' })).toBeNull();
    await user.click(within(legend).getByRole('checkbox', { name: 'The 7 UNCCD land cover classes are sufficient' }));
    expect(within(legend).getByText(/^Exhaustive: together the classes cover the whole land area/)).toBeTruthy();

    await user.click(within(legend).getByRole('button', { name: 'Add a class' }));
    await user.type(within(legend).getByRole('textbox', { name: 'Code of Row 1' }), '11');
    await user.type(within(legend).getByRole('textbox', { name: 'Short name of Row 1' }), 'Montane forest');
    await user.type(within(legend).getByRole('textbox', { name: 'Full name of Montane forest' }), 'Closed montane forest');
    await user.click(within(legend).getByRole('button', { name: 'Save the legend' }));
    expect(await within(legend).findByText('Choose the UNCCD class this class is nested into.')).toBeTruthy();
    expect(within(legend).getByRole('combobox', { name: 'UNCCD class that Montane forest is nested into' }).getAttribute('aria-invalid')).toBe('true');

    await user.selectOptions(within(legend).getByRole('combobox', { name: 'UNCCD class that Montane forest is nested into' }), 'Tree-covered areas');
    await user.click(within(legend).getByRole('button', { name: 'Save the legend' }));
    expect(await screen.findByText('National legend saved.')).toBeTruthy();
    expect(inputsOf('baseline.saveNationalLegend').at(-1)).toEqual({
      unccdSufficient: false,
      classes: [{ code: 11, nameShort: 'Montane forest', nameLong: 'Closed montane forest', color: '#808080', unccdCode: 1 }],
    });
    expect(within(legend).queryByText('Choose the UNCCD class this class is nested into.')).toBeNull();

    // Undo saves the legend as it was: the UNCCD classes sufficed and there was no national class.
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(inputsOf('baseline.saveNationalLegend').at(-1)).toEqual({ unccdSufficient: true, classes: [] }));
    expect(await within(legend).findByRole('checkbox', { name: 'The 7 UNCCD land cover classes are sufficient', checked: true })).toBeTruthy();
  });

  it('shows the regions’ sum against the land area while typing and refuses a sum that does not match', async () => {
    const { user, inputsOf } = openLandCover();
    const regions = await section(/^SO1-1\.T3 Regions/);
    await user.click(within(regions).getByRole('button', { name: 'Add a region' }));
    await user.click(within(regions).getByRole('button', { name: 'Add a region' }));
    await user.type(within(regions).getByRole('textbox', { name: 'Name of region 1' }), 'Coast');
    await user.type(within(regions).getByRole('textbox', { name: 'Area of Coast in km²' }), '600');
    await user.type(within(regions).getByRole('textbox', { name: 'Name of region 2' }), 'Highlands');
    await user.type(within(regions).getByRole('textbox', { name: 'Area of Highlands in km²' }), '300');
    // 600 + 300 = 900 km² of 1,000 km²: 10 % short.
    expect(within(regions).getByRole('status').textContent).toBe(
      'Sum of the regions: 900 km², but the total land area is 1,000 km². The regions must add up to it (within 0.5 %).',
    );
    await user.click(within(regions).getByRole('button', { name: 'Save the regions' }));
    expect(await within(regions).findByText('The regions add up to 900 km², but the total land area is 1,000 km². Their areas must add up to it (within 0.5 %).')).toBeTruthy();

    await user.clear(within(regions).getByRole('textbox', { name: 'Area of Highlands in km²' }));
    await user.type(within(regions).getByRole('textbox', { name: 'Area of Highlands in km²' }), '400');
    expect(within(regions).getByRole('status').textContent).toBe('Sum of the regions: 1,000 km² of 1,000 km² of total land area.');
    await user.click(within(regions).getByRole('button', { name: 'Save the regions' }));
    expect(await screen.findByText('Regions saved.')).toBeTruthy();
    expect(inputsOf('baseline.saveRegions').at(-1)?.regions.map((r) => [r.name, r.areaKm2])).toEqual([
      ['Coast', 600],
      ['Highlands', 400],
    ]);
    expect(await screen.findByRole('combobox', { name: 'Transition matrix shown' })).toBeTruthy();
  });

  it("edits a cell of a region's matrix without touching the national one", async () => {
    const coastId = fakeId();
    const { user, inputsOf } = openLandCover((state) => {
      const coast = { id: coastId, name: 'Coast', areaKm2: 1000, transitionMatrix: gpgDefaultVersion(fakeId()) };
      state.baseline.regions = [coast];
      state.regionMatrixVersions = { [coast.id]: [coast.transitionMatrix] };
    });
    const matrix = await section(/^SO1-1\.T3 Land/);
    await user.selectOptions(within(matrix).getByRole('combobox', { name: 'Transition matrix shown' }), 'Coast');
    await user.click(within(matrix).getByRole('button', { name: 'Change Grasslands → Croplands: Improvement' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change the meaning of Grasslands → Croplands' });
    await user.selectOptions(within(dialog).getByLabelText('Meaning'), 'Degradation');
    await user.type(within(dialog).getByLabelText(/^Rationale/), 'Coastal sands lose their soil under maize');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await within(matrix).findByRole('button', { name: 'Change Grasslands → Croplands: Degradation' })).toBeTruthy();
    expect(inputsOf('baseline.saveTransitionCell').at(-1)).toMatchObject({ initialCode: 2, finalCode: 3, meaning: -1, regionId: coastId });
    await waitFor(() => expect(within(matrix).getAllByRole('listitem').map((item) => item.textContent.split(' · ')[0])[0]).toBe('Version 2'));

    await user.selectOptions(within(matrix).getByRole('combobox', { name: 'Transition matrix shown' }), 'National matrix');
    expect(await within(matrix).findByRole('button', { name: 'Change Grasslands → Croplands: Improvement' })).toBeTruthy();
  });

  it('reads right to left in Arabic', async () => {
    openLandCover(() => {}, 'ar');
    expect(await section(/^SO1-1\.T2 المفتاح الوطني/)).toBeTruthy();
    expect(document.documentElement.dir).toBe('rtl');
    expect(screen.getByRole('checkbox', { name: 'فئات الغطاء الأرضي السبع لاتفاقية مكافحة التصحر كافية' })).toBeTruthy();
  });
});
