import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ValidationIssue } from '../../../shared/reporting/validate-schema';
import { createInMemoryBackend, fakeWorkspace, settingsIn, type Handlers } from '../../test/inMemoryBackend';
import { renderApp } from '../../test/renderApp';

const TARGET_ID = '01890000-0000-7000-8000-0000000000aa';

const regionsDoNotAddUp: ValidationIssue = {
  rule: 'regionAreas',
  severity: 'error',
  messageKey: 'errors:baseline.regions.areaSum',
  params: { sum: 1000, expected: 800 },
  location: { section: 'regions', route: '/baseline/land-cover', entity: 'transition_region', field: 'regions' },
};
const lpdTooLarge: ValidationIssue = {
  rule: 'areaExceedsLandArea',
  severity: 'error',
  messageKey: 'reporting:issue.areaExceedsLandAreaPeriod',
  params: { table: 'SO1-2.T2', period: 'report_1', totalKm2: 1250.5, maxKm2: 1000 },
  location: { section: 'baseline', route: '/baseline/productivity', entity: 'SO1-2.T2', field: 'report_1' },
};
const noGeometry: ValidationIssue = {
  rule: 'subnationalTargetWithoutGeometry',
  severity: 'warning',
  messageKey: 'reporting:issue.subnationalTargetWithoutGeometry',
  params: { target: 'Restore the Mau forest' },
  location: { section: 'targets', route: `/targets/${TARGET_ID}`, entity: 'target', id: TARGET_ID, field: 'geometry' },
};

function renderChecklist(reporting: { errors: ValidationIssue[]; warnings: ValidationIssue[] }, language: 'en' | 'ar' = 'en', handlers: Handlers = {}) {
  const memory = createInMemoryBackend({ settings: settingsIn(language), workspace: fakeWorkspace({ path: '/home/amina/LDN/kenya.ldnw' }), reporting }, handlers);
  return { ...memory, ...renderApp(memory.backend, { path: '/reporting', language }) };
}

describe('reporting checklist', () => {
  it('lists errors before warnings, grouped by section in checklist order, each in plain words', async () => {
    renderChecklist({ errors: [regionsDoNotAddUp, lpdTooLarge], warnings: [noGeometry] });
    const errors = await screen.findByRole('region', { name: /Errors/ });
    const warnings = screen.getByRole('region', { name: /Warnings/ });
    expect(errors.compareDocumentPosition(warnings) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // Baseline tables come before regions whatever order the issues arrive in.
    expect(within(errors).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Baseline tables', 'Regions with their own transition matrix']);
    expect(within(errors).getByRole('heading', { level: 2 }).textContent).toBe('Errors (2)');
    expect(screen.getByText(/^2 errors · 1 warning · Last checked /).getAttribute('role')).toBe('status');
    expect(
      within(errors)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'SO1-2.T2 (Reporting period 2016–2019) adds up to 1,250.5 km², more than the total country area of 1,000 km².',
      'The regions add up to 1,000 km², but the total land area is 800 km². Their areas must add up to it (within 0.5 %).',
    ]);
  });

  it('links each issue to the screen that fixes it', async () => {
    const { user, router } = renderChecklist({ errors: [lpdTooLarge], warnings: [noGeometry] });
    const links = await screen.findAllByRole('link', { name: /SO1-2.T2|Mau forest/ });
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['/baseline/productivity', `/targets/${TARGET_ID}`]);
    await user.click(links[0]!);
    expect(router.state.location.pathname).toBe('/baseline/productivity');
  });

  it('keeps "Export package" disabled while there are errors, and says why', async () => {
    renderChecklist({ errors: [regionsDoNotAddUp], warnings: [] });
    await screen.findByRole('region', { name: /Errors/ });
    const exportButton = screen.getByRole('button', { name: 'Export package' });
    expect((exportButton as HTMLButtonElement).disabled).toBe(true);
    expect(exportButton.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(exportButton.getAttribute('aria-describedby')!)?.textContent).toBe('Fix the errors above to export the package.');
  });

  it('with warnings only, exports the package next to the workspace file and says where it went', async () => {
    const saved = '/home/amina/LDN/KEN_LDN_2026_20260312T140500Z.zip';
    // The package itself is helper code of the real backend; here only its answer matters.
    const exportPackage = (() => ({ path: saved, manifest: {} })) as unknown as NonNullable<Handlers['reporting.exportPackage']>;
    const { user, inputsOf } = renderChecklist({ errors: [], warnings: [noGeometry] }, 'en', { 'reporting.exportPackage': exportPackage });
    await screen.findByText((_, element) => element?.tagName === 'P' && element.textContent === 'The package is saved in the workspace folder: /home/amina/LDN');
    const exportButton = screen.getByRole('button', { name: 'Export package' });
    expect((exportButton as HTMLButtonElement).disabled).toBe(false);
    await user.click(exportButton);
    expect(inputsOf('reporting.exportPackage')).toEqual([{ outDir: '/home/amina/LDN' }]);
    expect(await screen.findByText((_, element) => element?.getAttribute('role') === 'status' && element.textContent === `Package saved: ${saved}`)).toBeTruthy();
  });

  it('says so when nothing is wrong, and shows a fixed problem gone after "Check again"', async () => {
    const { user, state } = renderChecklist({ errors: [regionsDoNotAddUp], warnings: [] });
    await screen.findByRole('region', { name: /Errors/ });
    state.reporting = { errors: [], warnings: [] };
    await user.click(screen.getByRole('button', { name: 'Check again' }));
    expect(await screen.findByRole('heading', { name: 'No problems found' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: /Errors/ })).toBeNull();
  });

  it('reads in Arabic, the period named in Arabic too', async () => {
    renderChecklist({ errors: [lpdTooLarge], warnings: [] }, 'ar');
    const errors = await screen.findByRole('region', { name: /الأخطاء/ });
    const link = within(errors).getByRole('link');
    expect(link.textContent).toContain('SO1-2.T2');
    expect(link.textContent).toContain('فترة');
    expect(link.textContent).not.toContain('report_1');
    expect(link.textContent).not.toContain('$t(');
    expect(within(errors).getByRole('heading', { level: 2 }).textContent).toBe(`الأخطاء (${new Intl.NumberFormat('ar').format(1)})`);
  });
});
