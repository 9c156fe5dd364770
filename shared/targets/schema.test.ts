import { describe, expect, it } from 'vitest';
import { fieldErrorsFromZod } from '../validation';
import { isSdgCode } from './commitments';
import { commitmentLinkInput, targetInput } from './schema';
import { unitsFor } from './units';

const TARGET = '0190a4d2-7c1e-7000-8000-000000000001';
const valid = {
  text: 'Restore 882.86 km² of converted forest in the Western Region by 2030',
  level: 'subnational',
  indicators: ['land_cover'],
  targetValue: 882.86,
  targetUnit: 'km2',
  baselineValue: 0,
  baselineYear: 2015,
  startYear: 2020,
  targetYear: 2030,
  targetAreaKm2: 882.86,
  milestones: [{ year: 2025, value: 400 }],
};

/** The field errors the form would show: path and message key. */
const refusals = (schema: typeof targetInput | typeof commitmentLinkInput, input: unknown) => {
  const parsed = schema.safeParse(input);
  return parsed.success ? [] : fieldErrorsFromZod(parsed.error).map((e) => [e.path.join('.'), e.messageKey]);
};

describe('the target form', () => {
  it('accepts a complete sub-national target and fills the defaults', () => {
    expect(targetInput.parse(valid)).toMatchObject({ strategicObjective: 'SO1', status: 'not_started', endorsementStatus: 'draft', provenance: 'entered', hierarchyTypes: [] });
  });

  it.each([
    ['a target year before the baseline year', { targetYear: 2010, startYear: undefined, milestones: [] }, 'targetYear', 'errors:targets.targetYearBeforeBaseline'],
    ['a target year before the start year', { startYear: 2031, milestones: [] }, 'targetYear', 'errors:targets.targetYearBeforeStart'],
    ['a negative value', { targetValue: -5 }, 'targetValue', 'errors:targets.valueNegative'],
    ['a negative area', { targetAreaKm2: -1 }, 'targetAreaKm2', 'errors:targets.valueNegative'],
    ['a unit that does not fit the indicator', { targetUnit: 't_per_ha' }, 'targetUnit', 'errors:targets.unitNotForIndicator'],
    ['a national target with an area', { level: 'national' }, 'targetAreaKm2', 'errors:targets.nationalHasNoArea'],
    ['a share above 100 %', { targetUnit: 'pct_area', targetValue: 120, baselineValue: 0, milestones: [] }, 'targetValue', 'errors:targets.shareAbove100'],
    ['a value without a unit', { targetUnit: undefined, baselineValue: undefined }, 'targetUnit', 'errors:targets.unitRequired'],
    ['a baseline value without its year', { baselineYear: undefined }, 'baselineYear', 'errors:targets.baselineYearRequired'],
    ['a milestone after the target year', { milestones: [{ year: 2035, value: 1 }] }, 'milestones.0.year', 'errors:targets.milestoneOutsidePeriod'],
    ['an unknown land-cover class', { landCoverClasses: [9] }, 'landCoverClasses.0', 'errors:targets.unknownLandCoverClass'],
    ['an accepted net loss without justification', { ambition: 'accepted_net_loss' }, 'ambitionJustification', 'errors:targets.justificationRequired'],
    ['an adoption without its instrument', { endorsementStatus: 'officially_adopted', endorsementDate: '2024-05-02' }, 'endorsementInstrument', 'errors:targets.adoptionInstrumentRequired'],
  ])('refuses %s at the field', (_, change, path, messageKey) => {
    expect(refusals(targetInput, { ...valid, ...change })).toEqual([[path, messageKey]]);
  });

  it('accepts t/ha for a SOC target, but not when the target also addresses land cover', () => {
    expect(unitsFor(['soc'])).toContain('t_per_ha');
    expect(unitsFor(['soc', 'land_productivity'])).toEqual(['km2', 'ha', 'pct_area', 'pct_change']);
    expect(refusals(targetInput, { ...valid, indicators: ['soc'], targetUnit: 't_per_ha', targetValue: 17, baselineValue: 15, milestones: [] })).toEqual([]);
  });
});

describe('the commitment link form', () => {
  const link = { targetId: TARGET, framework: 'bonn_challenge', commitmentRef: 'Bonn pledge 2018', relation: 'overlapping_area', sharedAreaKm2: 50 };

  it.each([
    ['a share above 100 %', { sharePct: 140 }, 'sharePct', 'errors:targets.shareAbove100'],
    ['a negative shared area', { sharedAreaKm2: -3 }, 'sharedAreaKm2', 'errors:targets.valueNegative'],
    ['an area on an enabling-only link', { relation: 'enabling_only' }, 'sharedAreaKm2', 'errors:targets.enablingHasNoArea'],
    ['a GBF link without its target number', { framework: 'gbf' }, 'targetNumber', 'errors:targets.targetNumberRequired'],
    ['a GBF target 24', { framework: 'gbf', targetNumber: '24' }, 'targetNumber', 'errors:targets.targetNumberInvalid'],
    ['a Sendai target (h)', { framework: 'sendai', targetNumber: 'h' }, 'targetNumber', 'errors:targets.targetNumberInvalid'],
  ])('refuses %s at the field', (_, change, path, messageKey) => {
    expect(refusals(commitmentLinkInput, { ...link, ...change })).toEqual([[path, messageKey]]);
  });

  it('knows SDG targets and indicators of goals 1 to 17', () => {
    expect(['15.3', '15.3.1', '2.4.1', '15.a', '15.a.1'].every(isSdgCode)).toBe(true);
    expect(['18.1', '0.1', '15', '15.3.1.2', 'x'].some(isSdgCode)).toBe(false);
  });
});
