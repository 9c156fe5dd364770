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
  'LDN', 'Workbench', 'SDG', 'PRAIS', 'ISO3', 'km²', 'ha', 'UNCCD', 'CSV', 'XLSX', 'GeoJSON', 'Trends.Earth',
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

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/**
 * The keys a language must have: English's, except that a key with plural forms (`count_one`,
 * `count_other`) stands for the plural categories of that language (Intl.PluralRules): Arabic has six,
 * Russian four, Chinese one.
 */
function expectedKeys(reference: Messages, language: string): Set<string> {
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  const keys = new Set<string>();
  for (const key of Object.keys(reference)) {
    const base = key.replace(PLURAL_SUFFIX, '');
    if (base === key) keys.add(key);
    else for (const category of categories) keys.add(`${base}_${category}`);
  }
  return keys;
}

/** The English text a translated key answers to: itself, or for a plural form, English's `_other`. */
function englishFor(reference: Messages, key: string): string | undefined {
  return reference[key] ?? reference[key.replace(PLURAL_SUFFIX, '_other')];
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

      it('has exactly the keys English has, with the plural forms of this language', () => {
        const expected = expectedKeys(reference, language);
        const missing = [...expected].filter((key) => !(key in translated));
        const extra = Object.keys(translated).filter((key) => !expected.has(key));
        expect({ missing, extra }).toEqual({ missing: [], extra: [] });
      });

      it('uses the same {{placeholders}} as English', () => {
        const different = Object.keys(translated).filter((key) => {
          const source = englishFor(reference, key);
          return source !== undefined && placeholders(source).join() !== placeholders(translated[key] ?? '').join();
        });
        expect(different).toEqual([]);
      });

      it('is translated, not copied from English', () => {
        const copied = Object.entries(translated)
          .filter(([key, value]) => value === englishFor(reference, key) && !mayEqualEnglish(language, value))
          .map(([key]) => key);
        expect(copied).toEqual([]);
      });

      it('has no empty text', () => {
        expect(Object.entries(translated).filter(([, value]) => value.trim() === '')).toEqual([]);
      });
    });
  });
});
