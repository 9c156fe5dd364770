import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createInMemoryBackend } from '../../test/inMemoryBackend';
import { renderApp } from '../../test/renderApp';

describe('large text for projectors', () => {
  it('scales the whole page from the root and is remembered on this machine', async () => {
    const { backend } = createInMemoryBackend();
    const { user } = renderApp(backend);
    const toggle = await screen.findByRole('button', { name: 'Large text (projector)' });
    expect(document.documentElement.dataset.textSize).toBe('normal');

    await user.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(document.documentElement.dataset.textSize).toBe('large');
    expect(JSON.parse(localStorage.getItem('ldn-workbench.display') ?? '{}')).toMatchObject({ state: { largeText: true } });

    await user.click(toggle);
    expect(document.documentElement.dataset.textSize).toBe('normal');
  });
});
