import { useTranslation } from 'react-i18next';

export function LoadingState() {
  const { t } = useTranslation();
  return (
    <p role="status" className="loading-state">
      {t('loading')}
    </p>
  );
}
