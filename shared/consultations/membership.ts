import { z } from 'zod';
import { entityId, timestamp } from '../ids';
import { memberRole } from '../settings/schema';
import { withMessageKey } from '../validation';
import { person } from './person';

/**
 * A person's seat in the national LDN working group, with its role. A membership runs from `startDate`
 * through `endDate` inclusive; without an end date it is open-ended. Roles are the same codes as the
 * member profile's (shared/settings/schema.ts), so the two never disagree.
 */
export const membership = z.object({
  id: entityId,
  createdAt: timestamp,
  updatedAt: timestamp,
  deletedAt: timestamp.nullable(),
  personId: entityId,
  role: memberRole,
  startDate: z.iso.date(),
  endDate: z.iso.date().nullable(),
});
export type Membership = z.infer<typeof membership>;

export const memberWithPerson = membership.extend({ person });
export type MemberWithPerson = z.infer<typeof memberWithPerson>;

const endNotBeforeStart = withMessageKey('errors:consultations.endBeforeStart');

/** Creates (no id) or replaces (id) a membership. A person holds at most one open-ended membership. */
export const membershipInput = z
  .object({
    id: entityId.optional(),
    personId: entityId,
    role: memberRole,
    startDate: z.iso.date(),
    endDate: z.iso.date().optional(),
  })
  .refine((input) => input.endDate === undefined || input.endDate >= input.startDate, { ...endNotBeforeStart, path: ['endDate'] });

export const endMembershipInput = z.object({
  id: entityId,
  /** The last day of the membership; today (UTC) when left out. */
  endDate: z.iso.date().optional(),
});
