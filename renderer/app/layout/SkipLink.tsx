import { useTranslation } from 'react-i18next';

export const MAIN_ID = 'main';

/** Focuses <main> directly: a plain `#main` link would be read as a route by the hash router. */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a
      className="skip-link"
      href={`#${MAIN_ID}`}
      onClick={(event) => {
        event.preventDefault();
        document.getElementById(MAIN_ID)?.focus();
      }}
    >
      {t('skipToContent')}
    </a>
  );
}
