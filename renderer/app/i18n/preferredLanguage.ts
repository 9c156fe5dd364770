import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../../../shared/i18n/languages';

/** The first of the browser's languages the app ships (`fr-CA` counts as `fr`), else English. */
export function browserLanguage(preferred: readonly string[] = navigator.languages): Language {
  for (const tag of preferred) {
    const primary = tag.split('-')[0]?.toLowerCase();
    if (isLanguage(primary)) return primary;
  }
  return DEFAULT_LANGUAGE;
}
