import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createInMemoryBackend, settingsIn } from '../../test/inMemoryBackend';
import { descriptionOf, renderApp } from '../../test/renderApp';

describe('member profile', () => {
  it('saves name, organisation and role, after which the welcome screen stops asking', async () => {
    const { backend, inputsOf } = createInMemoryBackend({ settings: settingsIn('en', '') });
    const { user } = renderApp(backend, { path: '/settings' });

    await user.click(await screen.findByRole('button', { name: 'Save profile' }));
    expect(descriptionOf(screen.getByLabelText(/^Your name/))).toContain('This field is required.');

    await user.type(screen.getByLabelText(/^Your name/), 'Amina Njoroge');
    await user.type(screen.getByLabelText(/^Organisation/), 'Ministry of Environment');
    await user.selectOptions(screen.getByLabelText(/^Role in the working group/), 'National focal point');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));

    expect(await screen.findByText('Profile saved.')).toBeTruthy();
    expect(inputsOf('settings.saveProfile')).toEqual([
      { name: 'Amina Njoroge', organisation: 'Ministry of Environment', role: 'focal_point' },
    ]);
    await user.click(screen.getByRole('link', { name: 'LDN Workbench' }));
    await screen.findByRole('heading', { level: 1, name: 'Welcome to LDN Workbench' });
    expect(screen.queryByRole('link', { name: 'Fill in your profile' })).toBeNull();
  });
});
