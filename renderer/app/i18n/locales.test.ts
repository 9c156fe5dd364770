import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../shared/i18n/languages';
import { LANGUAGE_AUTONYMS } from './languageNames';
import { resources } from './resources';

type Messages = Record<string, string>;

/** `{ a: { b: 'x' } }` → `{ 'a.b': 'x' }`: the keys as `t()` sees them. */
function flatten(tree: unknown, prefix = ''): Messages {
  const out: Messages = {};
  for (const [key, value] of Object.entries(tree as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out[path] = value;
    else Object.assign(out, flatten(value, path));
  }
  return out;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.-]+)[^}]*\}\}/g)].map((match) => match[1] ?? '').sort();
}

/** Words that are the same in every language: acronyms, units, the product name, language names. */
const UNIVERSAL_WORDS = new Set([
  'LDN', 'Workbench', 'SDG', 'PRAIS', 'ISO3', 'km²', 'UNCCD', 'CSV', 'XLSX', 'GeoJSON', 'Trends.Earth',
  ...Object.values(LANGUAGE_AUTONYMS),
]);

/** Words that really are spelled as in English in that language (checked one by one). */
const SAME_WORD_IN_LANGUAGE: Record<string, readonly string[]> = {
  fr: ['Code', 'Notes', 'Actions', 'Organisation', 'National', 'Consultations'],
  es: ['No'],
};

function mayEqualEnglish(language: string, value: string): boolean {
  if (SAME_WORD_IN_LANGUAGE[language]?.includes(value)) return true;
  const words = value.replace(/\{\{[^}]*\}\}/g, ' ').match(/[\p{L}\p{N}²._]+/gu) ?? [];
  return words.every((word) => UNIVERSAL_WORDS.has(word) || !/\p{L}/u.test(word));
}

const english = resources.en ?? {};
const namespaces = Object.keys(english);
const others = LANGUAGES.filter((language) => language !== 'en');

describe('locales', () => {
  it('has English as the reference for every namespace', () => {
    expect(namespaces).toEqual(expect.arrayContaining(['common', 'nav', 'errors', 'workspace', 'landtypes', 'history', 'settings', 'worksheets']));
  });

  describe.each(others)('%s', (language) => {
    it('has every namespace English has, and no other', () => {
      expect(Object.keys(resources[language] ?? {}).sort()).toEqual([...namespaces].sort());
    });

    describe.each(namespaces)('%s', (namespace) => {
      const reference = flatten(english[namespace]);
      const translated = flatten(resources[language]?.[namespace] ?? {});

      it('has exactly the keys English has', () => {
        const missing = Object.keys(reference).filter((key) => !(key in translated));
        const extra = Object.keys(translated).filter((key) => !(key in reference));
        expect({ missing, extra }).toEqual({ missing: [], extra: [] });
      });

      it('uses the same {{placeholders}} as English', () => {
        const different = Object.keys(reference)
          .filter((key) => key in translated)
          .filter((key) => placeholders(reference[key] ?? '').join() !== placeholders(translated[key] ?? '').join());
        expect(different).toEqual([]);
      });

      it('is translated, not copied from English', () => {
        const copied = Object.entries(translated)
          .filter(([key, value]) => value === reference[key] && !mayEqualEnglish(language, value))
          .map(([key]) => key);
        expect(copied).toEqual([]);
      });

      it('has no empty text', () => {
        expect(Object.entries(translated).filter(([, value]) => value.trim() === '')).toEqual([]);
      });
    });
  });
});
