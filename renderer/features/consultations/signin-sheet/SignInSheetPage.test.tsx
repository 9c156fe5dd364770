import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Language } from '../../../../shared/i18n/languages';
import { createInMemoryBackend, fakeWorkspace, settingsIn } from '../../../test/inMemoryBackend';
import { emptyConsultations } from '../../../test/inMemoryConsultations';
import { renderApp } from '../../../test/renderApp';
import { consultation } from '../testFixtures';

const workshop = consultation({ title: 'Atelier de validation', startDate: '2026-03-10', place: 'Thiès' });

/** The sheet's own address, in a workspace holding the workshop, with `language` saved in the settings. */
function openSheet(language: Language = 'en') {
  const fake = createInMemoryBackend({
    settings: settingsIn(language),
    workspace: fakeWorkspace(),
    consultations: { ...emptyConsultations(), consultations: [workshop] },
  });
  return renderApp(fake.backend, { path: `/consultations/${workshop.id}/sign-in-sheet`, language });
}

describe('printable sign-in sheet', () => {
  it('shows the consultation, the consent text and 25 numbered blank rows, and prints', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { user } = openSheet();
    expect(await screen.findByRole('heading', { level: 1, name: 'Atelier de validation' })).toBeTruthy();
    expect(screen.getByText('Thiès')).toBeTruthy();
    expect(screen.getByText(/By signing, I agree that my name, organisation, sex, age band and sector are recorded/)).toBeTruthy();

    const table = screen.getByRole('table', { name: 'Participants' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual([
      'No.', 'Name', 'Sex', 'Age band', 'Organisation', 'Sector', 'IPLC', 'Youth', 'Signature',
    ]);
    const rows = within(table).getAllByRole('rowheader');
    expect(rows.map((cell) => cell.textContent)).toEqual(Array.from({ length: 25 }, (_, index) => String(index + 1)));
    expect(screen.queryByRole('navigation')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledOnce();
    print.mockRestore();
  });

  it('reads right to left in Arabic, with the consent in Arabic', async () => {
    openSheet('ar');
    const heading = await screen.findByRole('heading', { level: 1, name: 'Atelier de validation' });
    const sheet = heading.closest('article')!;
    expect(sheet.getAttribute('dir')).toBe('rtl');
    expect(sheet.getAttribute('lang')).toBe('ar');
    expect(document.documentElement.getAttribute('dir')).toBe('rtl');
    expect(within(sheet).getByText(/بتوقيعي، أوافق على تسجيل اسمي/)).toBeTruthy();
    expect(within(sheet).getByRole('columnheader', { name: 'التوقيع' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'طباعة' })).toBeTruthy();
  });
});
