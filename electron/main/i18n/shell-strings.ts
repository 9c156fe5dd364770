import type { Language } from '../../../shared/i18n/languages';
import ar from '../../../locales/ar/shell.json';
import en from '../../../locales/en/shell.json';
import es from '../../../locales/es/shell.json';
import fr from '../../../locales/fr/shell.json';
import ru from '../../../locales/ru/shell.json';
import zh from '../../../locales/zh/shell.json';

/** Menu labels, dialog titles and shell error messages (`locales/<lng>/shell.json`), bundled into main. */
export type ShellStrings = typeof en;

// Typed against English, so a language that lacks a key does not compile.
const CATALOGS: Readonly<Record<Language, ShellStrings>> = { en, fr, es, ar, ru, zh };

export function shellStrings(language: Language): ShellStrings {
  return CATALOGS[language];
}

/** Replaces `{{name}}` placeholders (i18next syntax, so the renderer can show the same strings). */
export function fillIn(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (placeholder, name: string) => values[name] ?? placeholder);
}
