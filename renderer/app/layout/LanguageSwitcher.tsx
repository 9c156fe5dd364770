import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage, LANGUAGES } from '../../../shared/i18n/languages';
import { useSetLanguage } from '../../features/settings/settingsQueries';
import { LANGUAGE_AUTONYMS } from '../i18n/languageNames';

/** Switches at once, then remembers the choice in the app settings for the next start. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const setLanguage = useSetLanguage();
  const id = useId();
  return (
    <div className="language-switcher">
      <label htmlFor={id}>{t('language')}</label>
      <select
        id={id}
        value={i18n.language}
        onChange={(event) => {
          const language = event.target.value;
          if (!isLanguage(language)) return;
          void i18n.changeLanguage(language);
          setLanguage.mutate({ language });
        }}
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {LANGUAGE_AUTONYMS[language]}
          </option>
        ))}
      </select>
    </div>
  );
}
