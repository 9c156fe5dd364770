import type { Language } from '../../../shared/i18n/languages';

/** Each language named in itself, so a reader finds their own whatever language is showing. */
export const LANGUAGE_AUTONYMS: Record<Language, string> = {
  en: 'English',
  fr: 'Français',
  es: 'Español',
  ar: 'العربية',
  ru: 'Русский',
  zh: '中文',
};
