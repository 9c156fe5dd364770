import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Lang = 'en' | 'fr' | 'es' | 'ar' | 'ru' | 'zh';

// Playwright loads specs as CommonJS (package.json has no "type": "module"), hence __dirname.
const LOCALES = join(__dirname, '../../../locales');

/**
 * The words a user of `lang` sees, read from the app's own locale files, so one spec drives the app in
 * any language and a missing translation fails the test instead of passing on English.
 */
export function translator(lang: Lang) {
  const cache = new Map<string, Record<string, unknown>>();
  const namespace = (ns: string) => {
    let data = cache.get(ns);
    if (!data) {
      data = JSON.parse(readFileSync(join(LOCALES, lang, `${ns}.json`), 'utf8')) as Record<string, unknown>;
      cache.set(ns, data);
    }
    return data;
  };
  return (key: string, params: Record<string, string | number> = {}): string => {
    const [ns, path] = key.includes(':') ? (key.split(':') as [string, string]) : ['common', key];
    const value = path.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], namespace(ns));
    if (typeof value !== 'string') throw new Error(`No ${lang} text for ${key}`);
    return value.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? `{{${name}}}`));
  };
}

export type T = ReturnType<typeof translator>;
