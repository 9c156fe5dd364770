import type { AgeBand, Sector, Sex } from './codes';
import { asciiDigits, foldLabel } from './attendance-text';
import {
  AGE_BAND_YEARS,
  AGE_UNDISCLOSED_SYNONYMS,
  NO_SYNONYMS,
  OVER_WORDS,
  SECTOR_SYNONYMS,
  SEX_SYNONYMS,
  UNDER_WORDS,
  YES_SYNONYMS,
} from './attendance-synonyms';

/** A cell read as a code; `undefined` when the cell holds something none of the lists knows. */
export type Reading<T> = T | undefined;

/** The lookup key of a non-empty cell; a cell of symbols only ("?", "✓") is its own key. */
const keyOf = (trimmed: string) => foldLabel(trimmed) || trimmed;

/** The folded synonym → code lookup of one code list. */
function lookup<C extends string>(synonyms: Record<C, readonly string[]>): Map<string, C> {
  const map = new Map<string, C>();
  for (const [code, words] of Object.entries(synonyms) as [C, readonly string[]][]) {
    for (const word of [code, ...words]) {
      const key = keyOf(word);
      if (!map.has(key)) map.set(key, code);
    }
  }
  return map;
}

const SEXES = lookup(SEX_SYNONYMS);
const SECTORS = lookup(SECTOR_SYNONYMS);
const YES_NO = lookup({ yes: YES_SYNONYMS, no: NO_SYNONYMS });
const AGE_UNDISCLOSED = new Set(AGE_UNDISCLOSED_SYNONYMS.map(foldLabel));
const UNDER = UNDER_WORDS.map(foldLabel);
const OVER = OVER_WORDS.map(foldLabel);

/** An empty cell says nothing: not said, not a mistake. */
export function readSex(cell: string): Reading<Sex> {
  const trimmed = cell.trim();
  return trimmed === '' ? 'undisclosed' : SEXES.get(keyOf(trimmed));
}

export function readSector(cell: string): Reading<Sector> {
  const trimmed = cell.trim();
  return trimmed === '' ? 'other' : SECTORS.get(keyOf(trimmed));
}

/** A tick-box column: empty is no. */
export function readYesNo(cell: string): Reading<boolean> {
  const trimmed = cell.trim();
  if (trimmed === '') return false;
  const answer = YES_NO.get(keyOf(trimmed));
  return answer === undefined ? undefined : answer === 'yes';
}

/** The band holding an age in whole years. */
export function ageBandOfYears(years: number): Reading<AgeBand> {
  return AGE_BAND_YEARS.find(({ from, to }) => years >= from && years <= to)?.band;
}

/**
 * An age band written as a band ("18-24", "18–24 ans", "65+", "under 18", the code `25_34`) or as an age
 * in years ("34", "٣٤"). A range that straddles two bands ("15-35") cannot be counted in one, so it is unknown.
 */
export function readAgeBand(cell: string): Reading<AgeBand> {
  const folded = foldLabel(cell);
  if (folded === '' || AGE_UNDISCLOSED.has(folded)) return 'undisclosed';
  const numbers = (asciiDigits(cell).match(/\d+(?:[.,]\d+)?/g) ?? []).map((n) => Math.floor(Number(n.replace(',', '.'))));
  const [first, second] = numbers;
  if (first === undefined || numbers.length > 2) return undefined;
  if (second !== undefined) {
    const band = ageBandOfYears(first);
    return band !== undefined && band === ageBandOfYears(second) ? band : undefined;
  }
  if (UNDER.some((word) => folded.includes(word))) return first <= 18 ? 'under_18' : undefined;
  if (OVER.some((word) => folded.includes(word))) return first >= 65 ? '65_plus' : undefined;
  return ageBandOfYears(first);
}
