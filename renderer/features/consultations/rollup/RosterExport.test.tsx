import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { consultation, openConsultations, person } from '../testFixtures';

/** The files the page hands to the browser, by name, as text. jsdom has no object URLs: they are stood in for here. */
let downloads: { name: string; text: Promise<string> }[] = [];
const jsdomUrl = { createObjectURL: Object.getOwnPropertyDescriptor(URL, 'createObjectURL'), revokeObjectURL: Object.getOwnPropertyDescriptor(URL, 'revokeObjectURL') };
beforeEach(() => {
  downloads = [];
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:${blobs.size}`;
    blobs.set(url, blob);
    return url;
  };
  URL.revokeObjectURL = () => undefined;
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, text: blobs.get(this.href)!.text() });
  });
});
afterEach(() => {
  for (const [name, descriptor] of Object.entries(jsdomUrl)) {
    if (descriptor) Object.defineProperty(URL, name, descriptor);
    else Reflect.deleteProperty(URL, name);
  }
  vi.restoreAllMocks();
});

/** A held workshop attended by a named person, an erased one and one who agreed only to be counted. */
function workshop(language: 'en' | 'fr' = 'en') {
  const amina = person({ name: 'Amina Njoroge', organisation: 'KFS', sex: 'female', sector: 'government' });
  const erased = person({ name: null, organisation: null, sex: 'male', sector: 'research', erasedAt: '2026-03-02T10:00:00.000Z' });
  const countedOnly = person({ name: 'Wanjiru Kamau', sex: 'female', sector: 'iplc', isIplc: true, consentDate: '2026-01-05', consentScope: 'counts_only' });
  const held = consultation({ title: 'Validation, Nakuru', startDate: '2026-03-10' });
  return openConsultations(
    '/consultations/participation',
    { people: [amina, erased, countedOnly], consultations: [held], attendance: [amina, erased, countedOnly].map((p) => ({ consultationId: held.id, personId: p.id })) },
    { language },
  );
}

describe('exporting the consultations', () => {
  it('exports counts only unless the user opts in, with headers in the reader’s language', async () => {
    const { user, inputsOf } = workshop();
    const panel = (await screen.findByRole('heading', { name: 'Export for sharing' })).closest('section')!;
    expect(within(panel).queryByText('This file will name people.')).toBeNull();
    await user.click(within(panel).getByRole('button', { name: 'Export the counts (CSV)' }));

    expect(await screen.findByText('Exported 1 consultation, counts only.')).toBeTruthy();
    expect(inputsOf('consultations.exportRoster').at(-1)).toMatchObject({ includeNames: false });
    expect(downloads[0]?.name).toMatch(/^ldn-consultations-counts-\d{4}-\d{2}-\d{2}\.csv$/);
    const [header, row] = (await downloads[0]!.text).replace(/^\uFEFF/, '').split('\r\n');
    expect(header).toContain('Sex: Female');
    expect(row).toMatch(/^Validation, Nakuru,2026-03-10,/);
    expect(await downloads[0]!.text).not.toMatch(/Amina|Wanjiru|KFS/);
  });

  it('warns before naming people, and never names the erased or those counted only', async () => {
    const { user, inputsOf } = workshop();
    const panel = (await screen.findByRole('heading', { name: 'Export for sharing' })).closest('section')!;
    const optIn = within(panel).getByRole('checkbox', { name: 'Include names and organisations (one row per participant)' });
    await user.click(optIn);
    const warning = within(panel).getByText('This file will name people.').closest('div')!;
    expect(optIn.getAttribute('aria-describedby')).toBe(warning.id);
    await user.click(within(panel).getByRole('button', { name: 'Export with names (CSV)' }));

    expect(await screen.findByText('Exported 3 participant rows with names.')).toBeTruthy();
    expect(inputsOf('consultations.exportRoster').at(-1)).toMatchObject({ includeNames: true });
    const text = await downloads[0]!.text;
    expect(text).toContain('Amina Njoroge,KFS');
    expect(text).toContain('[erased]');
    expect(text).toContain('(counted only, no name)');
    expect(text).not.toContain('Wanjiru');
  });

  it('writes the file in French when the app is in French', async () => {
    const { user } = workshop('fr');
    const panel = (await screen.findByRole('heading', { name: 'Exporter pour partager' })).closest('section')!;
    await user.click(within(panel).getByRole('button', { name: 'Exporter les effectifs (CSV)' }));
    await screen.findByText('1 consultation exportée, effectifs seulement.');
    expect(await downloads[0]!.text).toContain('Sexe : Femme');
  });
});
