import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createInMemoryBackend, settingsIn } from '../../test/inMemoryBackend';
import { renderApp } from '../../test/renderApp';
import { browserLanguage } from '../i18n/preferredLanguage';

describe('language', () => {
  it('switches to Arabic right to left, and remembers the choice', async () => {
    const { backend, inputsOf } = createInMemoryBackend({ settings: settingsIn('en') });
    const { user } = renderApp(backend);
    await screen.findByRole('heading', { level: 1, name: 'Welcome to LDN Workbench' });

    await user.selectOptions(screen.getByLabelText('Language'), 'العربية');
    expect(document.documentElement.lang).toBe('ar');
    expect(document.documentElement.dir).toBe('rtl');
    expect(await screen.findByRole('heading', { level: 1, name: 'مرحبًا بك في LDN Workbench' })).toBeTruthy();
    expect(inputsOf('settings.setLanguage')).toEqual([{ language: 'ar' }]);

    await user.selectOptions(screen.getByLabelText('اللغة'), 'English');
    expect(document.documentElement.dir).toBe('ltr');
    expect(document.documentElement.lang).toBe('en');
  });

  it('offers each language under its own name', async () => {
    const { backend } = createInMemoryBackend();
    renderApp(backend);
    const options = (await screen.findByLabelText('Language')).querySelectorAll('option');
    expect([...options].map((option) => option.textContent)).toEqual(['English', 'Français', 'Español', 'العربية', 'Русский', '中文']);
  });

  it('starts in the language saved in the settings', async () => {
    const { backend } = createInMemoryBackend({ settings: settingsIn('ru') });
    renderApp(backend, { language: 'en' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Добро пожаловать в LDN Workbench' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('ru');
  });

  it("keeps the browser's language while no choice is saved", async () => {
    const { backend } = createInMemoryBackend({ settings: settingsIn(null) });
    renderApp(backend, { language: browserLanguage(['es-AR', 'en-US']) });
    expect(await screen.findByRole('heading', { level: 1, name: 'Le damos la bienvenida a LDN Workbench' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('es');
  });
});

describe('browser language', () => {
  it('takes the first language the app ships, by its primary subtag', () => {
    expect(browserLanguage(['fr-CA', 'en'])).toBe('fr');
    expect(browserLanguage(['de-DE', 'zh-Hans-CN'])).toBe('zh');
  });

  it('falls back to English', () => {
    expect(browserLanguage(['de-DE', 'pt-BR'])).toBe('en');
    expect(browserLanguage([])).toBe('en');
  });
});
