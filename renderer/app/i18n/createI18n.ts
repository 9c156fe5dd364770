import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../shared/i18n/languages';
import { namespaces, resources } from './resources';

/** One i18next instance per app (and per test), initialised synchronously from the bundled files. */
export function createI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    ns: namespaces,
    defaultNS: 'common',
    // React escapes what it renders; escaping here too would show `&amp;` in labels.
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}
