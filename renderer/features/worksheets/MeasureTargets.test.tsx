import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { target } from '../targets/targetsTestData';
import { cropland, openWorksheets, worksheetOf } from './worksheetsTestData';

const ldn = target({ text: 'Achieve LDN by 2030 compared to the 2015 baseline' });
const terraces = target({ text: 'Rehabilitate 200 km² of terraced cropland by 2030' });

describe('linked targets of a measure', () => {
  it('links a target picked in the measure form and shows its text with the measure', async () => {
    const { user, inputsOf } = openWorksheets({ landTypes: [cropland], targets: [ldn, terraces] });
    const sheet = await worksheetOf('CL-1', 'Cropland');

    await user.click(within(sheet).getByRole('button', { name: 'Add reverse measure' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reverse: add measure to CL-1' });
    await user.type(within(dialog).getByLabelText(/^Description/), 'Rehabilitate gullies');
    await user.type(within(dialog).getByLabelText(/^Area/), '40');
    await user.type(within(dialog).getByLabelText(/^Start year/), '2026');
    await user.type(within(dialog).getByLabelText(/^End year/), '2027');
    const linked = within(dialog).getByRole('group', { name: 'Linked LDN targets' });
    await user.click(within(linked).getByRole('checkbox', { name: terraces.text }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    const row = (await within(sheet).findByText('Rehabilitate gullies')).closest('tr')!;
    expect(within(row).getByText(terraces.text)).toBeTruthy();
    expect(within(row).queryByText(ldn.text)).toBeNull();
    expect(inputsOf('worksheets.saveMeasure')).toEqual([expect.objectContaining({ targetIds: [terraces.id] })]);
  });
});
