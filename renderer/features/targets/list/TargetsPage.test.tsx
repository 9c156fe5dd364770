import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { openTargets, target } from '../targetsTestData';

const national = target({ text: 'Achieve LDN by 2030 compared with 2015', status: 'ongoing', hierarchyTypes: ['avoid', 'reduce', 'reverse'], startYear: 2020 });
const kitui = target({
  text: 'Restore 9,000 ha of degraded pasture',
  parentTargetId: national.id,
  level: 'subnational',
  locationName: 'Kitui County',
  status: 'ongoing',
  hierarchyTypes: ['reverse'],
  targetYear: 2028,
});
const wetlands = target({ text: 'Halt the conversion of wetlands', status: 'achieved', hierarchyTypes: ['avoid'], targetYear: 2025 });

/** The target texts of the table's rows, top to bottom. */
const rowTexts = async (caption = 'LDN targets') => {
  const table = await screen.findByRole('table', { name: caption });
  return within(table)
    .getAllByRole('rowheader')
    .map((cell) => within(cell).getByRole('link').textContent);
};

describe('target list', () => {
  it('shows each sub-target right under its national target, with its rubric badges', async () => {
    openTargets({ targets: [wetlands, kitui, national] });
    // Sorted by target year, except that the 2028 sub-target stays under its 2030 national target.
    expect(await rowTexts()).toEqual([wetlands.text, national.text, kitui.text]);
    const kituiRow = screen.getByRole('row', { name: /Restore 9,000 ha/ });
    expect(kituiRow.className).toContain('targets-table__sub');
    expect(within(kituiRow).getByText(`Sub-target of: ${national.text}`)).toBeTruthy();
    expect(within(kituiRow).getByRole('list', { name: 'Quality rubric' }).children).toHaveLength(8);
    // The start year makes the national target time-bound; the others miss their start year.
    const nationalRow = screen.getByRole('row', { name: /^Achieve LDN/ });
    expect(within(nationalRow).getByText('Time-bound: Meets the criterion')).toBeTruthy();
    expect(within(kituiRow).getByText('Time-bound: Partly meets the criterion')).toBeTruthy();
  });

  it('filters by status, level, response hierarchy and criterion, and searches text and location', async () => {
    const { user } = openTargets({ targets: [national, kitui, wetlands] });
    await screen.findByRole('table', { name: 'LDN targets' });

    await user.selectOptions(screen.getByLabelText('Status'), 'Achieved');
    expect(await rowTexts()).toEqual([wetlands.text]);
    await user.selectOptions(screen.getByLabelText('Status'), 'All');

    await user.selectOptions(screen.getByLabelText('Level'), 'Sub-national');
    expect(await rowTexts()).toEqual([kitui.text]);
    await user.selectOptions(screen.getByLabelText('Level'), 'All');

    await user.selectOptions(screen.getByLabelText('Response hierarchy'), 'Reverse');
    expect(await rowTexts()).toEqual([national.text, kitui.text]);
    await user.selectOptions(screen.getByLabelText('Response hierarchy'), 'All');

    await user.selectOptions(screen.getByLabelText('Quality criterion'), 'Time-bound');
    await user.selectOptions(screen.getByLabelText('Targets that'), 'meet it');
    expect(await rowTexts()).toEqual([national.text]);
    await user.selectOptions(screen.getByLabelText('Targets that'), 'do not meet it yet');
    expect(await rowTexts()).toEqual([wetlands.text, kitui.text]);
    await user.selectOptions(screen.getByLabelText('Quality criterion'), 'All');

    // The location is searched too, whatever the case.
    await user.type(screen.getByLabelText('Search in the targets and their locations'), 'KITUI');
    expect(await rowTexts()).toEqual([kitui.text]);
    expect(screen.getByText('Targets shown: 1 of 3')).toBeTruthy();
  });

  it('gives the working group the number of targets meeting each criterion', async () => {
    openTargets({ targets: [national, kitui, wetlands] });
    const summary = await screen.findByRole('region', { name: 'Quality of the targets, for the working group' });
    const timeBound = await within(summary).findByRole('row', { name: /^Time-bound/ });
    expect(within(timeBound).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['1 of 3', '2', '0']);
  });

  it('reads right to left in Arabic and finds a target typed without its short vowels', async () => {
    const arabic = target({ text: 'وَقْف تحويل الأراضي الرطبة', locationName: 'بحيرة' });
    const { user } = openTargets({ targets: [arabic, wetlands], language: 'ar' });
    expect(await screen.findByRole('heading', { level: 1, name: 'أهداف تحييد أثر تدهور الأراضي' })).toBeTruthy();
    expect(document.documentElement.dir).toBe('rtl');
    await user.type(await screen.findByLabelText('البحث في الأهداف ومواقعها'), 'وقف');
    expect(await rowTexts('أهداف تحييد أثر تدهور الأراضي')).toEqual([arabic.text]);
  });
});
