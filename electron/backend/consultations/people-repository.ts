import type { FieldError } from '../../../shared/command';
import type { Person } from '../../../shared/consultations/person';
import { selectColumns, type EntityRecord } from '../db/entities';
import { fieldError } from '../errors';
import type { OpenWorkspace } from '../workspace/open-workspace';

/** The stored 0/1 flags as the booleans of the contract. */
export function toPerson(record: EntityRecord<'person'>): Person {
  return { ...record, isIplc: record.isIplc === 1, isYouth: record.isYouth === 1 };
}

/** Named people first, by name; then the unnamed and erased ones in the order they were registered. */
const BY_NAME = 'ORDER BY name IS NULL, name COLLATE NOCASE, id';

export function listPeople(ws: OpenWorkspace): Person[] {
  const rows = ws.db.prepare(`SELECT ${selectColumns('person')} FROM person WHERE deleted_at IS NULL ${BY_NAME}`).all() as EntityRecord<'person'>[];
  return rows.map(toPerson);
}

/** The people recorded as attending a consultation, read from the register. */
export function listAttendees(ws: OpenWorkspace, consultationId: string): Person[] {
  const rows = ws.db
    .prepare(
      `SELECT ${selectColumns('person')} FROM person
        WHERE id IN (SELECT person_id FROM attendance WHERE consultation_id = ? AND deleted_at IS NULL) ${BY_NAME}`,
    )
    .all(consultationId) as EntityRecord<'person'>[];
  return rows.map(toPerson);
}

/** The register by id, for counting memberships and attendance. */
export function peopleById(ws: OpenWorkspace): Map<string, Person> {
  return new Map(listPeople(ws).map((person) => [person.id, person]));
}

/** The live person `id`, or a refusal on the field that named them. */
export function requirePerson(ws: OpenWorkspace, id: string, path: FieldError['path']): EntityRecord<'person'> {
  const record = ws.mutator.find('person', id);
  if (!record || record.deletedAt !== null) throw fieldError('not_found', { path, messageKey: 'errors:consultations.personNotFound' });
  return record;
}
