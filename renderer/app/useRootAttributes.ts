import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { applyDocumentLanguage } from './i18n/documentLanguage';
import { useDisplayPreferences } from './state/displayPreferences';

/** Keeps `<html lang dir data-text-size>` in step with the language and the large-text choice. */
export function useRootAttributes(): void {
  const { i18n } = useTranslation();
  const language = i18n.language;
  const largeText = useDisplayPreferences((state) => state.largeText);
  useEffect(() => applyDocumentLanguage(language), [language]);
  useEffect(() => {
    document.documentElement.dataset.textSize = largeText ? 'large' : 'normal';
  }, [largeText]);
}
