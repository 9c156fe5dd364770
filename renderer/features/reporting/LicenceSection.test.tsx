import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { UslLicence } from '../../../shared/reporting/licence-schema';
import type { ValidationIssue } from '../../../shared/reporting/validate-schema';
import { createInMemoryBackend, fakeWorkspace, settingsIn } from '../../test/inMemoryBackend';
import { descriptionOf, renderApp } from '../../test/renderApp';

const LICENCE_ID = '01890000-0000-7000-8000-0000000000bb';

const shareAlike: UslLicence = { id: LICENCE_ID, licence: 'CC-BY-SA-4.0', customLicenceText: null, aggregationPermission: false, updatedAt: '2026-03-12T14:05:00.000Z' };
const permissionMissing: ValidationIssue = {
  rule: 'licenceAggregationPermission',
  severity: 'warning',
  messageKey: 'reporting:issue.licenceAggregationPermission',
  params: { licence: 'CC-BY-SA-4.0' },
  location: { section: 'licence', route: '/reporting/licence', entity: 'usl_licence', id: LICENCE_ID, field: 'aggregationPermission' },
};

function renderLicence({ licence = null, warnings = [], path = '/reporting', language = 'en' }: { licence?: UslLicence | null; warnings?: ValidationIssue[]; path?: string; language?: 'en' | 'ar' } = {}) {
  const memory = createInMemoryBackend({ settings: settingsIn(language), workspace: fakeWorkspace(), reporting: { errors: [], warnings, licence } });
  return { ...memory, ...renderApp(memory.backend, { path, language }) };
}

const licenceSection = () => screen.findByRole('region', { name: 'Licence for PRAIS' });

describe('Licence for PRAIS (User Specific Licence)', () => {
  it('says PRAIS applies CC BY-NC 4.0 until a licence is chosen, then saves the choice and says what the package will state', async () => {
    const { user, inputsOf } = renderLicence();
    const section = await licenceSection();
    expect(await within(section).findByText('No licence chosen yet: the package will state CC-BY-NC-4.0, the licence PRAIS applies by default.')).toBeTruthy();
    const ccBy = within(section).getByRole('radio', { name: 'CC-BY-4.0' });
    expect(descriptionOf(ccBy)).toBe('Anyone may use the data for any purpose if they credit your country. Recommended.');
    // Custom text is asked for only with a custom licence.
    expect(within(section).queryByRole('textbox', { name: /Text of the licence/ })).toBeNull();

    await user.click(ccBy);
    await user.click(within(section).getByRole('button', { name: 'Save licence' }));
    expect(inputsOf('reporting.saveLicence')).toEqual([{ licence: 'CC-BY-4.0', aggregationPermission: false }]);
    expect(await within(section).findByText('The package will state this licence: CC-BY-4.0.')).toBeTruthy();
    expect(await screen.findByText('Licence saved: CC-BY-4.0.')).toBeTruthy();
  });

  it('refuses to save without a choice, saying so at the licence group', async () => {
    const { user, inputsOf } = renderLicence();
    const section = await licenceSection();
    await user.click(await within(section).findByRole('button', { name: 'Save licence' }));
    const group = within(section).getByRole('group', { name: 'Licence of the report\'s data' });
    expect(descriptionOf(group)).toBe('Choose one of the licences.');
    const first = within(section).getByRole('radio', { name: 'CC0-1.0' });
    expect(document.activeElement).toBe(first);
    expect(descriptionOf(first)).toContain('Choose one of the licences.');
    expect(inputsOf('reporting.saveLicence')).toEqual([]);
  });

  it('asks for the text of a custom licence at its field, and saves it with the permission to aggregate', async () => {
    const { user, inputsOf, state } = renderLicence();
    const section = await licenceSection();
    await user.click(await within(section).findByRole('radio', { name: 'Custom licence' }));
    await user.click(within(section).getByRole('button', { name: 'Save licence' }));
    const text = within(section).getByRole('textbox', { name: /Text of the licence/ });
    expect(text.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(text)).toContain('Give the text of your custom licence.');
    expect(inputsOf('reporting.saveLicence')).toEqual([]);

    await user.type(text, 'Open Government Licence – Kenya');
    await user.click(within(section).getByRole('checkbox', { name: 'PRAIS may aggregate our data into regional and global figures' }));
    await user.click(within(section).getByRole('button', { name: 'Save licence' }));
    expect(inputsOf('reporting.saveLicence')).toEqual([{ licence: 'custom', customLicenceText: 'Open Government Licence – Kenya', aggregationPermission: true }]);
    expect(await within(section).findByText('The package will state this licence: Custom licence.')).toBeTruthy();
    expect(state.reporting.licence).toMatchObject({ licence: 'custom', aggregationPermission: true });
  });

  it('is reached from the checklist\'s permission warning, focused, and shows the saved choice', async () => {
    const { user, router } = renderLicence({ licence: shareAlike, warnings: [permissionMissing] });
    const link = await screen.findByRole('link', { name: /The licence CC-BY-SA-4\.0 is a ShareAlike licence/ });
    await user.click(link);
    expect(router.state.location.pathname).toBe('/reporting/licence');
    const heading = screen.getByRole('heading', { name: 'Licence for PRAIS', level: 2 });
    expect(document.activeElement).toBe(heading);
    const section = await licenceSection();
    expect(within(section).getByRole<HTMLInputElement>('radio', { name: 'CC-BY-SA-4.0' }).checked).toBe(true);
    expect(within(section).getByRole<HTMLInputElement>('checkbox', { name: /PRAIS may aggregate/ }).checked).toBe(false);
  });

  it('chooses with the keyboard alone', async () => {
    const { user, inputsOf } = renderLicence({ licence: shareAlike });
    const section = await licenceSection();
    // Arrow keys move within the group natively; Space picks the focused option.
    (await within(section).findByRole('radio', { name: 'CC-BY-NC-4.0' })).focus();
    await user.keyboard(' ');
    await user.tab();
    expect(document.activeElement).toBe(within(section).getByRole('checkbox', { name: /PRAIS may aggregate/ }));
    await user.keyboard(' ');
    await user.tab();
    expect(document.activeElement).toBe(within(section).getByRole('button', { name: 'Save licence' }));
    await user.keyboard('{Enter}');
    expect(inputsOf('reporting.saveLicence')).toEqual([{ licence: 'CC-BY-NC-4.0', aggregationPermission: true }]);
  });

  it('reads in Arabic, licence codes kept as they are', async () => {
    renderLicence({ language: 'ar' });
    const section = await screen.findByRole('region', { name: 'ترخيص البيانات في PRAIS' });
    expect(await within(section).findByRole('radio', { name: 'CC-BY-4.0' })).toBeTruthy();
    expect(within(section).getByRole('radio', { name: 'ترخيص مخصص' })).toBeTruthy();
    expect(await within(section).findByText(/لم يُختر أي ترخيص بعد/)).toBeTruthy();
  });
});
