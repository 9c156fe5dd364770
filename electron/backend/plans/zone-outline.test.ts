import { describe, expect, it } from 'vitest';
import type { Geometry } from '../../../shared/maps/schema';
import { polygon, rectangle, upload } from '../maps/test-fixture';
import { useTempBackend } from '../test-support';
import { planWorkspace } from './test-fixture';

const tempBackend = useTempBackend();

/*
 * Squares on the equator, south-west corner at 37° E 0°. On WGS 84 a tenth of a degree of latitude there is
 * 11.0574 km and a tenth of a degree of longitude 11.1319 km, so:
 *   0.1°  → 11.0574 × 11.1319 = 123.09 km²
 *   0.06° → 6.63444 × 6.67914 =  44.31 km²
 *   0.05° → 5.52870 × 5.56595 =  30.77 km²
 */
const square = (degrees: number) => polygon(rectangle(37, 0, 37 + degrees, degrees));
const TENTH = square(0.1);
const SIX_HUNDREDTHS = square(0.06);
const FIVE_HUNDREDTHS = square(0.05);

/** The plans' workspace with the zone outlined by the 0.1° square and 12 + 20 = 32 km² of conversions planned in it. */
function zoneWithConversions() {
  const w = planWorkspace(tempBackend);
  const outline = (geometry: Geometry) => ({ ownerEntity: 'plan_zone', ownerId: w.zone.id, geometry }) as const;
  expect(w.ok('maps.setGeometry', outline(TENTH)).areaKm2).toBeCloseTo(123.09, 2);
  w.ok('plans.saveConversion', w.conversion);
  const grazing = w.ok('plans.saveConversion', { ...w.conversion, areaKm2: 20, driver: 'vegetation_loss' });
  const zoneAreaKm2 = () => w.ok('maps.getGeometry', { ownerEntity: 'plan_zone', ownerId: w.zone.id }).geometry?.areaKm2;
  return { ...w, outline, grazing, zoneAreaKm2 };
}

/** The one field error of a refusal, its figures rounded to what a reader sees (two decimals). */
function refusedOutline(error: { details?: { fields?: { path: (string | number)[]; messageKey: string; params?: Record<string, string | number> }[] } }) {
  const [field, ...others] = error.details?.fields ?? [];
  const rounded = Object.fromEntries(Object.entries(field?.params ?? {}).map(([name, value]) => [name, Math.round(Number(value) * 100) / 100]));
  return { count: others.length + 1, path: field?.path, messageKey: field?.messageKey, params: rounded };
}

describe('a zone’s outline and the conversions planned in it', () => {
  it('refuses a drawn outline smaller than the zone’s conversions, with both figures, and keeps the old one', () => {
    const w = zoneWithConversions();
    const before = w.snapshot();
    expect(refusedOutline(w.fails('maps.setGeometry', w.outline(FIVE_HUNDREDTHS)))).toEqual({
      count: 1,
      path: ['geometry'],
      messageKey: 'errors:plans.outlineSmallerThanConversions',
      params: { outlineKm2: 30.77, conversionsKm2: 32 },
    });
    expect(w.snapshot()).toEqual(before);
    expect(w.zoneAreaKm2()).toBeCloseTo(123.09, 2);

    // 44.31 km² still holds 32 km²; and once the 20 km² conversion is gone, 30.77 km² holds the 12 left.
    expect(w.ok('maps.setGeometry', w.outline(SIX_HUNDREDTHS)).areaKm2).toBeCloseTo(44.31, 2);
    w.ok('plans.deleteConversion', { id: w.grazing.id });
    expect(w.ok('maps.setGeometry', w.outline(FIVE_HUNDREDTHS)).areaKm2).toBeCloseTo(30.77, 2);
  });

  it('accepts an outline exactly as large as the conversions', () => {
    const w = zoneWithConversions();
    const sixHundredthsKm2 = w.ok('maps.setGeometry', w.outline(SIX_HUNDREDTHS)).areaKm2;
    // 12 + (44.31 − 12) fills the zone to the last square metre: saving the same outline again is fine.
    w.ok('plans.saveConversion', { ...w.conversion, id: w.grazing.id, areaKm2: sixHundredthsKm2 - 12, driver: 'vegetation_loss' });
    expect(w.ok('maps.setGeometry', w.outline(SIX_HUNDREDTHS)).areaKm2).toBe(sixHundredthsKm2);
    expect(refusedOutline(w.fails('maps.setGeometry', w.outline(FIVE_HUNDREDTHS))).params.conversionsKm2).toBeCloseTo(44.31, 2);
  });

  it('refuses an imported outline the same way, and a first outline drawn under conversions planned before it', () => {
    const w = zoneWithConversions();
    const file = upload('zone.geojson', JSON.stringify({ type: 'Feature', properties: {}, geometry: FIVE_HUNDREDTHS }));
    const before = w.snapshot();
    expect(refusedOutline(w.fails('maps.importGeometry', { file, featureIndexes: [0], ownerEntity: 'plan_zone', ownerId: w.zone.id })).params).toEqual({
      outlineKm2: 30.77,
      conversionsKm2: 32,
    });
    expect(w.snapshot()).toEqual(before);

    // Without an outline the zone's conversions are only held to the land area: 150 km² is more than the 0.1° square.
    const unmapped = w.ok('plans.saveZone', { planId: w.plan.id, name: 'Irrigation scheme', zoningClass: 'agriculture', landTypeId: w.grass.id });
    w.ok('plans.saveConversion', { ...w.conversion, zoneId: unmapped.id, areaKm2: 150 });
    const first = w.fails('maps.setGeometry', { ownerEntity: 'plan_zone', ownerId: unmapped.id, geometry: TENTH });
    expect(refusedOutline(first).params).toEqual({ outlineKm2: 123.09, conversionsKm2: 150 });
  });

  it('refuses to bring back a removed outline that the conversions planned since no longer fit in', () => {
    const w = zoneWithConversions();
    w.ok('maps.setGeometry', w.outline(SIX_HUNDREDTHS));
    const { id } = w.ok('maps.removeGeometry', { ownerEntity: 'plan_zone', ownerId: w.zone.id });
    // Without an outline, 20 km² more is only held to the land area: 52 km² no longer fits in 44.31 km².
    w.ok('plans.saveConversion', { ...w.conversion, areaKm2: 20, driver: 'vegetation_loss' });
    expect(refusedOutline(w.fails('maps.restoreGeometry', { id })).params).toEqual({ outlineKm2: 44.31, conversionsKm2: 52 });
    expect(w.zoneAreaKm2()).toBeUndefined();
    // Once the zone holds what the outline can, Undo brings it back.
    w.ok('plans.deleteConversion', { id: w.grazing.id });
    expect(w.ok('maps.restoreGeometry', { id }).areaKm2).toBeCloseTo(44.31, 2);
  });
});
