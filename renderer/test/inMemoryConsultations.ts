import type { Consultation } from '../../shared/consultations/consultation';
import { parseMatrixCellSubjectId } from '../../shared/consultations/decision-subject-id';
import type { Membership } from '../../shared/consultations/membership';
import type { Contribution, Decision, FollowUpAction } from '../../shared/consultations/outcomes';
import { genderParity, isCurrentMembership } from '../../shared/consultations/parity';
import { PERSONAL_FIELDS, type Person } from '../../shared/consultations/person';
import { rollUpParticipants, summariseInvolvement } from '../../shared/consultations/rollups';
import { rosterTable } from '../../shared/consultations/roster-export';
import type { LandType } from '../../shared/landtypes/schema';
import type { ResponseMeasure } from '../../shared/worksheets/schema';
import type { Handlers } from './inMemoryBackend';

export interface ConsultationsData {
  people: Person[];
  memberships: Membership[];
  consultations: Consultation[];
  attendance: { consultationId: string; personId: string }[];
  contributions: Contribution[];
  decisions: Decision[];
  actions: FollowUpAction[];
}

export function emptyConsultations(): ConsultationsData {
  return { people: [], memberships: [], consultations: [], attendance: [], contributions: [], decisions: [], actions: [] };
}

interface State {
  landTypes: LandType[];
  measures: ResponseMeasure[];
  consultations: ConsultationsData;
  targets: { targets: readonly { id: string; deletedAt: string | null }[] };
  plans: { plans: readonly { id: string; deletedAt: string | null }[] };
}

interface Helpers {
  id: () => string;
  now: () => string;
  touch: () => void;
  refuse: (code: 'validation' | 'conflict' | 'not_found' | 'unsupported', messageKey: string, path?: (string | number)[]) => Error;
}

const AT = '2026-03-12T14:05:00.000Z';
const live = <T extends { deletedAt: string | null }>(items: readonly T[]) => items.filter((item) => item.deletedAt === null);
const todayUtc = () => new Date().toISOString().slice(0, 10);

export function fakePerson(id: string, overrides: Partial<Person> = {}): Person {
  return {
    id,
    createdAt: AT,
    updatedAt: AT,
    deletedAt: null,
    name: null,
    organisation: null,
    sector: 'other',
    sex: 'undisclosed',
    ageBand: 'undisclosed',
    isIplc: false,
    isYouth: false,
    email: null,
    phone: null,
    consentDate: null,
    consentScope: null,
    notes: null,
    erasedAt: null,
    ...overrides,
  };
}

export function fakeConsultation(id: string, overrides: Partial<Consultation> = {}): Consultation {
  return {
    id,
    createdAt: AT,
    updatedAt: AT,
    deletedAt: null,
    title: 'Validation workshop',
    status: 'held',
    startDate: '2026-02-10',
    endDate: null,
    place: null,
    modality: 'in_person',
    purpose: 'validation',
    facilitator: null,
    agenda: null,
    minutes: null,
    ...overrides,
  };
}

/**
 * The consultations commands with the rules the UI relies on (erased entries not editable, one
 * open-ended membership per person, references that must exist), and the roll-ups, parity and export
 * computed with the real shared/consultations code.
 */
export function consultationsHandlers(state: State, { id, now, touch, refuse }: Helpers): Handlers {
  const data = () => state.consultations;
  const personOf = (personId: string, path: (string | number)[]) => {
    const found = live(data().people).find((person) => person.id === personId);
    if (!found) throw refuse('not_found', 'errors:consultations.personNotFound', path);
    return found;
  };
  const consultationOf = (consultationId: string, path: (string | number)[] = ['id']) => {
    const found = data().consultations.find((c) => c.id === consultationId && c.deletedAt === null);
    if (!found) throw refuse('not_found', 'errors:consultations.consultationNotFound', path);
    return found;
  };
  const sortedPeople = () => {
    const people = live(data().people);
    const named = people.filter((p) => p.name !== null).sort((a, b) => a.name!.localeCompare(b.name!, 'en', { sensitivity: 'base' }));
    return [...named, ...people.filter((p) => p.name === null)];
  };
  const peopleById = () => new Map(live(data().people).map((person) => [person.id, person]));
  const attendeesOf = (consultationId: string) => {
    const ids = new Set(data().attendance.filter((row) => row.consultationId === consultationId).map((row) => row.personId));
    return sortedPeople().filter((person) => ids.has(person.id));
  };
  const detailOf = (consultation: Consultation) => ({
    ...consultation,
    attendees: attendeesOf(consultation.id),
    contributions: live(data().contributions).filter((c) => c.consultationId === consultation.id),
    decisions: live(data().decisions).filter((d) => d.consultationId === consultation.id),
    actions: live(data().actions).filter((a) => a.consultationId === consultation.id),
  });
  const liveConsultations = () => live(data().consultations).sort((a, b) => b.startDate.localeCompare(a.startDate));
  const subjectExists = (type: string, subjectId: string, path: (string | number)[]) => {
    const recordsOf: Record<string, readonly { id: string; deletedAt: string | null }[]> = {
      landtype: state.landTypes,
      worksheet_measure: state.measures,
      target: state.targets.targets,
      land_use_plan: state.plans.plans,
    };
    const found = type === 'transition_matrix_cell' ? parseMatrixCellSubjectId(subjectId) !== null : live(recordsOf[type] ?? []).some((record) => record.id === subjectId);
    if (!found) throw refuse('not_found', 'errors:consultations.subjectNotFound', [...path, 'subjectId']);
  };
  /** Rows with an id are updated, without one added, stored ones left out tombstoned (outcome-sync.ts). */
  function sync<T extends { id: string; consultationId: string; deletedAt: string | null; createdAt: string; updatedAt: string }>(
    stored: T[],
    consultationId: string,
    rows: readonly (Partial<T> & { id?: string | undefined })[],
    nulls: readonly (keyof T)[],
  ): T[] {
    const others = stored.filter((row) => row.consultationId !== consultationId || row.deletedAt !== null);
    const mine = stored.filter((row) => row.consultationId === consultationId && row.deletedAt === null);
    const kept = rows.map((row) => {
      const filled = Object.fromEntries(nulls.map((key) => [key, row[key] ?? null])) as Partial<T>;
      const previous = row.id ? mine.find((item) => item.id === row.id) : undefined;
      if (row.id && !previous) throw refuse('not_found', 'errors:consultations.outcomeNotFound');
      return { ...(previous ?? { id: id(), createdAt: now(), deletedAt: null }), ...row, ...filled, consultationId, updatedAt: now() } as T;
    });
    const removed = mine.filter((row) => !kept.some((k) => k.id === row.id)).map((row) => ({ ...row, deletedAt: now() }));
    return [...others, ...kept, ...removed];
  }

  return {
    'consultations.listPeople': () => ({ items: sortedPeople() }),
    'consultations.savePerson': ({ id: personId, ...fields }) => {
      const values = {
        name: fields.name ?? null,
        organisation: fields.organisation ?? null,
        sector: fields.sector,
        sex: fields.sex,
        ageBand: fields.ageBand,
        isIplc: fields.isIplc,
        isYouth: fields.isYouth,
        email: fields.email ?? null,
        phone: fields.phone ?? null,
        consentDate: fields.consentDate ?? null,
        consentScope: fields.consentScope ?? null,
        notes: fields.notes ?? null,
      };
      if (personId && personOf(personId, ['id']).erasedAt !== null) throw refuse('conflict', 'errors:consultations.personErased', ['id']);
      const saved = personId ? { ...personOf(personId, ['id']), ...values, updatedAt: now() } : fakePerson(id(), { ...values, createdAt: now(), updatedAt: now() });
      data().people = [...data().people.filter((person) => person.id !== saved.id), saved];
      touch();
      return saved;
    },
    'consultations.erasePerson': ({ id: personId }) => {
      const current = personOf(personId, ['id']);
      if (current.erasedAt !== null) return current;
      const erased: Person = { ...current, updatedAt: now(), erasedAt: now() };
      for (const field of PERSONAL_FIELDS) erased[field] = null;
      data().people = data().people.map((person) => (person.id === personId ? erased : person));
      touch();
      return erased;
    },

    'consultations.listMembers': ({ includeEnded }) => {
      const all = live(data().memberships);
      const people = peopleById();
      const shown = includeEnded ? all : all.filter((m) => isCurrentMembership(m, todayUtc()));
      return { items: shown.map((m) => ({ ...m, person: people.get(m.personId)! })), parity: genderParity(all, people, todayUtc()) };
    },
    'consultations.saveMembership': ({ id: membershipId, personId, role, startDate, endDate }) => {
      personOf(personId, ['personId']);
      const open = live(data().memberships).some((m) => m.personId === personId && m.endDate === null && m.id !== membershipId);
      if (endDate === undefined && open) throw refuse('conflict', 'errors:consultations.alreadyMember', ['personId']);
      const previous = data().memberships.find((m) => m.id === membershipId);
      const saved: Membership = { id: membershipId ?? id(), createdAt: previous?.createdAt ?? now(), updatedAt: now(), deletedAt: null, personId, role, startDate, endDate: endDate ?? null };
      data().memberships = [...data().memberships.filter((m) => m.id !== saved.id), saved];
      touch();
      return saved;
    },
    'consultations.endMembership': ({ id: membershipId, endDate = todayUtc() }) => {
      const current = live(data().memberships).find((m) => m.id === membershipId);
      if (!current) throw refuse('not_found', 'errors:consultations.membershipNotFound', ['id']);
      const ended = { ...current, endDate, updatedAt: now() };
      data().memberships = data().memberships.map((m) => (m.id === membershipId ? ended : m));
      touch();
      return ended;
    },

    'consultations.list': ({ includeDeleted }) => ({
      items: includeDeleted ? [...data().consultations] : liveConsultations(),
    }),
    'consultations.get': ({ id: consultationId }) => detailOf(consultationOf(consultationId)),
    'consultations.save': ({ id: consultationId, contributions, decisions, actions, ...fields }) => {
      contributions.forEach((c, i) => c.personId && personOf(c.personId, ['contributions', i, 'personId']));
      decisions.forEach((d, i) => d.subjectType && d.subjectId && subjectExists(d.subjectType, d.subjectId, ['decisions', i]));
      actions.forEach((a, i) => personOf(a.ownerId, ['actions', i, 'ownerId']));
      const previous = consultationId ? consultationOf(consultationId) : undefined;
      // Optional fields left out are cleared, as the backend stores them: null, never undefined.
      const optional = {
        endDate: fields.endDate ?? null,
        place: fields.place ?? null,
        facilitator: fields.facilitator ?? null,
        agenda: fields.agenda ?? null,
        minutes: fields.minutes ?? null,
      };
      const saved = fakeConsultation(previous?.id ?? id(), { ...previous, ...fields, ...optional, updatedAt: now() });
      data().consultations = [...data().consultations.filter((c) => c.id !== saved.id), saved];
      data().contributions = sync(data().contributions, saved.id, contributions, ['personId', 'groupLabel', 'response']);
      data().decisions = sync(data().decisions, saved.id, decisions, ['dissent', 'subjectType', 'subjectId']);
      data().actions = sync(data().actions, saved.id, actions, ['completedDate']);
      touch();
      return detailOf(saved);
    },
    'consultations.delete': ({ id: consultationId }) => {
      consultationOf(consultationId);
      data().consultations = data().consultations.map((c) => (c.id === consultationId ? { ...c, deletedAt: now() } : c));
      touch();
      return { id: consultationId };
    },
    'consultations.restore': ({ id: consultationId }) => {
      const found = data().consultations.find((c) => c.id === consultationId);
      if (!found) throw refuse('not_found', 'errors:consultations.consultationNotFound', ['id']);
      const restored = { ...found, deletedAt: null };
      data().consultations = data().consultations.map((c) => (c.id === consultationId ? restored : c));
      touch();
      return restored;
    },
    'consultations.setAttendance': ({ consultationId, personIds }) => {
      const consultation = consultationOf(consultationId, ['consultationId']);
      personIds.forEach((personId, index) => personOf(personId, ['personIds', index]));
      data().attendance = [
        ...data().attendance.filter((row) => row.consultationId !== consultationId),
        ...personIds.map((personId) => ({ consultationId, personId })),
      ];
      touch();
      return detailOf(consultation);
    },

    'consultations.rollup': ({ consultationId }) => {
      const scope = consultationId ? [consultationOf(consultationId, ['consultationId'])] : liveConsultations().filter((c) => c.status === 'held');
      const people = peopleById();
      const rowsOf = (ids: Set<string>) => data().attendance.filter((row) => ids.has(row.consultationId));
      const participants = rollUpParticipants(rowsOf(new Set(scope.map((c) => c.id))), people);
      const held = scope.filter((c) => c.status === 'held');
      const heldIds = new Set(held.map((c) => c.id));
      return {
        participants,
        workingGroup: genderParity(live(data().memberships), people, todayUtc()),
        involvement: summariseInvolvement(held, rollUpParticipants(rowsOf(heldIds), people), live(data().decisions).filter((d) => heldIds.has(d.consultationId))),
      };
    },
    'consultations.decisionsFor': ({ subjectType, subjectId }) => {
      const about = live(data().decisions).filter((d) => d.subjectType === subjectType && (subjectId === undefined || d.subjectId === subjectId));
      const items = liveConsultations()
        .map((consultation) => ({ consultation, decisions: about.filter((d) => d.consultationId === consultation.id) }))
        .filter((item) => item.decisions.length > 0);
      return { items };
    },
    // CSV as a plain join: the component tests read the rows, not the quoting (the backend's writer is tested there).
    'consultations.exportRoster': ({ includeNames, labels }) => {
      const consultations = liveConsultations();
      const rows = rosterTable(consultations, data().attendance, peopleById(), labels, includeNames);
      return { csv: `\uFEFF${rows.map((row) => row.join(',')).join('\r\n')}\r\n`, rowCount: rows.length - 1 };
    },
  };
}
