import { z } from 'zod';
import { entityId, timestamp } from '../ids';
import { optionalText, withMessageKey } from '../validation';

/**
 * The licences of the PRAIS "User Specific Licence" (USL) form (domain-spec §1.9), by their SPDX
 * identifiers, which the package manifest carries as they are; `custom` is a licence the country words itself.
 */
export const USL_LICENCES = ['CC0-1.0', 'CC-BY-4.0', 'CC-BY-SA-4.0', 'CC-BY-NC-4.0', 'CC-BY-NC-SA-4.0', 'custom'] as const;
export const uslLicenceCode = z.enum(USL_LICENCES);
export type UslLicenceCode = z.infer<typeof uslLicenceCode>;

/** What PRAIS applies to data submitted without a USL form. */
export const PRAIS_DEFAULT_LICENCE = 'CC-BY-NC-4.0' satisfies UslLicenceCode;

/** ShareAlike and custom licences need the country's explicit permission before PRAIS aggregates the data regionally or globally. */
export const needsAggregationPermission = (licence: UslLicenceCode): boolean => licence === 'custom' || licence.includes('-SA-');

/** The licence chosen on the USL form. */
export const uslLicence = z.object({
  id: entityId,
  licence: uslLicenceCode,
  customLicenceText: z.string().nullable(),
  aggregationPermission: z.boolean(),
  updatedAt: timestamp,
});
export type UslLicence = z.infer<typeof uslLicence>;

/** One of USL_LICENCES; a missing or unknown code says "choose a licence" rather than a generic refusal. */
const chosenLicence = z.custom<UslLicenceCode>(
  (value) => typeof value === 'string' && (USL_LICENCES as readonly string[]).includes(value),
  withMessageKey('errors:reporting.licence.choose'),
);

export const saveLicenceInput = z
  .object({
    licence: chosenLicence,
    /** Kept only with `custom`: another licence's text would describe nothing. */
    customLicenceText: optionalText(4000),
    aggregationPermission: z.boolean(),
  })
  .refine((l) => l.licence !== 'custom' || l.customLicenceText !== undefined, {
    path: ['customLicenceText'],
    ...withMessageKey('errors:reporting.licence.customTextRequired'),
  });
export type SaveLicenceInput = z.input<typeof saveLicenceInput>;
