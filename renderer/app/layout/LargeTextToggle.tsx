import { useTranslation } from 'react-i18next';
import { useDisplayPreferences } from '../state/displayPreferences';

export function LargeTextToggle() {
  const { t } = useTranslation();
  const largeText = useDisplayPreferences((state) => state.largeText);
  const setLargeText = useDisplayPreferences((state) => state.setLargeText);
  return (
    <button type="button" className="button button--quiet" aria-pressed={largeText} onClick={() => setLargeText(!largeText)}>
      {t('largeText')}
    </button>
  );
}
