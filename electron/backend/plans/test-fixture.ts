import { KENYA, type useTempBackend } from '../test-support';

/**
 * A Kenyan workspace with two land types (F1 forest, G1 grassland), a land-use plan and one zone of it in
 * F1, plus a conversion ready to save there (tree-covered → cropland, a degradation under the GPG default):
 * the starting point of the plans' backend tests.
 */
export function planWorkspace(tempBackend: ReturnType<typeof useTempBackend>) {
  const backend = tempBackend();
  backend.ok('workspace.create', KENYA);
  const forest = backend.ok('landtypes.save', { code: 'F1', name: 'Forest, humid', areaKm2: 35_000 });
  const grass = backend.ok('landtypes.save', { code: 'G1', name: 'Savanna grassland', areaKm2: 120_000 });
  const plan = backend.ok('plans.save', { name: 'Lakeside county spatial plan', level: 'subnational', status: 'adopted', periodStart: 2025, periodEnd: 2035 });
  const zone = backend.ok('plans.saveZone', { planId: plan.id, name: 'Industrial park', zoningClass: 'urban_development', landTypeId: forest.id });
  const conversion = { zoneId: zone.id, fromClass: 1, toClass: 3, areaKm2: 12, expectedYear: 2030, driver: 'deforestation' } as const;
  /** Everything the plans hold, and the history's length, to show that a refusal wrote nothing. */
  const snapshot = () => ({
    plans: backend.ok('plans.list', {}),
    plan: backend.ok('plans.get', { id: plan.id }),
    history: backend.ok('workspace.history', {}).entries.length,
  });
  return { ...backend, forest, grass, plan, zone, conversion, snapshot };
}

/** A square of `degrees` a side with its south-west corner at (lon, lat): a zone's drawn outline. */
export function square(lon: number, lat: number, degrees: number) {
  const ring = [
    [lon, lat],
    [lon + degrees, lat],
    [lon + degrees, lat + degrees],
    [lon, lat + degrees],
    [lon, lat],
  ];
  return { type: 'Polygon' as const, coordinates: [ring] };
}
