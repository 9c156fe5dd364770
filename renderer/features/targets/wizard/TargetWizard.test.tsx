import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { refuse } from '../../../test/inMemoryBackend';
import { descriptionOf } from '../../../test/renderApp';
import { criterion, grassland, openTargets, rubricPanel, target } from '../targetsTestData';

const stepButton = (name: RegExp) => within(screen.getByRole('navigation', { name: /^(Steps of the target|Étapes de la cible)$/ })).getByRole('button', { name });

describe('target wizard', () => {
  it('writes the target sentence from the pattern and the fields, in English', async () => {
    const { user, inputsOf } = openTargets({ path: '/targets/new' });
    await user.click(await screen.findByRole('radio', { name: /^Restore or rehabilitate an area/ }));
    await user.click(stepButton(/Where$/));
    await user.click(screen.getByRole('radio', { name: 'Sub-national' }));
    await user.type(screen.getByLabelText(/^Location/), 'Kitui County');
    await user.type(screen.getByLabelText(/^Total target area/), '120');
    await user.click(stepButton(/How much$/));
    // The pattern chose the unit (ha): only the value and the baseline remain.
    await user.type(screen.getByLabelText(/^Target value/), '900');
    await user.type(screen.getByLabelText(/^Baseline year/), '2015');
    await user.click(stepButton(/When$/));
    await user.type(screen.getByLabelText(/^Target year/), '2030');
    await user.click(stepButton(/Target sentence$/));

    const sentence = screen.getByLabelText(/^Target/, { selector: 'textarea' });
    expect(sentence).toHaveProperty('value', 'Restore 900 ha of degraded land in Kitui County by 2030, compared with the 2015 baseline.');
    await user.click(screen.getByRole('button', { name: 'Save target' }));
    await screen.findByRole('heading', { level: 1, name: /^Restore 900 ha/ });
    expect(inputsOf('targets.save')).toEqual([
      expect.objectContaining({ pattern: 'restore_area', actionVerb: 'restore', hierarchyTypes: ['reverse'], targetValue: 900, targetUnit: 'ha', targetAreaKm2: 120 }),
    ]);
  });

  it('writes it in French, follows the fields until edited by hand, and regenerates on request', async () => {
    const { user } = openTargets({ path: '/targets/new', language: 'fr' });
    await user.click(await screen.findByRole('radio', { name: /^Contenir les surfaces artificielles/ }));
    await user.click(stepButton(/Où$/));
    await user.click(screen.getByRole('radio', { name: 'Infranational' }));
    await user.type(screen.getByLabelText(/^Lieu/), 'Mahé');
    await user.click(stepButton(/Combien$/));
    await user.type(screen.getByLabelText(/^Valeur cible/), '56.6');
    await user.click(stepButton(/Quand$/));
    await user.type(screen.getByLabelText(/^Année cible/), '2030');
    await user.click(stepButton(/Énoncé de la cible$/));
    const sentence = screen.getByLabelText(/^Cible/, { selector: 'textarea' });
    expect(sentence).toHaveProperty('value', 'Contenir les surfaces artificielles dans la zone « Mahé » à 56,6 km² d’ici à 2030.');

    await user.type(sentence, ' Révisée en atelier.');
    await user.click(stepButton(/Quand$/));
    await user.clear(screen.getByLabelText(/^Année cible/));
    await user.type(screen.getByLabelText(/^Année cible/), '2035');
    await user.click(stepButton(/Énoncé de la cible$/));
    // Edited by hand: the sentence is the person's own and keeps 2030.
    expect(sentence).toHaveProperty('value', 'Contenir les surfaces artificielles dans la zone « Mahé » à 56,6 km² d’ici à 2030. Révisée en atelier.');
    await user.click(screen.getByRole('button', { name: 'Réécrire la phrase à partir des champs' }));
    expect(sentence).toHaveProperty('value', 'Contenir les surfaces artificielles dans la zone « Mahé » à 56,6 km² d’ici à 2035.');
  });

  it('turns a criterion from missing to met as fields are filled, and its link focuses the field', async () => {
    const { user } = openTargets({ path: '/targets/new' });
    expect(await criterion(/^Time-bound: Does not meet/)).toBeTruthy();
    expect(within(await rubricPanel()).getByText('Criteria met: 0 of 8')).toBeTruthy();

    await user.click(within(await criterion(/^Time-bound/)).getByRole('button', { name: 'Go to “Target year”' }));
    const targetYear = screen.getByLabelText(/^Target year/);
    expect(document.activeElement).toBe(targetYear);
    await user.type(targetYear, '2030');
    expect(await criterion(/^Time-bound: Partly meets/)).toBeTruthy();

    await user.click(within(await criterion(/^Time-bound/)).getByRole('button', { name: 'Go to “Start year”' }));
    expect(document.activeElement).toBe(screen.getByLabelText(/^Start year/));
    await user.keyboard('2025');
    expect(await criterion(/^Time-bound: Meets/)).toBeTruthy();

    // A set of checkboxes: the link lands on the first box of the group.
    await user.click(within(await criterion(/^Gender-responsive/)).getByRole('button', { name: 'Go to “Gender Action Plan priority areas”' }));
    expect(document.activeElement).toBe(screen.getByRole('checkbox', { name: 'Participation in decision-making' }));
    expect(within(await rubricPanel()).getByText('Criteria met: 1 of 8')).toBeTruthy();
  });

  it('keeps every value after a refusal and shows the message at the field it is about', async () => {
    const { user } = openTargets({
      path: '/targets/new',
      handlers: {
        'targets.save': () => {
          throw refuse('not_found', 'errors:targets.landTypeNotFound', [{ path: ['landTypeIds', 0], messageKey: 'errors:targets.landTypeNotFound' }]);
        },
      },
    });
    await user.click(await screen.findByRole('radio', { name: /^Achieve LDN by a target year/ }));
    await user.click(stepButton(/Where$/));
    await user.click(screen.getByRole('checkbox', { name: `${grassland.code} · ${grassland.name}` }));
    await user.click(stepButton(/When$/));
    await user.type(screen.getByLabelText(/^Target year/), '2030');
    await user.click(screen.getByRole('button', { name: 'Save target' }));

    // Back on the step of the refused field, its first box focused, the message beside it.
    const landTypes = await screen.findByRole('group', { name: /^Land types/ });
    await waitFor(() => expect(document.activeElement).toBe(within(landTypes).getByRole('checkbox', { name: /GL-1/ })));
    expect(descriptionOf(landTypes)).toContain('This land type no longer exists');
    expect(within(landTypes).getByRole('checkbox', { name: /GL-1/ })).toHaveProperty('checked', true);
    await user.click(stepButton(/When$/));
    expect(screen.getByLabelText(/^Target year/)).toHaveProperty('value', '2030');
    await user.click(stepButton(/Target sentence$/));
    expect(screen.getByLabelText(/^Target/, { selector: 'textarea' })).toHaveProperty('value', 'Achieve land degradation neutrality at national level by 2030.');
  });

  it('asks for a revision note before saving a target that came from an earlier report', async () => {
    const prefilled = target({ text: 'Achieve LDN by 2030', provenance: 'prais4_2022' });
    const { user, inputsOf } = openTargets({ path: `/targets/${prefilled.id}/edit`, targets: [prefilled] });
    await user.click(await screen.findByRole('button', { name: 'Save target' }));
    const note = await screen.findByLabelText(/^Revision note/);
    await waitFor(() => expect(document.activeElement).toBe(note));
    expect(descriptionOf(note)).toContain('This target comes from an earlier report');
    expect(inputsOf('targets.save')).toEqual([]);

    await user.type(note, 'Target year moved from 2030 to 2035 by the working group.');
    await user.click(screen.getByRole('button', { name: 'Save target' }));
    await screen.findByRole('heading', { level: 2, name: 'The target' });
    expect(inputsOf('targets.save')).toEqual([expect.objectContaining({ id: prefilled.id, provenance: 'prais4_2022', revisionNote: 'Target year moved from 2030 to 2035 by the working group.' })]);
  });
});
