import { describe, expect, it } from 'vitest';
import { foldName } from './attendance-text';
import { readAgeBand, readSector, readSex, readYesNo } from './attendance-values';

describe('reading coded cells of an attendance sheet', () => {
  it.each([
    ['F', 'female'], ['Female', 'female'], ['femme', 'female'], ['Féminin', 'female'], ['Mujer', 'female'],
    ['أنثى', 'female'], ['انثى', 'female'], ['Женский', 'female'], ['ж', 'female'], ['女', 'female'],
    ['M', 'male'], ['Homme', 'male'], ['hombre', 'male'], ['ذكر', 'male'], ['мужской', 'male'], ['男', 'male'],
    ['Autre', 'other'], ['', 'undisclosed'], ['Prefer not to say', 'undisclosed'],
  ])('reads sex %j as %s', (cell, sex) => {
    expect(readSex(cell)).toBe(sex);
  });

  it('does not guess a sex it does not know', () => {
    expect(readSex('X?')).toBeUndefined();
    expect(readSex('Mme')).toBeUndefined();
  });

  it.each([
    ['34', '25_34'], ['٣٤', '25_34'], ['17', 'under_18'], ['18', '18_24'], ['64', '50_64'], ['65', '65_plus'],
    ['18-24', '18_24'], ['18–24 ans', '18_24'], ['25 à 34', '25_34'], ['65+', '65_plus'], ['65 et plus', '65_plus'],
    ['<18', 'under_18'], ['moins de 18', 'under_18'], ['under_18', 'under_18'], ['35_49', '35_49'], ['50岁', '50_64'],
    ['', 'undisclosed'], ['n/a', 'undisclosed'],
  ])('reads age %j as band %s', (cell, band) => {
    expect(readAgeBand(cell)).toBe(band);
  });

  it('refuses an age range that straddles two bands, and words without an age', () => {
    expect(readAgeBand('15-35')).toBeUndefined();
    expect(readAgeBand('adult')).toBeUndefined();
    expect(readAgeBand('200')).toBeUndefined();
  });

  it.each([
    ['yes', true], ['Oui', true], ['sí', true], ['نعم', true], ['Да', true], ['是', true], ['x', true], ['✓', true],
    ['no', false], ['Non', false], ['لا', false], ['нет', false], ['否', false], ['', false],
  ])('reads tick %j as %s', (cell, value) => {
    expect(readYesNo(cell)).toBe(value);
  });

  it('reports a tick-box cell that is neither yes nor no', () => {
    expect(readYesNo('maybe')).toBeUndefined();
  });

  it.each([
    ['Government', 'government'], ['Ministère', 'government'], ['ONG', 'cso'], ['Sociedad civil', 'cso'],
    ['statistics_office', 'statistics_office'], ['القطاع الخاص', 'private'], ['Фермеры', 'farmers_organisation'],
    ['青年', 'youth'], ['', 'other'],
  ])('reads sector %j as %s', (cell, sector) => {
    expect(readSector(cell)).toBe(sector);
  });

  it('folds names by case, spacing and Arabic marks only', () => {
    expect(foldName('  Amina   NJOROGE ')).toBe(foldName('amina njoroge'));
    expect(foldName('مُحَمَّد علي')).toBe(foldName('محمد  علي'));
    expect(foldName('José')).not.toBe(foldName('Jose'));
  });
});
