import { isLanguage, isRightToLeft } from '../../../shared/i18n/languages';

/** Screen readers, fonts and the mirrored layout all follow `<html lang dir>`. */
export function applyDocumentLanguage(language: string): void {
  document.documentElement.lang = language;
  document.documentElement.dir = isLanguage(language) && isRightToLeft(language) ? 'rtl' : 'ltr';
}
