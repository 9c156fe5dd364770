import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Language } from '../../../shared/i18n/languages';
import { createInMemoryBackend, fakeId, fakeLandType, fakeWorkspace, settingsIn, type BackendState, type Handlers } from '../../test/inMemoryBackend';
import { emptyBaseline } from '../../test/inMemoryBaseline';
import { emptyConsultations, fakeConsultation, fakePerson } from '../../test/inMemoryConsultations';
import { emptyMaps, fakeFeatureGeometry } from '../../test/inMemoryMaps';
import { emptyTargets, fakeTarget } from '../../test/inMemoryTargets';
import { fakeScenario } from '../../test/inMemoryWorksheets';
import { renderApp } from '../../test/renderApp';
import { measure } from '../worksheets/worksheetsTestData';

const grazing = fakeLandType({ code: 'GL-1', name: 'Grazing land', areaKm2: 800 });
const restoreGrazing = fakeTarget(fakeId(), { text: 'Restore 50 km² of grazing land by 2030', landTypeIds: [grazing.id] });
const preferred = fakeScenario(fakeId(), { name: 'Restoration push', kind: 'alternative', isPreferred: true });
const terraces = measure(grazing, { scenarioId: preferred.id, description: 'Restore terraces', areaKm2: 50, targetIds: [restoreGrazing.id] });
const targetArea = fakeFeatureGeometry(fakeId(), 'target', restoreGrazing.id, {
  type: 'Polygon',
  coordinates: [[[36, 0], [36.1, 0], [36.1, 0.1], [36, 0.1], [36, 0]]],
});

/** A workspace with a baseline, a target with a linked measure and a mapped area, a preferred scenario and a held consultation. */
function filledWorkspace(): Partial<BackendState> {
  const baseline = emptyBaseline(fakeId());
  // 1,000 km² of land in 2015: 100 improved (10 %), 650 stable (65 %), 250 degraded (25 %).
  baseline.baseline = {
    ...baseline.baseline,
    landArea: [{ year: 2015, landKm2: 1000, waterKm2: 0 }],
    summaries: [{ indicator: 'sdg', periodKey: 'baseline', areas: { improvedKm2: 100, stableKm2: 650, degradedKm2: 250, noDataKm2: 0 } }],
  };
  const amina = fakePerson(fakeId(), { sex: 'female' });
  const workshop = fakeConsultation(fakeId(), { title: 'Validation workshop' });
  return {
    workspace: fakeWorkspace({ name: 'Kenya LDN 2026', countryIso3: 'KEN' }),
    landTypes: [grazing],
    scenarios: [preferred],
    measures: [terraces],
    baseline,
    targets: { ...emptyTargets(), targets: [restoreGrazing] },
    consultations: { ...emptyConsultations(), people: [amina], consultations: [workshop], attendance: [{ consultationId: workshop.id, personId: amina.id }] },
    maps: { ...emptyMaps(), geometries: [targetArea] },
  };
}

function openReport(state: Partial<BackendState>, { language = 'en', path = '/report', handlers = {} }: { language?: Language; path?: string; handlers?: Handlers } = {}) {
  const fake = createInMemoryBackend({ settings: settingsIn(language), ...state }, handlers);
  return { ...fake, ...renderApp(fake.backend, { path, language }) };
}

const section = (name: string | RegExp) => screen.findByRole('region', { name });

describe('printable national report', () => {
  it('shows every section with the workspace data, without the app frame', async () => {
    openReport(filledWorkspace());
    expect(await screen.findByRole('heading', { level: 1, name: 'National LDN target report' })).toBeTruthy();
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(screen.getByText('Kenya')).toBeTruthy();
    expect(screen.getByText('Kenya LDN 2026')).toBeTruthy();

    const baseline = await section('Baseline summary');
    expect(await within(baseline).findByText('1,000 km²')).toBeTruthy();
    const degraded = within(baseline).getByRole('row', { name: /Degraded/ });
    expect(within(degraded).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['250', '25 %']);
    expect(within(baseline).getAllByText('No figures for this period yet.')).toHaveLength(2);

    const targets = await section('LDN targets');
    expect(within(targets).getByRole('heading', { level: 3, name: restoreGrazing.text })).toBeTruthy();
    expect(within(targets).getByRole('list', { name: 'Quality rubric' })).toBeTruthy();
    expect(await within(targets).findByRole('heading', { level: 2, name: 'Quality of the targets, for the working group' })).toBeTruthy();
    expect(await within(targets).findByText('Restore terraces — Restoration push, GL-1: 50 km²')).toBeTruthy();

    const balance = await section('Neutrality balance per land type');
    expect(await within(balance).findByText(/Preferred scenario: Restoration push, as of/)).toBeTruthy();
    expect(within(balance).getByRole('img', { name: /GL-1/ })).toBeTruthy();

    const consultations = await section('Stakeholder consultations');
    const held = await within(consultations).findByRole('row', { name: /Consultations held/ });
    expect(within(held).getByRole('cell').textContent).toBe('1');

    await section('Commitments');
    const areas = await section('Target areas');
    // A still figure prints where the interactive map cannot: one shape per target polygon, with its caption.
    const figure = within(areas).getByRole('img', { name: 'Map of the target areas' });
    expect(figure.querySelectorAll('path.static-shapes__shape')).toHaveLength(1);
    expect(within(areas).getByText(/Target areas \(blue\) over the national boundary/)).toBeTruthy();
    const areaRow = await within(areas).findByRole('row', { name: new RegExp(restoreGrazing.text) });
    expect(within(areaRow).getByRole('cell').textContent).toBe(new Intl.NumberFormat('en', { maximumFractionDigits: 2 }).format(targetArea.areaKm2));
  });

  it('shows Arabic with English, each heading in both languages with its own direction', async () => {
    const { user, router } = openReport(filledWorkspace(), { language: 'ar' });
    await screen.findByRole('heading', { level: 1, name: 'التقرير الوطني عن أهداف تحييد أثر تدهور الأراضي' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'لغة ثانية' }), 'English');
    expect(router.state.location.search).toBe('?second=en');

    const title = screen.getByRole('heading', { level: 1 });
    const arabic = within(title).getByText('التقرير الوطني عن أهداف تحييد أثر تدهور الأراضي');
    const english = within(title).getByText('National LDN target report');
    expect([arabic.getAttribute('lang'), arabic.getAttribute('dir')]).toEqual(['ar', 'rtl']);
    expect([english.getAttribute('lang'), english.getAttribute('dir')]).toEqual(['en', 'ltr']);
    expect(title.closest('article')?.getAttribute('dir')).toBe('rtl');

    const baseline = await section(/ملخص خط الأساس/);
    expect(within(baseline).getByText('Baseline summary').getAttribute('dir')).toBe('ltr');
    // The consultations' own table appears once per language, each block in its direction.
    const consultations = await section(/التشاور مع أصحاب المصلحة/);
    const englishBlock = (await within(consultations).findByText('Consultations held')).closest('[lang="en"]');
    expect(englishBlock?.getAttribute('dir')).toBe('ltr');
    expect(within(consultations).getByText('Stakeholder consultations').getAttribute('lang')).toBe('en');
  });

  it('in two languages, gives every element its own id, so each heading still names its own section', async () => {
    openReport(filledWorkspace(), { language: 'ar', path: '/report?second=en' });
    // The parts reused from other features appear once per language; each copy is named by its own heading.
    const consultations = await section(/التشاور مع أصحاب المصلحة/);
    expect(await within(consultations).findByRole('region', { name: 'Stakeholder involvement for PRAIS' })).toBeTruthy();
    expect(within(consultations).getByRole('region', { name: 'مشاركة أصحاب المصلحة لأغراض نظام PRAIS' })).toBeTruthy();
    expect(await screen.findByRole('region', { name: 'National restoration total' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'المجموع الوطني للاستعادة' })).toBeTruthy();

    const ids = Array.from(document.querySelectorAll('[id]'), (element) => element.id);
    expect(ids.length).toBeGreaterThan(10);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it('says in plain words what is missing in an empty workspace', async () => {
    openReport({ workspace: fakeWorkspace() });
    expect(await within(await section('Baseline summary')).findByText(/No baseline figures have been entered or imported yet/)).toBeTruthy();
    expect(await within(await section('LDN targets')).findByText(/No LDN target has been set yet/)).toBeTruthy();
    expect(await within(await section('Neutrality balance per land type')).findByText(/No land type has been defined yet/)).toBeTruthy();
    expect(await within(await section('Stakeholder consultations')).findByText('No consultation has been recorded yet.')).toBeTruthy();
    expect(await within(await section('Target areas')).findByText('No target area has been drawn or imported yet.')).toBeTruthy();
  });

  it('in the browser, opens the print dialog (which also saves as PDF)', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const browser = openReport({ workspace: fakeWorkspace() });
    await browser.user.click(await screen.findByRole('button', { name: 'Print or save as PDF' }));
    expect(print).toHaveBeenCalledOnce();
    print.mockRestore();
  });

  it('in the desktop app, asks the shell to save the page as a PDF named after the workspace', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { user, inputsOf } = openReport(
      { mode: 'electron', workspace: fakeWorkspace({ name: 'Kenya LDN 2026' }) },
      { handlers: { 'app.printToPdf': () => ({ path: '/home/amina/Documents/Kenya LDN 2026.pdf' }) } },
    );
    await screen.findByRole('heading', { level: 1 });
    await screen.findByText('Kenya LDN 2026');
    await user.click(screen.getByRole('button', { name: 'Print or save as PDF' }));
    expect(await screen.findByText('The report was saved as /home/amina/Documents/Kenya LDN 2026.pdf.')).toBeTruthy();
    expect(inputsOf('app.printToPdf')).toEqual([
      { suggestedName: 'Kenya LDN 2026 - National LDN target report' },
    ]);
    expect(print).not.toHaveBeenCalled();
    print.mockRestore();
  });
});
