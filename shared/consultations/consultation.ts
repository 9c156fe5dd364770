import { z } from 'zod';
import { entityId, timestamp } from '../ids';
import { optionalText, withMessageKey } from '../validation';
import { consultationStatus, modality, purpose } from './codes';
import { latestTodayOnEarth } from './dates';
import { contribution, contributionInput, decision, decisionInput, followUpAction, followUpActionInput } from './outcomes';
import { person } from './person';

/** A stakeholder consultation or workshop (domain-spec §7.4). `endDate` is null for a one-day event. */
export const consultation = z.object({
  id: entityId,
  createdAt: timestamp,
  updatedAt: timestamp,
  deletedAt: timestamp.nullable(),
  title: z.string(),
  status: consultationStatus,
  startDate: z.iso.date(),
  endDate: z.iso.date().nullable(),
  place: z.string().nullable(),
  modality,
  purpose,
  facilitator: z.string().nullable(),
  agenda: z.string().nullable(),
  minutes: z.string().nullable(),
});
export type Consultation = z.infer<typeof consultation>;

/** The consultation with its attendees (read from the register) and its outcomes. */
export const consultationDetail = consultation.extend({
  attendees: z.array(person),
  contributions: z.array(contribution),
  decisions: z.array(decision),
  actions: z.array(followUpAction),
});

/**
 * The whole consultation form, outcomes included: an outcome without an id is added, one with an id is
 * updated, and a stored one left out is deleted (tombstoned). Attendance has its own command.
 */
export const consultationInput = z
  .object({
    id: entityId.optional(),
    title: z.string().trim().min(1).max(300),
    status: consultationStatus,
    startDate: z.iso.date(),
    endDate: z.iso.date().optional(),
    place: optionalText(300),
    modality,
    purpose,
    facilitator: optionalText(200),
    agenda: optionalText(20_000),
    minutes: optionalText(100_000),
    contributions: z.array(contributionInput).max(1000).default([]),
    decisions: z.array(decisionInput).max(1000).default([]),
    actions: z.array(followUpActionInput).max(1000).default([]),
  })
  .superRefine((input, ctx) => {
    const issue = (path: string, messageKey: string) => ctx.addIssue({ code: 'custom', path: [path], params: { messageKey } });
    if (input.endDate !== undefined && input.endDate < input.startDate) issue('endDate', 'errors:consultations.endBeforeStart');
    // A held consultation has taken place: a date after today (anywhere on Earth) is a typing mistake.
    if (input.status === 'held') {
      const today = latestTodayOnEarth();
      if (input.startDate > today) issue('startDate', 'errors:consultations.dateInFuture');
      if (input.endDate !== undefined && input.endDate > today) issue('endDate', 'errors:consultations.dateInFuture');
    }
  });
export type ConsultationInput = z.input<typeof consultationInput>;

export const attendanceInput = z.object({
  consultationId: entityId,
  /** Everyone who attended; people left out are removed from the attendance. */
  personIds: z
    .array(entityId)
    .max(5000)
    .refine((ids) => new Set(ids).size === ids.length, withMessageKey('errors:consultations.attendeeRepeated')),
});
