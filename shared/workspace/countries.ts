import countries from 'i18n-iso-countries';

/**
 * ISO 3166-1 alpha-3 codes from the maintained i18n-iso-countries data, so no code list is typed by
 * hand. Names in the six languages come from the same package's locale files in the renderer.
 */
export const COUNTRY_ISO3_CODES: readonly string[] = Object.keys(countries.getAlpha3Codes()).sort();

export function isKnownIso3(code: string): boolean {
  return COUNTRY_ISO3_CODES.includes(code);
}
