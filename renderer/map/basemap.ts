import type { FeatureCollection } from 'geojson';
import isoCountries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { geometryBbox } from '../../shared/maps/bbox';
import type { Bbox, Geometry } from '../../shared/maps/schema';

let countries: Promise<FeatureCollection> | null = null;

/**
 * Natural Earth admin-0 boundaries at 1:50 million (world-atlas), bundled by Vite as a chunk of the app:
 * the default basemap needs no network. Loaded once, on the first map shown.
 */
export function loadCountries(): Promise<FeatureCollection> {
  countries ??= import('world-atlas/countries-50m.json').then(({ default: topology }) => {
    const world = topology as unknown as Topology<{ countries: GeometryCollection }>;
    return feature(world, world.objects.countries);
  });
  return countries;
}

/**
 * The workspace's country in the bundled boundaries (world-atlas ids are ISO 3166-1 numeric codes). Null
 * when the country is not among the boundaries (very small states at this scale).
 */
export async function countryGeometry(iso3: string): Promise<Geometry | null> {
  const numeric = isoCountries.alpha3ToNumeric(iso3);
  if (!numeric) return null;
  const country = (await loadCountries()).features.find((candidate) => String(candidate.id) === numeric);
  return (country?.geometry as Geometry | undefined) ?? null;
}

/** The box around the workspace's country, so that a map opens on the country rather than on the whole world. */
export async function countryBbox(iso3: string): Promise<Bbox | null> {
  const country = await countryGeometry(iso3);
  return country ? geometryBbox(country) : null;
}
