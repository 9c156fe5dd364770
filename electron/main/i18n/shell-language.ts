import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../../../shared/i18n/languages';

/**
 * The language of menus and dialogs: the one chosen in the app's settings (the answer to
 * `settings.get` or `settings.setLanguage`), else the first of the system's preferred languages
 * (BCP 47 tags such as `fr-CA`, `zh-Hans-CN`) that the app ships, else English. The renderer follows
 * the same rule, so the menus and the page speak the same language.
 */
export function shellLanguage(settings: unknown, preferredTags: readonly string[]): Language {
  const chosen = (settings as { language?: unknown } | null | undefined)?.language;
  if (isLanguage(chosen)) return chosen;
  for (const tag of preferredTags) {
    const primary = tag.split(/[-_]/)[0]?.toLowerCase();
    if (isLanguage(primary)) return primary;
  }
  return DEFAULT_LANGUAGE;
}
