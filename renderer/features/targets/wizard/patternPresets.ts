import type { TargetPattern } from '../../../../shared/targets/codes';
import type { TargetValues } from './targetValues';

type Preset = Partial<Pick<TargetValues, 'actionVerb' | 'indicators' | 'hierarchyTypes' | 'landCoverClasses' | 'targetUnit' | 'ambition'>>;

/**
 * What each target shape of domain-spec §5.3 usually says, filled in when the pattern is chosen so that
 * the person starts from a sensible target rather than an empty form. Every value stays editable.
 */
export const PATTERN_PRESETS: Record<TargetPattern, Preset> = {
  achieve_ldn: { actionVerb: 'maintain', indicators: ['sdg_15_3_1'], hierarchyTypes: ['avoid', 'reduce', 'reverse'], ambition: 'no_net_loss' },
  halt_conversion: { actionVerb: 'halt', indicators: ['land_cover'], hierarchyTypes: ['avoid'] },
  improve_productivity: { actionVerb: 'improve', indicators: ['land_productivity'], hierarchyTypes: ['reduce'], targetUnit: 'km2' },
  improve_soc: { actionVerb: 'improve', indicators: ['soc'], hierarchyTypes: ['reduce', 'reverse'], targetUnit: 'pct_change' },
  restore_area: { actionVerb: 'restore', indicators: ['land_cover'], hierarchyTypes: ['reverse'], targetUnit: 'ha' },
  // UNCCD land-cover class 5: artificial areas.
  contain_artificial: { actionVerb: 'contain', indicators: ['land_cover'], hierarchyTypes: ['avoid'], landCoverClasses: ['5'], targetUnit: 'km2' },
  enabling: { indicators: ['other'] },
};

type PresetField = keyof Preset;
const EMPTY: Required<Preset> = { actionVerb: '', indicators: [], hierarchyTypes: [], landCoverClasses: [], targetUnit: '', ambition: '' };

const same = (a: string | string[], b: string | string[]) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The field changes of switching from pattern `from` to `to`: a field takes the new preset when it is
 * empty or still holds the old pattern's preset (nobody changed it); what the person entered stays.
 */
export function presetChanges(from: string, to: TargetPattern, current: TargetValues): Partial<Preset> {
  const before = PATTERN_PRESETS[from as TargetPattern] ?? {};
  const after = PATTERN_PRESETS[to];
  const changes: Partial<Record<PresetField, string | string[]>> = {};
  for (const field of Object.keys(EMPTY) as PresetField[]) {
    const value = current[field];
    const untouched = same(value, EMPTY[field]) || (before[field] !== undefined && same(value, before[field]));
    const next = after[field] ?? EMPTY[field];
    if (untouched && !same(value, next)) changes[field] = next;
  }
  return changes as Partial<Preset>;
}
