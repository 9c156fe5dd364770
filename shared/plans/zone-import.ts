import type { AttributeValue, FeatureProblem } from '../maps/schema';
import { ZONING_CLASSES, type ZoneImportMapping, type ZoneImportProblem, type ZoneImportRow } from './schema';

/**
 * Turning the features of a spatial file into plan zones: which attributes hold the zone's name, zoning
 * class and land type, and what each feature would become. Pure, so that the preview and the import
 * read a file the same way.
 */

/** Attribute names, normalised (see `normalise`), that usually hold each value; earlier ones win. */
const LIKELY_ATTRIBUTES: { [K in keyof ZoneImportMapping]-?: readonly string[] } = {
  nameAttribute: ['name', 'zone_name', 'zonename', 'nom', 'nom_zone', 'nombre', 'nombre_zona', 'zone', 'zona'],
  zoningClassAttribute: ['zoning_class', 'zoningclass', 'zoning', 'zone_type', 'zonetype', 'class', 'classe', 'clase', 'zonage', 'zonificacion'],
  landTypeAttribute: ['landtype', 'land_type', 'landtype_code', 'land_type_code', 'landtypecode', 'lt_code'],
};

/** Lower case, trimmed, with spaces and hyphens as underscores: "Zone Type" and "zone-type" read as zone_type. */
function normalise(text: string): string {
  return text.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

/** The attributes that look like a zone's name, zoning class and land type, by their names. */
export function suggestMapping(attributes: readonly string[]): ZoneImportMapping {
  const byNormalised = new Map(attributes.map((attribute) => [normalise(attribute), attribute]));
  const mapping: ZoneImportMapping = {};
  for (const key of Object.keys(LIKELY_ATTRIBUTES) as (keyof ZoneImportMapping)[]) {
    const found = LIKELY_ATTRIBUTES[key].map((name) => byNormalised.get(name)).find((attribute) => attribute !== undefined);
    if (found !== undefined) mapping[key] = found;
  }
  return mapping;
}

function textOf(value: AttributeValue | undefined): string {
  return value === null || value === undefined ? '' : String(value).trim();
}

/** A land type a feature may name, by its code or its name. */
export interface ImportableLandType {
  id: string;
  code: string;
  name: string;
}

/** What the file says about one feature: its attributes and the problems maps found with its geometry. */
export interface ZoneFeature {
  index: number;
  properties: Record<string, AttributeValue>;
  problems: readonly FeatureProblem[];
}

/**
 * The zone one feature would become. No zoning-class attribute, or an empty value, gives 'other'; a value
 * that is no zoning class (by code, or the code written with spaces: "Urban development") is a problem.
 * An empty land type leaves the zone outside any land type; one that matches no live land type's code or
 * name is a problem.
 */
export function zoneImportRow(feature: ZoneFeature, mapping: ZoneImportMapping, landTypes: readonly ImportableLandType[]): ZoneImportRow {
  const problems: ZoneImportProblem[] = [...feature.problems];
  const valueOf = (attribute: string | undefined) => (attribute === undefined ? '' : textOf(feature.properties[attribute]));

  const name = valueOf(mapping.nameAttribute);
  if (name === '') problems.push({ code: 'missing_name', messageKey: 'errors:plans.import.missingName' });

  const classText = valueOf(mapping.zoningClassAttribute);
  const zoningClass = classText === '' ? 'other' : (ZONING_CLASSES.find((code) => code === normalise(classText)) ?? null);
  if (zoningClass === null) problems.push({ code: 'unknown_zoning_class', messageKey: 'errors:plans.import.unknownZoningClass', params: { value: classText } });

  const landTypeText = valueOf(mapping.landTypeAttribute);
  const landType = landTypeText === '' ? undefined : landTypeNamed(landTypes, landTypeText);
  if (landTypeText !== '' && !landType) problems.push({ code: 'unknown_land_type', messageKey: 'errors:plans.import.unknownLandType', params: { value: landTypeText } });

  return { index: feature.index, name: name === '' ? null : name, zoningClass, landTypeId: landType?.id ?? null, problems };
}

/** Codes first (they are what a GIS layer usually carries), then names; case and outer spaces do not matter. */
function landTypeNamed(landTypes: readonly ImportableLandType[], text: string): ImportableLandType | undefined {
  const wanted = text.toLowerCase();
  return landTypes.find((t) => t.code.toLowerCase() === wanted) ?? landTypes.find((t) => t.name.trim().toLowerCase() === wanted);
}
