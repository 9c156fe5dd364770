import { z } from 'zod';
import { LANGUAGES } from '../i18n/languages';

export const language = z.enum(LANGUAGES);

/** Roles in the national working group (consultations feature uses the same list). */
export const memberRole = z.enum(['focal_point', 'reporting_officer', 'member', 'consultant', 'observer']);
export type MemberRole = z.infer<typeof memberRole>;

/** The person using this installation; every change they make is signed with `memberId`. */
export const memberProfile = z.object({
  memberId: z.string(),
  name: z.string(),
  organisation: z.string(),
  role: memberRole,
});
export type MemberProfile = z.infer<typeof memberProfile>;

export const memberProfileInput = z.object({
  name: z.string().trim().min(1).max(200),
  organisation: z.string().trim().max(200).default(''),
  role: memberRole,
});

export const appSettings = z.object({
  /** null until the user picks one; the UI then follows the system language. */
  language: language.nullable(),
  profile: memberProfile,
  deviceId: z.string(),
});
export type AppSettings = z.infer<typeof appSettings>;
