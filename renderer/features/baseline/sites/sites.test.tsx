import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { HotBrightSpot } from '../../../../shared/baseline/sites';
import type { Language } from '../../../../shared/i18n/languages';
import { createInMemoryBackend, fakeId, fakeWorkspace, settingsIn } from '../../../test/inMemoryBackend';
import { emptyBaseline } from '../../../test/inMemoryBaseline';
import { renderApp } from '../../../test/renderApp';

const SDG = '/baseline/sdg-15-3-1';

function openScreen(path: string, setup: (state: ReturnType<typeof emptyBaseline>) => void = () => {}, language: Language = 'en') {
  const baseline = emptyBaseline(fakeId());
  setup(baseline);
  const fake = createInMemoryBackend({ settings: settingsIn(language), workspace: fakeWorkspace({ landAreaKm2: 1000 }), baseline });
  return { ...fake, ...renderApp(fake.backend, { path, language }) };
}

/** A table's section (its scroll box inside carries the same name and comes second). */
const section = async (id: string) => (await screen.findAllByRole('region', { name: new RegExp(`^${id.replace('.', '\\.')} `) }, { timeout: 5_000 }))[0]!;

const spot = (kind: HotBrightSpot['kind'], name: string): HotBrightSpot => ({
  id: fakeId(),
  kind,
  name,
  areaKm2: 42,
  assessmentProcess: null,
  driversProcesses: 'Overgrazing',
  actionsTaken: null,
  actionsPlanned: null,
  story: null,
  updatedAt: '2026-03-12T14:05:00.000Z',
});

describe('baseline sites and processes', () => {
  it('adds a hotspot in a dialog and shows it in SO1-4.T4 only', async () => {
    const { user, inputsOf } = openScreen(SDG);
    const hotspots = await section('SO1-4.T4');
    expect(within(hotspots).getByRole('heading').textContent).toBe('SO1-4.T4 Hotspots');
    await user.click(within(hotspots).getByRole('button', { name: 'Add a row to SO1-4.T4 Hotspots' }));

    const dialog = await screen.findByRole('dialog', { name: 'Add a hotspot' });
    await user.type(within(dialog).getByLabelText(/^Location/), 'Lake Baringo catchment');
    await user.type(within(dialog).getByLabelText(/^Area/), '420.5');
    await user.type(within(dialog).getByLabelText('Drivers and processes'), 'Overgrazing');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    const row = await within(hotspots).findByRole('row', { name: /^Lake Baringo catchment/ });
    expect(within(row).getAllByRole('cell').map((c) => c.textContent).slice(0, 2)).toEqual(['420.5', 'Overgrazing']);
    expect(within(await section('SO1-4.T5')).getByText('No rows yet.')).toBeTruthy();
    expect(inputsOf('baseline.saveHotBrightSpot')).toEqual([expect.objectContaining({ kind: 'hotspot', name: 'Lake Baringo catchment', areaKm2: 420.5 })]);
  });

  it('shows the refusal of an area above the land area next to the area field, and keeps the dialog open', async () => {
    const { user } = openScreen(SDG);
    await user.click(within(await section('SO1-4.T3')).getByRole('button', { name: /^Add a row/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a false positive or false negative' });
    await user.type(within(dialog).getByLabelText(/^Location or site name/), 'Tana floodplain');
    await user.selectOptions(within(dialog).getByLabelText(/^Type/), 'False negative');
    await user.type(within(dialog).getByLabelText(/^Area/), '1000.5');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    const area = within(dialog).getByLabelText(/^Area/);
    expect(await within(dialog).findByText('This area is larger than the total land area of 1,000 km².')).toBeTruthy();
    expect(area.getAttribute('aria-invalid')).toBe('true');
    // A start year before 1900 is refused as it is typed, before anything is sent.
    await user.type(within(dialog).getByLabelText('Year the process started'), '1850');
    expect(await within(dialog).findByText('Enter the year the process started: 1900 or later, and not after the current year.')).toBeTruthy();
  });

  it('deletes a brightspot without asking and brings it back with Undo', async () => {
    const { user, inputsOf } = openScreen(SDG, (state) => {
      state.sites.hotBrightSpots = [spot('brightspot', 'Machakos terraces')];
    });
    const brightspots = await section('SO1-4.T5');
    await user.click(await within(brightspots).findByRole('button', { name: 'Delete Machakos terraces' }));
    expect(await screen.findByText('Machakos terraces deleted.')).toBeTruthy();
    expect(await within(brightspots).findByText('No rows yet.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await within(brightspots).findByRole('row', { name: /^Machakos terraces/ })).toBeTruthy();
    expect(inputsOf('baseline.restoreSite')).toEqual([{ table: 'hot_bright_spot', id: expect.any(String) as unknown }]);
  });

  it('ticks key degradation processes with their classes, and asks for the title of "Other"', async () => {
    const { user, inputsOf } = openScreen('/baseline/land-cover');
    const processes = await section('SO1-1.T1');
    const deforestation = await within(processes).findByRole('checkbox', { name: 'Deforestation' }, { timeout: 5_000 });
    expect(deforestation.getAttribute('aria-describedby')).toBeTruthy();
    expect(within(processes).getByText('Tree-covered areas → grasslands, croplands, artificial areas')).toBeTruthy();
    await user.click(deforestation);
    await user.click(within(processes).getByRole('checkbox', { name: 'Other' }));
    await user.click(within(processes).getByRole('button', { name: 'Save processes' }));
    expect(await within(processes).findByText('Give the other process a title.')).toBeTruthy();
    expect(inputsOf('baseline.saveProcesses')).toEqual([]);

    await user.type(within(processes).getByLabelText(/^Title of the other process/), 'Salinisation');
    await user.click(within(processes).getByRole('button', { name: 'Save processes' }));
    expect(await screen.findByText('Key degradation processes saved.')).toBeTruthy();
    expect(inputsOf('baseline.saveProcesses')).toEqual([{ codes: ['deforestation', 'other'], otherTitle: 'Salinisation' }]);
  });

  it('reads right to left in Arabic with the glossary terms', async () => {
    openScreen(SDG, (state) => {
      state.sites.hotBrightSpots = [spot('hotspot', 'حوض بحيرة بارينغو')];
    }, 'ar');
    const hotspots = await section('SO1-4.T4');
    expect(document.documentElement.dir).toBe('rtl');
    expect(within(hotspots).getByRole('heading').textContent).toBe('SO1-4.T4 المناطق الشديدة التأثر');
    expect(within(hotspots).getByRole('row', { name: /^حوض بحيرة بارينغو/ })).toBeTruthy();
    expect(within(await section('SO1-4.T3')).getByRole('heading').textContent).toBe('SO1-4.T3 الإيجابيات الزائفة والسلبيات الزائفة');
  });
});
