import { KENYA, type useTempBackend } from '../test-support';

/**
 * A workspace with one land type (F1, 35,000 km², 5,000 of them degraded) and its business-as-usual scenario, plus a loss and a
 * reverse measure ready to save there: the starting point of the worksheets' backend tests.
 */
export function forestWorksheet(tempBackend: ReturnType<typeof useTempBackend>) {
  const backend = tempBackend();
  backend.ok('workspace.create', KENYA);
  const forest = backend.ok('landtypes.save', { code: 'F1', name: 'Forest, humid', areaKm2: 35_000, degradedAreaKm2: 5_000 });
  const bau = backend.ok('worksheets.listScenarios', {}).items[0]!;
  const loss = { scenarioId: bau.id, landTypeId: forest.id, areaKm2: 120, driver: 'deforestation', expectedYear: 2027, source: 'entered' } as const;
  const measure = { scenarioId: bau.id, landTypeId: forest.id, level: 'reverse', description: 'Assisted regeneration', areaKm2: 80, startYear: 2025, endYear: 2030 } as const;
  return { ...backend, forest, bau, loss, measure };
}

/** A well-formed id that no record has. */
export const MISSING = '01900000-0000-7000-8000-000000000000';
