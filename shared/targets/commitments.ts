import { z } from 'zod';

/**
 * The commitments cross-walk (domain-spec §6): the frameworks a target can be linked to, how the link's
 * area relates to the target's, and the target numbers each framework uses. Labels live in the locales
 * under `targets:commitments.*`.
 */

export const FRAMEWORKS = [
  'unfccc_ndc',
  'unfccc_nap',
  'cbd_nbsap',
  'gbf',
  'sdg',
  'bonn_challenge',
  'afr100',
  'initiative_20x20',
  'ecca30',
  'ferm',
  'sendai',
  'unccd_nap',
  'national_plan',
  'other',
] as const;
export const framework = z.enum(FRAMEWORKS);
export type Framework = z.infer<typeof framework>;

/** Restoration pledges counted in hectares (Bonn Challenge and its regional initiatives, FERM registry). */
export const RESTORATION_PLEDGES: readonly Framework[] = ['bonn_challenge', 'afr100', 'initiative_20x20', 'ecca30', 'ferm'];

/**
 * How the committed area relates to the LDN target's (§6, "complementarity and double counting"):
 * the same area and action, an area that partly overlaps, a contribution to the other commitment, or an
 * enabling link with no area at all.
 */
export const LINK_RELATIONS = ['same_area_same_action', 'overlapping_area', 'contributes_to', 'enabling_only'] as const;
export const linkRelation = z.enum(LINK_RELATIONS);
export type LinkRelation = z.infer<typeof linkRelation>;

/** Kunming-Montreal GBF targets are numbered 1 to 23. */
export const GBF_TARGET_NUMBERS = Array.from({ length: 23 }, (_, i) => String(i + 1));

/** Sendai Framework global targets (a)–(g). */
export const SENDAI_TARGETS = ['a', 'b', 'c', 'd', 'e', 'f', 'g'] as const;

/**
 * SDG targets and indicators a land target most often links to (§6): offered first in pick lists. Any
 * SDG target or indicator code is accepted (see {@link isSdgCode}).
 */
export const SUGGESTED_SDG_CODES = ['15.3', '15.3.1', '2.4', '2.4.1', '6.6', '6.6.1', '11.3', '11.3.1', '13.1', '15.1', '15.1.1', '15.1.2', '15.2', '15.2.1', '15.5'] as const;

/** An SDG target (`15.3`, `2.a`) or indicator (`15.3.1`, `15.a.1`) code of goals 1–17. */
export function isSdgCode(code: string): boolean {
  const match = /^(\d{1,2})\.(\d{1,2}|[a-c])(\.\d{1,2})?$/.exec(code);
  return match !== null && Number(match[1]) >= 1 && Number(match[1]) <= 17;
}

/**
 * Whether `targetNumber` is a valid target of the framework: GBF 1–23, SDG codes, Sendai (a)–(g).
 * Other frameworks number their measures freely (NDC measure IDs, national plan sections).
 */
export function isTargetNumberOf(fw: Framework, targetNumber: string): boolean {
  switch (fw) {
    case 'gbf':
      return GBF_TARGET_NUMBERS.includes(targetNumber);
    case 'sdg':
      return isSdgCode(targetNumber);
    case 'sendai':
      return (SENDAI_TARGETS as readonly string[]).includes(targetNumber);
    default:
      return true;
  }
}

/** Frameworks whose links must name a target number, since the framework is a list of numbered targets. */
export const NUMBERED_FRAMEWORKS: readonly Framework[] = ['gbf', 'sdg', 'sendai'];
