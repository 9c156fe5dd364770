import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createInMemoryBackend, fakeLandType, fakeWorkspace, refuse, type Handlers } from '../../test/inMemoryBackend';
import { descriptionOf, renderApp } from '../../test/renderApp';

function openLandTypes(landTypes = [fakeLandType()], handlers: Handlers = {}) {
  const fake = createInMemoryBackend({ workspace: fakeWorkspace({ landAreaKm2: 1000 }), landTypes }, handlers);
  return { ...fake, ...renderApp(fake.backend, { path: '/workspace/land-types' }) };
}

async function openAddDialog(user: ReturnType<typeof openLandTypes>['user']) {
  await user.click(await screen.findByRole('button', { name: 'Add land type' }));
  return screen.findByRole('dialog', { name: 'Add land type' });
}

describe('land type form', () => {
  it('says what is wrong next to the field while typing, with the same words as the backend', async () => {
    const { user } = openLandTypes();
    const dialog = await openAddDialog(user);
    const code = within(dialog).getByLabelText(/^Code/);

    await user.type(code, 'CL 1');
    expect(descriptionOf(code)).toContain('Use only letters, digits, dots, hyphens and underscores, without spaces.');

    await user.clear(code);
    await user.type(code, 'X'.repeat(33));
    expect(descriptionOf(code)).toContain('Enter at most 32 characters.');

    await user.clear(code);
    expect(descriptionOf(code)).toContain('This field is required.');
  });

  it('does not send an incomplete land type and marks each missing field', async () => {
    const { user, inputsOf } = openLandTypes();
    const dialog = await openAddDialog(user);
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(descriptionOf(within(dialog).getByLabelText(/^Code/))).toContain('This field is required.');
    expect(descriptionOf(within(dialog).getByLabelText(/^Name/))).toContain('This field is required.');
    expect(inputsOf('landtypes.save')).toEqual([]);
  });

  it('shows the backend refusing a duplicate code on the Code field', async () => {
    const { user } = openLandTypes([fakeLandType({ code: 'CL-1' })]);
    const dialog = await openAddDialog(user);
    await user.type(within(dialog).getByLabelText(/^Code/), 'CL-1');
    await user.type(within(dialog).getByLabelText(/^Name/), 'Another cropland');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    const code = within(dialog).getByLabelText(/^Code/);
    expect(await screen.findByText('Another land type already has this code. Choose a different code.')).toBeTruthy();
    expect(descriptionOf(code)).toContain('Another land type already has this code.');
    expect(document.activeElement).toBe(code);
    expect(descriptionOf(within(dialog).getByLabelText(/^Area/))).not.toContain('Another land type');
  });

  it('shows an area larger than the land area of the workspace on the Area field', async () => {
    const { user } = openLandTypes([]);
    const dialog = await openAddDialog(user);
    await user.type(within(dialog).getByLabelText(/^Code/), 'GL-1');
    await user.type(within(dialog).getByLabelText(/^Name/), 'Grassland');
    await user.type(within(dialog).getByLabelText(/^Area/), '5000');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await screen.findByText('This area is larger than the total land area of the workspace.');
    expect(descriptionOf(within(dialog).getByLabelText(/^Area/))).toContain('larger than the total land area');
    expect(descriptionOf(within(dialog).getByLabelText(/^Code/))).not.toContain('total land area');
  });

  it('shows the backend refusing a degraded area below the reverse measures planned on the land type, with its figures', async () => {
    // The rule lives in the backend (landtypes.save reads the worksheets); here it refuses as the backend does.
    const messageKey = 'errors:landtypes.degradedBelowReverse';
    const params = { scenario: 'Restoration push', total: 1250.5, degraded: 900 };
    const landType = fakeLandType({ code: 'GL-1', name: 'Grassland', areaKm2: 5000, degradedAreaKm2: 2000 });
    const { user, inputsOf } = openLandTypes([landType], {
      'landtypes.save': () => {
        throw refuse('validation', messageKey, [{ path: ['degradedAreaKm2'], messageKey, params }]);
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Edit land type GL-1' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit land type GL-1' });
    const degraded = within(dialog).getByLabelText(/^Degraded area/);
    await user.clear(degraded);
    await user.type(degraded, '900');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    const said =
      'The scenario “Restoration push” plans 1,250.5 km² of reverse measures on this land type, more than a degraded area of 900 km². ' +
      'Enter at least 1,250.5 km², or first lower those measures in the worksheets. Nothing was saved.';
    await screen.findByText(said);
    expect(descriptionOf(degraded)).toContain(said);
    expect(document.activeElement).toBe(degraded);
    expect(descriptionOf(within(dialog).getByLabelText(/^Area/))).not.toContain('reverse measures');
    expect(screen.getByRole('dialog', { name: 'Edit land type GL-1' })).toBeTruthy();
    expect(inputsOf('landtypes.save')).toHaveLength(1);
  });

  it('keeps the degraded area within the land type’s area while typing, then saves and lists it', async () => {
    const { user, inputsOf } = openLandTypes([]);
    const dialog = await openAddDialog(user);
    await user.type(within(dialog).getByLabelText(/^Code/), 'GL-1');
    await user.type(within(dialog).getByLabelText(/^Name/), 'Grassland');
    const degraded = within(dialog).getByLabelText(/^Degraded area/);
    expect(descriptionOf(degraded)).toContain('a reverse measure on this land type needs this figure');
    await user.type(degraded, '250');
    await user.type(within(dialog).getByLabelText(/^Area/), '200');
    expect(descriptionOf(degraded)).toContain("The degraded area cannot be larger than the land type's area.");

    await user.clear(degraded);
    await user.type(degraded, '80.5');
    expect(descriptionOf(degraded)).not.toContain('cannot be larger');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    const row = (await screen.findByRole('cell', { name: 'Grassland' })).closest('tr')!;
    expect(within(row).getByRole('cell', { name: '80.5' })).toBeTruthy();
    expect(inputsOf('landtypes.save')).toEqual([{ code: 'GL-1', name: 'Grassland', areaKm2: 200, degradedAreaKm2: 80.5 }]);
  });

  it('saves with Enter, closes the dialog and lists the new land type', async () => {
    const { user, inputsOf } = openLandTypes([]);
    const dialog = await openAddDialog(user);
    await user.type(within(dialog).getByLabelText(/^Code/), 'FL-2');
    await user.type(within(dialog).getByLabelText(/^Area/), '12.5');
    await user.type(within(dialog).getByLabelText(/^Name/), 'Forest on steep slopes{Enter}');

    expect(await screen.findByRole('cell', { name: 'Forest on steep slopes' })).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(inputsOf('landtypes.save')).toEqual([{ code: 'FL-2', name: 'Forest on steep slopes', areaKm2: 12.5 }]);
  });

  it('closes with Escape without saving', async () => {
    const { user, inputsOf } = openLandTypes();
    const dialog = await openAddDialog(user);
    await user.type(within(dialog).getByLabelText(/^Code/), 'XX');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(inputsOf('landtypes.save')).toEqual([]);
  });
});

describe('land types table', () => {
  it('explains what a land type is when there is none yet', async () => {
    openLandTypes([]);
    const emptyState = await screen.findByRole('region', { name: 'No land types yet' });
    expect(within(emptyState).getByText(/within which losses and gains are counterbalanced, like for like/)).toBeTruthy();
    expect(within(emptyState).getByRole('button', { name: 'Add land type' })).toBeTruthy();
  });

  it('deletes without asking, then brings the land type back with Undo', async () => {
    const { user, inputsOf } = openLandTypes([fakeLandType({ code: 'CL-1', name: 'Cropland' })]);
    await user.click(await screen.findByRole('button', { name: 'Delete land type CL-1' }));

    const message = await screen.findByText('Land type CL-1 deleted.');
    expect(message.closest('[role="status"]')).not.toBeNull();
    await screen.findByText('No land types yet');

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('cell', { name: 'Cropland' })).toBeTruthy();
    expect(inputsOf('landtypes.restore')).toHaveLength(1);
    expect(screen.queryByText('Land type CL-1 deleted.')).toBeNull();
  });

  it('sorts by area and tells assistive technology the order', async () => {
    const { user } = openLandTypes([
      fakeLandType({ code: 'A', name: 'Small', areaKm2: 5 }),
      fakeLandType({ code: 'B', name: 'Large', areaKm2: 500 }),
      fakeLandType({ code: 'C', name: 'Unknown size', areaKm2: null }),
    ]);
    const areaHeader = await screen.findByRole('columnheader', { name: /Area/ });
    await user.click(within(areaHeader).getByRole('button'));
    await user.click(within(areaHeader).getByRole('button'));

    expect(areaHeader.getAttribute('aria-sort')).toBe('descending');
    const names = screen.getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell')[1]?.textContent);
    expect(names).toEqual(['Large', 'Small', 'Unknown size']);
  });

  it('filters rows by what they say', async () => {
    const { user } = openLandTypes([
      fakeLandType({ code: 'CL-1', name: 'Cropland' }),
      fakeLandType({ code: 'FL-1', name: 'Forest', notes: 'Montane forest' }),
    ]);
    await user.type(await screen.findByLabelText('Filter land types'), 'montane');
    expect(screen.queryByRole('cell', { name: 'Cropland' })).toBeNull();
    expect(screen.getByRole('cell', { name: 'Forest' })).toBeTruthy();
    expect(screen.getByText('Showing 1 of 2')).toBeTruthy();
  });

  it("links each row to that land type's history", async () => {
    const landType = fakeLandType({ code: 'CL-1' });
    const { user, inputsOf } = openLandTypes([landType]);
    await user.click(await screen.findByRole('link', { name: 'History of land type CL-1' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'History' })).toBeTruthy();
    expect(inputsOf('workspace.history').at(-1)).toMatchObject({ entity: 'landtype', entityId: landType.id });
  });
});
