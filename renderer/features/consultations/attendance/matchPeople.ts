import type { Person } from '../../../../shared/consultations/person';
import { matchesText } from '../register/filterPeople';

/** Enough to pick from while typing; more would push the "new person" choice out of sight. */
export const MAX_MATCHES = 8;

/**
 * People in the register that the typed text finds by name or organisation, not yet attending.
 * Names that start with the text come first: at a sign-in desk people type the beginning of a name.
 */
export function matchPeople(people: readonly Person[], query: string, attending: ReadonlySet<string>, locale: string): Person[] {
  const wanted = query.trim().toLocaleLowerCase(locale);
  if (wanted === '') return [];
  const found = people.filter((person) => person.erasedAt === null && !attending.has(person.id) && matchesText(person, wanted, locale));
  const startsWith = (person: Person) => (person.name?.toLocaleLowerCase(locale).startsWith(wanted) ? 0 : 1);
  return [...found].sort((a, b) => startsWith(a) - startsWith(b)).slice(0, MAX_MATCHES);
}
