import type { Sector, Sex } from '../../../../shared/consultations/codes';
import type { Person } from '../../../../shared/consultations/person';

export interface PeopleFilter {
  query: string;
  sector: Sector | '';
  sex: Sex | '';
  /** Only people with this flag set; false means "whatever the flag". */
  iplcOnly: boolean;
  youthOnly: boolean;
}

export const NO_FILTER: PeopleFilter = { query: '', sector: '', sex: '', iplcOnly: false, youthOnly: false };

/** The text typed into the search finds a person by name or organisation, as the attendance field does. */
export function matchesText(person: Pick<Person, 'name' | 'organisation'>, query: string, locale: string): boolean {
  const wanted = query.trim().toLocaleLowerCase(locale);
  if (wanted === '') return true;
  return [person.name, person.organisation].some((text) => text?.toLocaleLowerCase(locale).includes(wanted));
}

export function filterPeople(people: readonly Person[], filter: PeopleFilter, locale: string): Person[] {
  return people.filter(
    (person) =>
      matchesText(person, filter.query, locale) &&
      (filter.sector === '' || person.sector === filter.sector) &&
      (filter.sex === '' || person.sex === filter.sex) &&
      (!filter.iplcOnly || person.isIplc) &&
      (!filter.youthOnly || person.isYouth),
  );
}
