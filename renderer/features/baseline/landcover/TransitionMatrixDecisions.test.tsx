import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Decision } from '../../../../shared/consultations/outcomes';
import { fakeId } from '../../../test/inMemoryBackend';
import { consultation, openConsultations } from '../../consultations/testFixtures';

const AT = '2026-02-03T09:00:00.000Z';
const decision = (consultationId: string, text: string, subjectId: string | null, dissent: string | null = null): Decision => ({
  id: fakeId(),
  createdAt: AT,
  updatedAt: AT,
  deletedAt: null,
  consultationId,
  text,
  dissent,
  subjectType: subjectId === null ? null : 'transition_matrix_cell',
  subjectId,
});

describe('decisions behind the transition matrix', () => {
  it('lists the decisions on matrix cells under SO1-1.T3, cell by cell in matrix order, each with its consultation', async () => {
    const workshop = consultation({ title: 'Matrix validation', startDate: '2026-02-03' });
    openConsultations('/baseline/land-cover', {
      consultations: [workshop],
      decisions: [
        decision(workshop.id, 'Drained wetland to cropland is degradation', 'national:4:3', 'The irrigation board disagreed'),
        decision(workshop.id, 'Cropland back to grassland is improvement', 'national:3:2'),
        decision(workshop.id, 'Keep the GPG default otherwise', null),
      ],
    });
    const panel = (await screen.findByRole('heading', { name: 'Consultation decisions on the transition matrix' })).closest('section')!;
    const cells = await within(panel).findAllByRole('term');
    expect(cells.map((cell) => cell.textContent)).toEqual(['Croplands to Grasslands', 'Wetlands to Croplands']);
    const wetland = within(panel).getByText(/Drained wetland to cropland is degradation/);
    expect(wetland.textContent).toContain('Dissent: The irrigation board disagreed');
    expect(within(wetland).getByRole('link', { name: 'Matrix validation' }).getAttribute('href')).toBe(`/consultations/${workshop.id}`);
    expect(within(panel).queryByText(/Keep the GPG default otherwise/)).toBeNull();
  });

  it('says how to link one when no decision names a cell', async () => {
    openConsultations('/baseline/land-cover');
    expect(await screen.findByText(/No consultation decision is linked to a cell of a transition matrix yet/)).toBeTruthy();
  });
});
