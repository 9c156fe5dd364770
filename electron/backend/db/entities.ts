import type { Consultation } from '../../../shared/consultations/consultation';
import type { Membership } from '../../../shared/consultations/membership';
import type { Contribution, Decision, FollowUpAction } from '../../../shared/consultations/outcomes';
import { PERSONAL_FIELDS, type Person } from '../../../shared/consultations/person';
import type { LandType } from '../../../shared/landtypes/schema';
import type { MemberRole } from '../../../shared/settings/schema';
import type { AnticipatedLoss, ResponseMeasure, Scenario } from '../../../shared/worksheets/schema';
import type { PeriodKey, WorkspaceLevel } from '../../../shared/workspace/schema';

type Bookkeeping = 'id' | 'createdAt' | 'updatedAt' | 'deletedAt';

/** The fields each entity stores, in the camelCase names of the shared schemas. */
interface EntityShapes {
  workspace: {
    name: string;
    countryIso3: string;
    level: WorkspaceLevel;
    areaName: string | null;
    landAreaKm2: number;
    reportingCycle: number;
  };
  period: { key: PeriodKey; yearStart: number; yearEnd: number };
  member: { name: string; organisation: string; role: MemberRole };
  landtype: Pick<LandType, 'code' | 'name' | 'definitionBasis' | 'areaKm2' | 'notes'>;
  /** `isPreferred` is stored as SQLite's 0/1, so that an unchanged flag compares equal and logs nothing. */
  scenario: Pick<Scenario, 'name' | 'description' | 'kind'> & { isPreferred: 0 | 1 };
  anticipated_loss: Pick<AnticipatedLoss, 'scenarioId' | 'landTypeId' | 'areaKm2' | 'driver' | 'expectedYear' | 'source' | 'notes'>;
  response_measure: Omit<ResponseMeasure, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'>;
  /** The IPLC and youth flags are stored as 0/1, like `isPreferred`. */
  consultation: Omit<Consultation, Bookkeeping>;
  attendance: { consultationId: string; personId: string };
  contribution: Omit<Contribution, Bookkeeping>;
  decision: Omit<Decision, Bookkeeping>;
  follow_up_action: Omit<FollowUpAction, Bookkeeping>;
  membership: Pick<Membership, 'personId' | 'role' | 'startDate' | 'endDate'>;
  person: Omit<Person, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt' | 'isIplc' | 'isYouth'> & { isIplc: 0 | 1; isYouth: 0 | 1 };
}

export type EntityName = keyof EntityShapes;
export type EntityValues<E extends EntityName> = EntityShapes[E];
export type FieldValue = string | number | boolean | null;

/** A stored row with its bookkeeping columns. */
export type EntityRecord<E extends EntityName> = EntityValues<E> & {
  id: string;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
};

/** Every field of the entity, exactly once: the compiler refuses a missing or unknown name. */
type FieldList<E extends EntityName> = readonly (keyof EntityShapes[E] & string)[];

/**
 * The allow-list of entities and fields that the mutate path may write. SQL is only ever built from
 * these names, never from caller input (SYNC.md requires the same check for incoming changes).
 * Columns are the snake_case twins of the field names. `personal` lists the fields that identify a
 * person, which `Mutator.erase` clears and redacts from the change log.
 */
export const ENTITIES: { [E in EntityName]: { table: string; fields: FieldList<E>; personal?: FieldList<E> } } = {
  workspace: { table: 'workspace', fields: ['name', 'countryIso3', 'level', 'areaName', 'landAreaKm2', 'reportingCycle'] },
  period: { table: 'period', fields: ['key', 'yearStart', 'yearEnd'] },
  member: { table: 'member', fields: ['name', 'organisation', 'role'] },
  landtype: { table: 'landtype', fields: ['code', 'name', 'definitionBasis', 'areaKm2', 'notes'] },
  scenario: { table: 'scenario', fields: ['name', 'description', 'kind', 'isPreferred'] },
  anticipated_loss: {
    table: 'anticipated_loss',
    fields: ['scenarioId', 'landTypeId', 'areaKm2', 'driver', 'expectedYear', 'source', 'notes'],
  },
  response_measure: {
    table: 'response_measure',
    fields: [
      'scenarioId',
      'landTypeId',
      'level',
      'description',
      'areaKm2',
      'startYear',
      'endYear',
      'slmTechnology',
      'wocatReference',
      'effectivenessPercent',
      'costUsd',
      'coBenefits',
    ],
  },
  consultation: {
    table: 'consultation',
    fields: ['title', 'status', 'startDate', 'endDate', 'place', 'modality', 'purpose', 'facilitator', 'agenda', 'minutes'],
  },
  attendance: { table: 'attendance', fields: ['consultationId', 'personId'] },
  contribution: { table: 'contribution', fields: ['consultationId', 'personId', 'groupLabel', 'issue', 'response'] },
  decision: { table: 'decision', fields: ['consultationId', 'text', 'dissent', 'subjectType', 'subjectId'] },
  follow_up_action: { table: 'follow_up_action', fields: ['consultationId', 'description', 'ownerId', 'dueDate', 'completedDate'] },
  membership: { table: 'membership', fields: ['personId', 'role', 'startDate', 'endDate'] },
  person: {
    table: 'person',
    fields: ['name', 'organisation', 'sector', 'sex', 'ageBand', 'isIplc', 'isYouth', 'email', 'phone', 'consentDate', 'consentScope', 'notes', 'erasedAt'],
    // What `Mutator.erase` clears and redacts; the change_log trigger of migration 0003 allows exactly these.
    personal: PERSONAL_FIELDS,
  },
};

export function columnOf(field: string): string {
  return field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

const BOOKKEEPING = ['id', 'createdAt', 'updatedAt', 'deletedAt'] as const;

export function selectColumns(entity: EntityName): string {
  return [...BOOKKEEPING, ...ENTITIES[entity].fields].map((field) => `${columnOf(field)} AS "${field}"`).join(', ');
}
