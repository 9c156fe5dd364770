import { describe, expect, it } from 'vitest';
import { suggestMapping, zoneImportRow, type ZoneFeature } from './zone-import';

const landTypes = [
  { id: 'lt-forest', code: 'F1', name: 'Forest, humid' },
  { id: 'lt-grass', code: 'G1', name: 'Savanna grassland' },
];

const feature = (properties: ZoneFeature['properties'], index = 0): ZoneFeature => ({ index, properties, problems: [] });

describe('suggestMapping', () => {
  it('finds the usual attribute names whatever their case and separators', () => {
    expect(suggestMapping(['OBJECTID', 'Nom', 'Zone Type', 'LAND_TYPE'])).toEqual({
      nameAttribute: 'Nom',
      zoningClassAttribute: 'Zone Type',
      landTypeAttribute: 'LAND_TYPE',
    });
    expect(suggestMapping(['nombre', 'zoning', 'landtype'])).toEqual({ nameAttribute: 'nombre', zoningClassAttribute: 'zoning', landTypeAttribute: 'landtype' });
  });

  it('prefers a name attribute over a zone code, and leaves out what it cannot find', () => {
    expect(suggestMapping(['zone', 'name', 'area_ha'])).toEqual({ nameAttribute: 'name' });
    expect(suggestMapping(['id', 'shape_area'])).toEqual({});
  });
});

describe('zoneImportRow', () => {
  const mapping = { nameAttribute: 'name', zoningClassAttribute: 'class', landTypeAttribute: 'lt' };

  it('reads the name, zoning class (code or words) and land type (code or name)', () => {
    expect(zoneImportRow(feature({ name: ' Mine extension ', class: 'Mining', lt: 'f1' }), mapping, landTypes)).toEqual({
      index: 0,
      name: 'Mine extension',
      zoningClass: 'mining',
      landTypeId: 'lt-forest',
      problems: [],
    });
    expect(zoneImportRow(feature({ name: 'New town', class: 'Urban development', lt: 'Savanna grassland' }), mapping, landTypes)).toMatchObject({
      zoningClass: 'urban_development',
      landTypeId: 'lt-grass',
      problems: [],
    });
  });

  it('gives "other" and no land type to empty values, and lists unknown ones and a missing name as problems', () => {
    expect(zoneImportRow(feature({ name: 'Buffer', class: null, lt: '' }), mapping, landTypes)).toMatchObject({ zoningClass: 'other', landTypeId: null, problems: [] });
    expect(zoneImportRow(feature({ name: '', class: 'Casino', lt: 'X9' }, 4), mapping, landTypes)).toEqual({
      index: 4,
      name: null,
      zoningClass: null,
      landTypeId: null,
      problems: [
        { code: 'missing_name', messageKey: 'errors:plans.import.missingName' },
        { code: 'unknown_zoning_class', messageKey: 'errors:plans.import.unknownZoningClass', params: { value: 'Casino' } },
        { code: 'unknown_land_type', messageKey: 'errors:plans.import.unknownLandType', params: { value: 'X9' } },
      ],
    });
  });

  it('keeps the geometry problems maps found first', () => {
    const broken = { index: 1, properties: { name: 'Quarry' }, problems: [{ code: 'self_intersecting', messageKey: 'errors:maps.feature.selfIntersecting' }] } as const;
    expect(zoneImportRow({ ...broken, problems: [...broken.problems] }, { nameAttribute: 'name' }, landTypes).problems.map((p) => p.code)).toEqual(['self_intersecting']);
  });
});
