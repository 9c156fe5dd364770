import type { MemberWithPerson, Membership } from '../../../shared/consultations/membership';
import type { Person } from '../../../shared/consultations/person';
import { memberRole } from '../../../shared/settings/schema';
import { selectColumns } from '../db/entities';
import { fieldError } from '../errors';
import type { OpenWorkspace } from '../workspace/open-workspace';

/** Today's date in UTC, the day "current" memberships are counted on. */
export const todayUtc = (): string => new Date().toISOString().slice(0, 10);

export function liveMemberships(ws: OpenWorkspace): Membership[] {
  return ws.db.prepare(`SELECT ${selectColumns('membership')} FROM membership WHERE deleted_at IS NULL ORDER BY id`).all() as Membership[];
}

/** Memberships with their person, focal point first (the order of the role list), then by name. */
export function withPeople(memberships: readonly Membership[], people: ReadonlyMap<string, Person>): MemberWithPerson[] {
  const roleRank = (m: Membership) => memberRole.options.indexOf(m.role);
  return memberships
    .map((m) => ({ ...m, person: people.get(m.personId)! }))
    .sort((a, b) => roleRank(a) - roleRank(b) || (a.person.name ?? '\uffff').localeCompare(b.person.name ?? '\uffff') || a.id.localeCompare(b.id));
}

/** The live membership `id`, or a refusal on the `id` field. */
export function requireMembership(ws: OpenWorkspace, id: string): Membership {
  const record = ws.mutator.find('membership', id);
  if (!record || record.deletedAt !== null) throw fieldError('not_found', { path: ['id'], messageKey: 'errors:consultations.membershipNotFound' });
  return record;
}

/** The person's live open-ended membership other than `exceptId`: a person holds at most one. */
export function openMembershipOf(ws: OpenWorkspace, personId: string, exceptId: string | undefined): Membership | undefined {
  return ws.db
    .prepare(`SELECT ${selectColumns('membership')} FROM membership WHERE person_id = ? AND end_date IS NULL AND deleted_at IS NULL AND id IS NOT ?`)
    .get(personId, exceptId ?? null) as Membership | undefined;
}
