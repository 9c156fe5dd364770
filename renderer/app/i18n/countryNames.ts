import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import { COUNTRY_ISO3_CODES } from '../../../shared/workspace/countries';

countries.registerLocale(en);

const displayNames = new Map<string, Intl.DisplayNames>();

function regionNames(language: string): Intl.DisplayNames {
  let names = displayNames.get(language);
  if (!names) {
    names = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
    displayNames.set(language, names);
  }
  return names;
}

/**
 * Country names come from maintained data, never from our locale files: the browser's CLDR names in
 * each language (short, current forms such as "Türkiye", "Côte d’Ivoire"), and i18n-iso-countries'
 * English name for the rare code CLDR does not name.
 */
export function countryName(iso3: string, language: string): string {
  const alpha2 = countries.alpha3ToAlpha2(iso3);
  return (alpha2 && regionNames(language).of(alpha2)) || countries.getName(iso3, 'en') || iso3;
}

export interface CountryOption {
  iso3: string;
  name: string;
}

/** All countries, named and ordered as a reader of `language` expects (e.g. É sorts with E in French). */
export function countryOptions(language: string): CountryOption[] {
  const collator = new Intl.Collator(language);
  return COUNTRY_ISO3_CODES.map((iso3) => ({ iso3, name: countryName(iso3, language) })).sort((a, b) =>
    collator.compare(a.name, b.name),
  );
}
