import countries from 'i18n-iso-countries';
import ar from 'i18n-iso-countries/langs/ar.json';
import en from 'i18n-iso-countries/langs/en.json';
import es from 'i18n-iso-countries/langs/es.json';
import fr from 'i18n-iso-countries/langs/fr.json';
import ru from 'i18n-iso-countries/langs/ru.json';
import zh from 'i18n-iso-countries/langs/zh.json';
import { COUNTRY_ISO3_CODES } from '../../../shared/workspace/countries';

for (const locale of [ar, en, es, fr, ru, zh]) countries.registerLocale(locale);

/** Country names come from maintained data in each language, never from our locale files. */
export function countryName(iso3: string, language: string): string {
  return countries.getName(iso3, language) ?? countries.getName(iso3, 'en') ?? iso3;
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
