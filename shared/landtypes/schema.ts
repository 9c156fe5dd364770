import { z } from 'zod';
import { entityId, timestamp } from '../ids';
import { optionalText, withMessageKey } from '../validation';

/** A land type: the unit within which losses and gains are counterbalanced (like for like). */
export const landType = z.object({
  id: entityId,
  code: z.string(),
  name: z.string(),
  definitionBasis: z.string().nullable(),
  areaKm2: z.number().nullable(),
  /** The part of the land type recorded as degraded (km²): what reverse measures can restore. Null: not recorded. */
  degradedAreaKm2: z.number().nullable(),
  notes: z.string().nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
  deletedAt: timestamp.nullable(),
});
export type LandType = z.infer<typeof landType>;

export const landTypeInput = z
  .object({
    id: entityId.optional(),
    code: z
      .string()
      .trim()
      .min(1)
      .max(32)
      .refine((code) => /^[\p{L}\p{N}._-]+$/u.test(code), { params: { messageKey: 'errors:field.codeCharacters' } }),
    name: z.string().trim().min(1).max(200),
    definitionBasis: optionalText(500),
    areaKm2: z.number().min(0).optional(),
    degradedAreaKm2: z.number().min(0).optional(),
    notes: optionalText(4000),
  })
  .superRefine(({ areaKm2, degradedAreaKm2 }, ctx) => {
    // Degraded land is part of the land type, so it cannot be larger than the land type when that is known.
    if (areaKm2 !== undefined && degradedAreaKm2 !== undefined && degradedAreaKm2 > areaKm2) {
      ctx.addIssue({ code: 'custom', path: ['degradedAreaKm2'], ...withMessageKey('errors:landtypes.degradedExceedsArea') });
    }
  });
export type LandTypeInput = z.input<typeof landTypeInput>;
