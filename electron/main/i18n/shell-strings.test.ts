import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../shared/i18n/languages';
import { fillIn, shellStrings } from './shell-strings';

type Leaves = Map<string, string>;

function leaves(value: unknown, prefix = '', into: Leaves = new Map()): Leaves {
  if (typeof value === 'string') return into.set(prefix, value);
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) leaves(child, prefix ? `${prefix}.${key}` : key, into);
  return into;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();
const english = leaves(shellStrings('en'));

describe('locales/<lng>/shell.json', () => {
  it.each(LANGUAGES)('%s has exactly the English keys, none empty', (language) => {
    const strings = leaves(shellStrings(language));
    expect([...strings.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, text] of strings) expect(text.trim(), key).not.toBe('');
  });

  it.each(LANGUAGES.filter((language) => language !== 'en'))('%s is translated, not copied from English', (language) => {
    for (const [key, text] of leaves(shellStrings(language))) expect(text, key).not.toBe(english.get(key));
  });

  it.each(LANGUAGES)('%s keeps the placeholders of the English text', (language) => {
    for (const [key, text] of leaves(shellStrings(language))) expect(placeholders(text), key).toEqual(placeholders(english.get(key)!));
  });
});

describe('fillIn', () => {
  it('replaces known placeholders and leaves unknown ones visible', () => {
    expect(fillIn('Version {{version}} ({{build}})', { version: '0.1.0' })).toBe('Version 0.1.0 ({{build}})');
  });
});
