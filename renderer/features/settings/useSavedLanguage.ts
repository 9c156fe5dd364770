import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSettings } from './settingsQueries';

/**
 * Applies the language saved in the app settings once it is known (until then the browser's
 * language shows). Each saved value is applied once, so a fresh choice in the switcher is not
 * undone by the settings answer that was fetched before it.
 */
export function useSavedLanguage(): void {
  const saved = useSettings().data?.language ?? null;
  const { i18n } = useTranslation();
  const applied = useRef<string | null>(null);
  useEffect(() => {
    if (saved === null || applied.current === saved) return;
    applied.current = saved;
    if (saved !== i18n.language) void i18n.changeLanguage(saved);
  }, [saved, i18n]);
}
