import { useTranslation } from 'react-i18next';

/** Last resort when a page fails to render: say so calmly and offer a way back. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  return (
    <main className="standalone-page">
      <h1>{t('crash.title')}</h1>
      <p>{t('crash.body')}</p>
      <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
        {t('crash.reload')}
      </button>
    </main>
  );
}
