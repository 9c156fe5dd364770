import { z } from 'zod';
import { entityId, timestamp } from '../ids';
import { optionalText, withMessageKey } from '../validation';
import { ageBand, consentScope, sector, sex } from './codes';
import { pastDate } from './dates';

/**
 * The fields that identify a person. Erasing a person clears exactly these, here and in the change log;
 * the rest (sector, sex, age band, flags, consent) is what the counts are made of and stays.
 * Organisation is personal too: in a small working group, an organisation with a sex and an age band
 * names the person.
 */
export const PERSONAL_FIELDS = ['name', 'organisation', 'email', 'phone', 'notes'] as const;
export type PersonalField = (typeof PERSONAL_FIELDS)[number];

export const person = z.object({
  id: entityId,
  createdAt: timestamp,
  updatedAt: timestamp,
  deletedAt: timestamp.nullable(),
  name: z.string().nullable(),
  organisation: z.string().nullable(),
  sector,
  sex,
  ageBand,
  isIplc: z.boolean(),
  isYouth: z.boolean(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  consentDate: z.string().nullable(),
  consentScope: consentScope.nullable(),
  /** Free text about the person: personal, erased with the name. */
  notes: z.string().nullable(),
  /** When the person's personal fields were erased; an erased person is still counted, never named again. */
  erasedAt: timestamp.nullable(),
});
export type Person = z.infer<typeof person>;

const email = optionalText(254).pipe(z.email().optional());
/** Digits with the separators people write: +254 (0)20 123-4567. */
const phone = optionalText(40).refine((v) => v === undefined || /^\+?[0-9 ().-]{3,}$/.test(v), withMessageKey('errors:consultations.phoneInvalid'));

/** The whole register form; optional fields left out are cleared. Only sector must be given. */
export const personInput = z
  .object({
    id: entityId.optional(),
    name: optionalText(200),
    organisation: optionalText(200),
    sector,
    sex: sex.default('undisclosed'),
    ageBand: ageBand.default('undisclosed'),
    isIplc: z.boolean().default(false),
    isYouth: z.boolean().default(false),
    email,
    phone,
    consentDate: pastDate.optional(),
    consentScope: consentScope.optional(),
    notes: optionalText(4000),
  })
  // Consent is a fact with a date and a scope: half of it cannot be relied on.
  .superRefine((input, ctx) => {
    if (input.consentScope !== undefined && input.consentDate === undefined) {
      ctx.addIssue({ code: 'custom', path: ['consentDate'], params: { messageKey: 'errors:consultations.consentIncomplete' } });
    }
    if (input.consentDate !== undefined && input.consentScope === undefined) {
      ctx.addIssue({ code: 'custom', path: ['consentScope'], params: { messageKey: 'errors:consultations.consentIncomplete' } });
    }
  });
export type PersonInput = z.input<typeof personInput>;
