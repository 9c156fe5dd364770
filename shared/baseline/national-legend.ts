import { z } from 'zod';
import type { FieldError } from '../command';
import { withMessageKey } from '../validation';
import { UNCCD_LAND_COVER_CODES } from './classes';

/**
 * SO1-1.T2 (2026, domain-spec §1.3, §7.2): an optional national land-cover legend. Each national class
 * nests into exactly one of the 7 UNCCD classes, so national data can always be reported in the UNCCD
 * legend. PRAIS allows at most 15 national classes.
 */
export const NATIONAL_LEGEND_MAX_CLASSES = 15;
export const NATIONAL_CLASS_SHORT_NAME_MAX = 20;
export const NATIONAL_CLASS_LONG_NAME_MAX = 120;

/** A colour as te_schemas `LCClass` writes it. */
const COLOUR = /^#[0-9A-Fa-f]{6}$/;

export const nationalLegendClass = z.object({
  code: z.number().int().min(1).max(32767),
  nameShort: z.string().trim().min(1).max(NATIONAL_CLASS_SHORT_NAME_MAX),
  nameLong: z.string().trim().min(1).max(NATIONAL_CLASS_LONG_NAME_MAX),
  color: z.string().refine((c) => COLOUR.test(c), withMessageKey('errors:baseline.legend.colour')),
  /** The UNCCD class (1–7) this class nests into; null is how a form says "not chosen yet", and is refused. */
  unccdCode: z
    .number()
    .int()
    .nullable()
    .refine((c) => c !== null && (UNCCD_LAND_COVER_CODES as readonly number[]).includes(c), withMessageKey('errors:baseline.legend.notNested')),
});
export type NationalLegendClass = z.infer<typeof nationalLegendClass>;

/** What `baseline.get` returns and `baseline.saveNationalLegend` takes. */
export const nationalLegend = z.object({
  /** The PRAIS toggle "are the 7 UNCCD classes sufficient?"; while true, the national classes are kept but not used. */
  unccdSufficient: z.boolean(),
  // The bound only keeps requests small; the 15-class rule is refused with its own message below.
  classes: z.array(nationalLegendClass).max(100),
});
export type NationalLegend = z.infer<typeof nationalLegend>;

/** The rules across rows: at most 15 classes, each code once. Returns problems with their path. */
export function nationalLegendProblems(legend: Pick<NationalLegend, 'classes'>): FieldError[] {
  const problems: FieldError[] = [];
  if (legend.classes.length > NATIONAL_LEGEND_MAX_CLASSES) {
    problems.push({ path: ['classes'], messageKey: 'errors:baseline.legend.tooManyClasses', params: { max: NATIONAL_LEGEND_MAX_CLASSES, count: legend.classes.length } });
  }
  legend.classes.forEach((c, i) => {
    if (legend.classes.findIndex((other) => other.code === c.code) !== i) {
      problems.push({ path: ['classes', i, 'code'], messageKey: 'errors:baseline.legend.duplicateCode', params: { code: c.code } });
    }
  });
  return problems;
}
