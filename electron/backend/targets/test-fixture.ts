import type { CommandInput } from '../../../shared/contract';
import { KENYA, type useTempBackend } from '../test-support';

/**
 * A workspace with two land types (F1 forest, C1 cropland) and a national target ready to save:
 * "Achieve LDN by 2030 compared to the 2015 baseline". The starting point of the targets' backend tests.
 */
export function targetsWorkspace(tempBackend: ReturnType<typeof useTempBackend>) {
  const backend = tempBackend();
  backend.ok('workspace.create', KENYA);
  const forest = backend.ok('landtypes.save', { code: 'F1', name: 'Forest, humid', areaKm2: 35_000 });
  const cropland = backend.ok('landtypes.save', { code: 'C1', name: 'Cropland, rainfed', areaKm2: 120_000 });
  const national: CommandInput<'targets.save'> = {
    text: 'Achieve LDN by 2030 compared to the 2015 baseline',
    level: 'national',
    pattern: 'achieve_ldn',
    ambition: 'no_net_loss',
    hierarchyTypes: ['avoid', 'reduce', 'reverse'],
    indicators: ['sdg_15_3_1'],
    landTypeIds: [forest.id, cropland.id],
    baselineYear: 2015,
    targetYear: 2030,
  };
  /** A sub-national reforestation target of `km2` under `parentTargetId`. */
  const restoration = (km2: number, parentTargetId?: string): CommandInput<'targets.save'> => ({
    text: `Reforest ${km2} km² of converted forest in the Rift Valley by 2030`,
    level: 'subnational',
    parentTargetId,
    pattern: 'restore_area',
    actionVerb: 'reforest',
    hierarchyTypes: ['reverse'],
    indicators: ['land_cover'],
    landCoverClasses: [1],
    landTypeIds: [forest.id],
    targetValue: km2,
    targetUnit: 'km2',
    targetAreaKm2: km2,
    locationName: 'Rift Valley',
    baselineYear: 2015,
    targetYear: 2030,
  });
  return { ...backend, forest, cropland, national, restoration };
}

/** A well-formed id that no record has. */
export { MISSING } from '../worksheets/test-fixture';
