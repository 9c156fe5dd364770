import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { refuse } from '../../../test/inMemoryBackend';
import { descriptionOf } from '../../../test/renderApp';
import { openTargets, target } from '../targetsTestData';

const stepButton = (name: RegExp) => within(screen.getByRole('navigation', { name: 'Steps of the target' })).getByRole('button', { name });
const milestones = () => screen.getByRole('group', { name: /^Milestones/ });

describe('milestones and the year achieved in the wizard', () => {
  it('adds milestone rows by keyboard, refuses one outside the period at its row, and saves them', async () => {
    const { user, inputsOf } = openTargets({ path: '/targets/new' });
    await user.click(await screen.findByRole('radio', { name: /^Achieve LDN by a target year/ }));
    await user.click(stepButton(/When$/));
    await user.type(screen.getByLabelText(/^Start year/), '2020');
    await user.type(screen.getByLabelText(/^Target year/), '2030');

    // Keyboard only: the add button opens a row and puts the focus in its year.
    within(milestones()).getByRole('button', { name: 'Add milestone' }).focus();
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(screen.getByLabelText(/^Milestone 1: year/));
    await user.keyboard('2025{Tab}400');
    await user.click(within(milestones()).getByRole('button', { name: 'Add milestone' }));
    await user.keyboard('2035{Tab}800');
    await user.click(screen.getByRole('button', { name: 'Save target' }));

    // 2035 lies after the target year: refused at the second row's year, which takes the focus.
    const secondYear = screen.getByLabelText(/^Milestone 2: year/);
    await waitFor(() => expect(document.activeElement).toBe(secondYear));
    expect(descriptionOf(secondYear)).toContain('A milestone must fall between the start (or baseline) year and the target year.');
    expect(descriptionOf(screen.getByLabelText(/^Milestone 1: year/))).not.toContain('A milestone must fall');
    expect(inputsOf('targets.save')).toEqual([]);

    await user.clear(secondYear);
    await user.type(secondYear, '2028');
    await user.click(screen.getByRole('button', { name: 'Save target' }));
    await screen.findByRole('heading', { level: 2, name: 'The target' });
    expect(inputsOf('targets.save')).toEqual([
      expect.objectContaining({ milestones: [{ year: 2025, value: 400 }, { year: 2028, value: 800 }] }),
    ]);
  });

  it('shows a milestone the backend refuses at its row, and removes a row', async () => {
    const saved = target({ startYear: 2020, targetYear: 2030, milestones: [{ year: 2022, value: 10 }, { year: 2025, value: 40 }, { year: 2028, value: 70 }] });
    const { user, inputsOf } = openTargets({
      path: `/targets/${saved.id}/edit`,
      targets: [saved],
      handlers: {
        'targets.save': () => {
          throw refuse('validation', 'errors:validation', [{ path: ['milestones', 1, 'value'], messageKey: 'errors:targets.shareAbove100' }]);
        },
      },
    });
    await user.click(await screen.findByRole('button', { name: /When$/ }));
    expect(screen.getByLabelText(/^Milestone 3: year/)).toHaveProperty('value', '2028');
    await user.click(within(milestones()).getByRole('button', { name: 'Remove milestone 1' }));
    // The first row is gone; the others move up and the focus stays in the table.
    expect(screen.getByLabelText(/^Milestone 1: year/)).toHaveProperty('value', '2025');
    expect(screen.queryByLabelText(/^Milestone 3: year/)).toBeNull();
    expect(document.activeElement).toBe(within(milestones()).getByRole('button', { name: 'Add milestone' }));

    await user.click(screen.getByRole('button', { name: 'Save target' }));
    const refusedValue = screen.getByLabelText(/^Milestone 2: value/);
    await waitFor(() => expect(document.activeElement).toBe(refusedValue));
    expect(descriptionOf(refusedValue)).toContain('A share cannot be more than 100 percent.');
    expect(screen.queryByText('The target was not saved.')).toBeNull();
    expect(inputsOf('targets.save')).toEqual([expect.objectContaining({ milestones: [{ year: 2025, value: 40 }, { year: 2028, value: 70 }] })]);
  });

  it('asks for the year achieved only once the status says achieved', async () => {
    const saved = target({ startYear: 2018, targetYear: 2030 });
    const { user, inputsOf } = openTargets({ path: `/targets/${saved.id}/edit`, targets: [saved] });
    await user.click(await screen.findByRole('button', { name: /When$/ }));
    expect(screen.queryByLabelText(/^Year achieved/)).toBeNull();
    await user.selectOptions(screen.getByLabelText(/^Status of target achievement/), 'Achieved');
    await user.type(screen.getByLabelText(/^Year achieved/), '2027');
    await user.click(screen.getByRole('button', { name: 'Save target' }));
    await screen.findByRole('heading', { level: 2, name: 'The target' });
    expect(inputsOf('targets.save')).toEqual([expect.objectContaining({ status: 'achieved', achievedYear: 2027 })]);
    expect(screen.getByText('Year achieved').nextElementSibling?.textContent).toBe('2027');
  });

  it('reads the milestones right to left in Arabic', async () => {
    const saved = target({ startYear: 2020, targetYear: 2030, milestones: [{ year: 2025, value: 40 }] });
    const { user } = openTargets({ path: `/targets/${saved.id}/edit`, targets: [saved], language: 'ar' });
    await user.click(await screen.findByRole('button', { name: /متى$/ }));
    expect(document.documentElement.dir).toBe('rtl');
    expect(screen.getByLabelText(/^المعلم المرحلي 1: السنة/)).toHaveProperty('value', '2025');
    expect(screen.getByRole('button', { name: 'إزالة المعلم المرحلي 1' })).toBeTruthy();
  });
});
