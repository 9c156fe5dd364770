import { describe, expect, it } from 'vitest';
import { shellLanguage } from './shell-language';

const settings = (language: unknown) => ({ language, profile: {}, deviceId: 'd' });

describe('shellLanguage', () => {
  it('follows the language chosen in the settings', () => {
    expect(shellLanguage(settings('ar'), ['en-US'])).toBe('ar');
  });

  it('follows the system while no language is chosen, whatever the region or script', () => {
    expect(shellLanguage(settings(null), ['fr-CA', 'en-US'])).toBe('fr');
    expect(shellLanguage(settings(null), ['de-DE', 'es-419', 'en'])).toBe('es');
    expect(shellLanguage(null, ['zh-Hans-CN'])).toBe('zh');
    expect(shellLanguage(undefined, ['RU_ru'])).toBe('ru');
  });

  it('ignores a language the app does not ship, in the settings or the system', () => {
    expect(shellLanguage(settings('de'), ['pt-BR', 'ar-JO'])).toBe('ar');
  });

  it('falls back to English', () => {
    expect(shellLanguage(settings(null), ['de-DE', 'pt-BR'])).toBe('en');
    expect(shellLanguage('not settings', [])).toBe('en');
  });
});
