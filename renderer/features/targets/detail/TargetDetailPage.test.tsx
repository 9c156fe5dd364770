import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { TargetMeasure } from '../../../../shared/targets/schema';
import { fakeId } from '../../../test/inMemoryBackend';
import { descriptionOf } from '../../../test/renderApp';
import { grassland, openTargets, target } from '../targetsTestData';

const national = target({ text: 'Restore 9,000 ha nationally', pattern: 'restore_area', actionVerb: 'restore', targetValue: 9000, targetUnit: 'ha', indicators: ['land_cover'] });
const kitui = target({
  text: 'Restore 3,000 ha in Kitui',
  parentTargetId: national.id,
  level: 'subnational',
  pattern: 'restore_area',
  actionVerb: 'restore',
  indicators: ['land_cover'],
  targetValue: 3000,
  targetUnit: 'ha',
  targetAreaKm2: 30,
  locationName: 'Kitui County',
});

async function addLink(user: ReturnType<typeof openTargets>['user'], link: { framework: string; ref: string; relation: string; km2: string; owns?: boolean }) {
  await user.click(screen.getByRole('button', { name: 'Add link' }));
  const dialog = await screen.findByRole('dialog', { name: 'Link to another commitment' });
  await user.selectOptions(within(dialog).getByLabelText(/^Framework/), link.framework);
  await user.type(within(dialog).getByLabelText(/^Commitment/), link.ref);
  await user.selectOptions(within(dialog).getByLabelText(/^Relation/), link.relation);
  await user.type(within(dialog).getByLabelText(/^Shared area/), link.km2);
  if (link.owns) await user.click(within(dialog).getByRole('checkbox', { name: /books the shared area/ }));
  await user.click(within(dialog).getByRole('button', { name: 'Save' }));
  await screen.findByRole('rowheader', { name: link.framework });
}

describe('target detail and commitments', () => {
  it('links an NDC and a Bonn Challenge pledge with shared area, and the roll-up counts each hectare once', async () => {
    const { user } = openTargets({ path: `/targets/${kitui.id}`, targets: [national, kitui] });
    const coherent = () => screen.getByRole('listitem', { name: /^Policy-coherent/ });
    expect(within(await screen.findByRole('region', { name: /^Quality rubric/ })).getByRole('listitem', { name: /^Policy-coherent: Does not meet/ })).toBeTruthy();

    await addLink(user, { framework: 'Nationally Determined Contribution (NDC)', ref: 'NDC 2021, measure 4.2', relation: 'Overlapping area', km2: '10' });
    await addLink(user, { framework: 'Bonn Challenge', ref: 'Kenya pledge', relation: 'Same area, same action', km2: '5', owns: true });
    expect(coherent().getAttribute('aria-label')).toBe('Policy-coherent: Meets the criterion');

    await user.click(screen.getByRole('link', { name: 'All targets' }));
    await user.click(await screen.findByRole('link', { name: 'Commitments' }));
    const bonn = await screen.findByRole('region', { name: 'Bonn Challenge' });
    expect(within(bonn).getByRole('link', { name: kitui.text })).toBeTruthy();

    // 9,000 ha national; the 3,000 ha in Kitui and the 1,000 + 500 ha the commitments share are inside them.
    const rollup = screen.getByRole('region', { name: 'National restoration total' });
    expect(within(rollup).getByText('Counted once').nextElementSibling?.textContent).toBe('9,000 ha');
    expect(within(rollup).getByText('Simply added up').nextElementSibling?.textContent).toBe('13,500 ha');
    const avoided = within(rollup).getAllByRole('listitem').map((item) => item.textContent);
    expect(avoided).toEqual(
      expect.arrayContaining([
        `3,000 ha of “${kitui.text}” are already counted in its national target “${national.text}”.`,
        `1,000 ha that Nationally Determined Contribution (NDC) NDC 2021, measure 4.2 shares with “${kitui.text}” (Overlapping area) are counted once.`,
        `500 ha that Bonn Challenge Kenya pledge shares with “${kitui.text}” (Same area, same action) are counted once.`,
        'Bonn Challenge Kenya pledge: 500 ha',
        'LDN targets: 8,500 ha',
      ]),
    );
  });

  it('puts a shared area larger than the target on the Shared area field, and saves nothing', async () => {
    const { user, state } = openTargets({ path: `/targets/${kitui.id}`, targets: [national, kitui] });
    await user.click(await screen.findByRole('button', { name: 'Add link' }));
    const dialog = await screen.findByRole('dialog', { name: 'Link to another commitment' });
    await user.type(within(dialog).getByLabelText(/^Commitment/), 'NDC 2021');
    await user.type(within(dialog).getByLabelText(/^Shared area/), '45');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(descriptionOf(await within(dialog).findByLabelText(/^Shared area/))).toContain('larger than the target');
    expect(within(dialog).getByLabelText(/^Commitment/)).toHaveProperty('value', 'NDC 2021');
    expect(state.targets.links).toEqual([]);
  });

  it('deletes a measure and brings it back with Undo', async () => {
    const measure: TargetMeasure = {
      id: fakeId(),
      createdAt: '2026-03-12T14:05:00.000Z',
      updatedAt: '2026-03-12T14:05:00.000Z',
      deletedAt: null,
      targetId: kitui.id,
      measureType: 'restoration',
      description: 'Reseed degraded pasture',
      hierarchyLevel: 'reverse',
      landTypeId: grassland.id,
      expectedGainKm2: 12,
      expectedAvoidedLossKm2: null,
      effectivenessPercent: 80,
      slmTechnology: 'Rotational grazing',
      wocatReference: 'T_KEN001en',
    };
    const { user, state } = openTargets({ path: `/targets/${kitui.id}`, targets: [national, kitui] });
    state.targets.measures.push(measure);
    await user.click(await screen.findByRole('button', { name: 'Delete measure Reseed degraded pasture' }));
    expect(await screen.findByText('No measures yet.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('rowheader', { name: 'Reseed degraded pasture' })).toBeTruthy();
    expect(screen.getByRole('row', { name: /Reseed degraded pasture/ }).textContent).toContain('GL-1 · Grazing land');
  });
});
