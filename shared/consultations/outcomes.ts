import { z } from 'zod';
import { entityId, timestamp } from '../ids';
import { optionalText, withMessageKey } from '../validation';
import { subjectType } from './codes';
import { decisionSubjectId, isSubjectIdOfType } from './decision-subject-id';

/** What came out of a consultation: issues raised, decisions taken and follow-up actions. */

const bookkeeping = { id: entityId, createdAt: timestamp, updatedAt: timestamp, deletedAt: timestamp.nullable() };
const requiredText = (max: number) => z.string().trim().min(1).max(max);

/** An issue raised, by a registered person or by a group ("women farmers of Laikipia"), and the answer. */
export const contribution = z.object({
  ...bookkeeping,
  consultationId: entityId,
  personId: entityId.nullable(),
  groupLabel: z.string().nullable(),
  issue: z.string(),
  response: z.string().nullable(),
});
export type Contribution = z.infer<typeof contribution>;
export const contributionInput = z
  .object({
    id: entityId.optional(),
    personId: entityId.optional(),
    groupLabel: optionalText(200),
    issue: requiredText(4000),
    response: optionalText(4000),
  })
  .refine((c) => (c.personId === undefined) !== (c.groupLabel === undefined), {
    ...withMessageKey('errors:consultations.raisedByOne'),
    path: ['personId'],
  });

/** A decision and the record it shaped; the subject is optional (a decision on the process itself). */
export const decision = z.object({
  ...bookkeeping,
  consultationId: entityId,
  text: z.string(),
  dissent: z.string().nullable(),
  subjectType: subjectType.nullable(),
  /** A record's id, or a matrix cell's key (decision-subject-id.ts). */
  subjectId: z.string().nullable(),
});
export type Decision = z.infer<typeof decision>;
export const decisionInput = z
  .object({
    id: entityId.optional(),
    text: requiredText(4000),
    /** Who disagreed and why: the record of dissent the working group keeps (domain-spec §7.4). */
    dissent: optionalText(4000),
    subjectType: subjectType.optional(),
    subjectId: decisionSubjectId.optional(),
  })
  .refine((d) => (d.subjectType === undefined) === (d.subjectId === undefined), {
    ...withMessageKey('errors:consultations.subjectIncomplete'),
    path: ['subjectId'],
  })
  // An id of the wrong form cannot name a record of that type: the same words as one that does not exist.
  .refine((d) => d.subjectType === undefined || d.subjectId === undefined || isSubjectIdOfType(d.subjectType, d.subjectId), {
    ...withMessageKey('errors:consultations.subjectNotFound'),
    path: ['subjectId'],
  });

/** A follow-up action, owned by a registered person. */
export const followUpAction = z.object({
  ...bookkeeping,
  consultationId: entityId,
  description: z.string(),
  ownerId: entityId,
  dueDate: z.iso.date(),
  completedDate: z.iso.date().nullable(),
});
export type FollowUpAction = z.infer<typeof followUpAction>;
export const followUpActionInput = z.object({
  id: entityId.optional(),
  description: requiredText(2000),
  ownerId: entityId,
  dueDate: z.iso.date(),
  completedDate: z.iso.date().optional(),
});
