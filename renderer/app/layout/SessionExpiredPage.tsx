import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** The web host no longer knows this browser; only the link the app printed lets it in again. */
export function SessionExpiredPage() {
  const { t } = useTranslation('errors');
  const title = t('sessionExpiredTitle');
  useEffect(() => {
    document.title = title;
  }, [title]);
  return (
    <main className="standalone-page">
      <h1>{title}</h1>
      <p role="alert">{t('sessionExpired')}</p>
    </main>
  );
}
