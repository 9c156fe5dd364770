import type { BaselineTableRows } from '../baseline/entity-shapes';
import type { Consultation } from '../../../shared/consultations/consultation';
import type { Membership } from '../../../shared/consultations/membership';
import type { Contribution, Decision, FollowUpAction } from '../../../shared/consultations/outcomes';
import { PERSONAL_FIELDS, type Person } from '../../../shared/consultations/person';
import type { LandType } from '../../../shared/landtypes/schema';
import type { LandUsePlan, PlanZone, PlanZoneConversion } from '../../../shared/plans/schema';
import type { MemberRole } from '../../../shared/settings/schema';
import type { UslLicenceCode } from '../../../shared/reporting/licence-schema';
import type { TargetRows } from '../targets/entity-shapes';
import type { AnticipatedLoss, ResponseMeasure, Scenario } from '../../../shared/worksheets/schema';
import type { PeriodKey, WorkspaceLevel } from '../../../shared/workspace/schema';

type Bookkeeping = 'id' | 'createdAt' | 'updatedAt' | 'deletedAt';

/** The fields each entity stores, in the camelCase names of the shared schemas. */
interface EntityShapes {
  workspace: {
    name: string;
    countryIso3: string;
    level: WorkspaceLevel;
    areaName: string | null;
    landAreaKm2: number;
    reportingCycle: number;
  };
  period: { key: PeriodKey; yearStart: number; yearEnd: number };
  member: { name: string; organisation: string; role: MemberRole };
  landtype: Pick<LandType, 'code' | 'name' | 'definitionBasis' | 'areaKm2' | 'degradedAreaKm2' | 'notes'>;
  /** `isPreferred` is stored as SQLite's 0/1, so that an unchanged flag compares equal and logs nothing. */
  scenario: Pick<Scenario, 'name' | 'description' | 'kind'> & { isPreferred: 0 | 1 };
  anticipated_loss: Pick<AnticipatedLoss, 'scenarioId' | 'landTypeId' | 'areaKm2' | 'driver' | 'expectedYear' | 'source' | 'notes'>;
  response_measure: Omit<ResponseMeasure, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt' | 'targetIds'>;
  /** A measure's linked targets (migration 0007), a set held as rows like `action_target`. */
  response_measure_target: { measureId: string; targetId: string };
  /** The IPLC and youth flags are stored as 0/1, like `isPreferred`. */
  consultation: Omit<Consultation, Bookkeeping>;
  attendance: { consultationId: string; personId: string };
  contribution: Omit<Contribution, Bookkeeping>;
  decision: Omit<Decision, Bookkeeping>;
  follow_up_action: Omit<FollowUpAction, Bookkeeping>;
  membership: Pick<Membership, 'personId' | 'role' | 'startDate' | 'endDate'>;
  person: Omit<Person, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt' | 'isIplc' | 'isYouth'> & { isIplc: 0 | 1; isYouth: 0 | 1 };
  /** Baseline (migration 0004): the shapes live beside the baseline handlers, see baseline/entity-shapes.ts. */
  baseline_land_area: BaselineTableRows['landArea'];
  baseline_land_cover_extent: BaselineTableRows['landCoverExtent'];
  baseline_land_cover_change: BaselineTableRows['landCoverChange'];
  baseline_lpd: BaselineTableRows['lpd'];
  baseline_soc_stock: BaselineTableRows['socStock'];
  baseline_soc_tier: BaselineTableRows['socTier'];
  baseline_condition_summary: BaselineTableRows['conditionSummary'];
  baseline_status_area: BaselineTableRows['statusArea'];
  baseline_sdg_method: BaselineTableRows['sdgMethod'];
  baseline_table_provenance: BaselineTableRows['tableProvenance'];
  transition_matrix_version: BaselineTableRows['transitionMatrixVersion'];
  transition_matrix_cell: BaselineTableRows['transitionMatrixCell'];
  data_source: BaselineTableRows['dataSource'];
  trends_earth_import: BaselineTableRows['trendsEarthImport'];
  observed_counterbalancing: BaselineTableRows['observedCounterbalancing'];
  baseline_degradation_process: BaselineTableRows['degradationProcess'];
  baseline_false_pos_neg: BaselineTableRows['falsePosNeg'];
  baseline_hot_bright_spot: BaselineTableRows['hotBrightSpot'];
  national_legend: BaselineTableRows['nationalLegend'];
  national_legend_class: BaselineTableRows['nationalLegendClass'];
  transition_region: BaselineTableRows['transitionRegion'];
  /** Targets (migration 0005): the shapes live beside the targets handlers, see targets/entity-shapes.ts. */
  target: TargetRows['target'];
  target_hierarchy_type: TargetRows['hierarchyType'];
  target_indicator: TargetRows['indicator'];
  target_land_cover: TargetRows['landCover'];
  target_land_type: TargetRows['landType'];
  target_gap_area: TargetRows['gapArea'];
  target_milestone: TargetRows['milestone'];
  target_measure: TargetRows['measure'];
  implemented_action: TargetRows['action'];
  action_target: TargetRows['actionTarget'];
  commitment_link: TargetRows['link'];
  /** Land-use plans (migration 0008). */
  land_use_plan: Omit<LandUsePlan, Bookkeeping>;
  plan_zone: Pick<PlanZone, 'planId' | 'name' | 'zoningClass' | 'landTypeId' | 'notes'>;
  plan_zone_conversion: Omit<PlanZoneConversion, 'id' | 'isLoss'>;
  /** Maps (migration 0008): one record's GeoJSON geometry with its cached bbox and geodesic area. */
  feature_geometry: {
    ownerEntity: string;
    ownerId: string;
    geojson: string;
    simplifiedGeojson: string;
    minLon: number;
    minLat: number;
    maxLon: number;
    maxLat: number;
    areaKm2: number;
    source: 'drawn' | 'imported';
    sourceFile: string | null;
  };
  /** The report's User Specific Licence (migration 0009); the permission is stored as 0/1, like `isPreferred`. */
  usl_licence: { licence: UslLicenceCode; customLicenceText: string | null; aggregationPermission: 0 | 1 };
}

export type EntityName = keyof EntityShapes;
export type EntityValues<E extends EntityName> = EntityShapes[E];
export type FieldValue = string | number | boolean | null;

/** A stored row with its bookkeeping columns. */
export type EntityRecord<E extends EntityName> = EntityValues<E> & {
  id: string;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
};

/** Every field of the entity, exactly once: the compiler refuses a missing or unknown name. */
type FieldList<E extends EntityName> = readonly (keyof EntityShapes[E] & string)[];

/**
 * The allow-list of entities and fields that the mutate path may write. SQL is only ever built from
 * these names, never from caller input (SYNC.md requires the same check for incoming changes).
 * Columns are the snake_case twins of the field names. `personal` lists the fields that identify a
 * person, which `Mutator.erase` clears and redacts from the change log.
 */
export const ENTITIES: { [E in EntityName]: { table: string; fields: FieldList<E>; personal?: FieldList<E> } } = {
  workspace: { table: 'workspace', fields: ['name', 'countryIso3', 'level', 'areaName', 'landAreaKm2', 'reportingCycle'] },
  period: { table: 'period', fields: ['key', 'yearStart', 'yearEnd'] },
  member: { table: 'member', fields: ['name', 'organisation', 'role'] },
  landtype: { table: 'landtype', fields: ['code', 'name', 'definitionBasis', 'areaKm2', 'degradedAreaKm2', 'notes'] },
  scenario: { table: 'scenario', fields: ['name', 'description', 'kind', 'isPreferred'] },
  anticipated_loss: {
    table: 'anticipated_loss',
    fields: ['scenarioId', 'landTypeId', 'areaKm2', 'driver', 'expectedYear', 'source', 'notes'],
  },
  response_measure: {
    table: 'response_measure',
    fields: [
      'scenarioId',
      'landTypeId',
      'level',
      'description',
      'areaKm2',
      'startYear',
      'endYear',
      'slmTechnology',
      'wocatReference',
      'effectivenessPercent',
      'costUsd',
      'coBenefits',
    ],
  },
  consultation: {
    table: 'consultation',
    fields: ['title', 'status', 'startDate', 'endDate', 'place', 'modality', 'purpose', 'facilitator', 'agenda', 'minutes'],
  },
  attendance: { table: 'attendance', fields: ['consultationId', 'personId'] },
  contribution: { table: 'contribution', fields: ['consultationId', 'personId', 'groupLabel', 'issue', 'response'] },
  decision: { table: 'decision', fields: ['consultationId', 'text', 'dissent', 'subjectType', 'subjectId'] },
  follow_up_action: { table: 'follow_up_action', fields: ['consultationId', 'description', 'ownerId', 'dueDate', 'completedDate'] },
  membership: { table: 'membership', fields: ['personId', 'role', 'startDate', 'endDate'] },
  person: {
    table: 'person',
    fields: ['name', 'organisation', 'sector', 'sex', 'ageBand', 'isIplc', 'isYouth', 'email', 'phone', 'consentDate', 'consentScope', 'notes', 'erasedAt'],
    // What `Mutator.erase` clears and redacts; the change_log trigger of migration 0003 allows exactly these.
    personal: PERSONAL_FIELDS,
  },  baseline_land_area: { table: 'baseline_land_area', fields: ['year', 'landKm2', 'waterKm2'] },
  baseline_land_cover_extent: { table: 'baseline_land_cover_extent', fields: ['year', 'classCode', 'areaKm2'] },
  baseline_land_cover_change: { table: 'baseline_land_cover_change', fields: ['periodKey', 'initialCode', 'finalCode', 'areaKm2'] },
  baseline_lpd: { table: 'baseline_lpd', fields: ['periodKey', 'classCode', 'lpdCode', 'areaKm2'] },
  baseline_soc_stock: { table: 'baseline_soc_stock', fields: ['year', 'classCode', 'tonnesPerHa'] },
  baseline_soc_tier: { table: 'baseline_soc_tier', fields: ['tier'] },
  baseline_condition_summary: {
    table: 'baseline_condition_summary',
    fields: ['indicator', 'periodKey', 'improvedKm2', 'stableKm2', 'degradedKm2', 'noDataKm2'],
  },
  baseline_status_area: { table: 'baseline_status_area', fields: ['periodKey', 'statusClass', 'areaKm2'] },
  baseline_sdg_method: { table: 'baseline_sdg_method', fields: ['periodKey', 'method', 'methodText', 'confidence'] },
  baseline_table_provenance: { table: 'baseline_table_provenance', fields: ['tableId', 'periodKey', 'origin', 'sourceId', 'importId', 'comment'] },
  transition_matrix_version: { table: 'transition_matrix_version', fields: ['version', 'note', 'isGpgDefault', 'regionId'] },
  transition_matrix_cell: { table: 'transition_matrix_cell', fields: ['versionId', 'initialCode', 'finalCode', 'meaning', 'rationale'] },
  data_source: { table: 'data_source', fields: ['title', 'identifier', 'authorPublisher', 'citation', 'licence', 'customLicenceText'] },
  // The file's bytes are not a field: they go to trends_earth_import_bytes outside the log (baseline/import-store.ts).
  trends_earth_import: {
    table: 'trends_earth_import',
    fields: ['fileName', 'sha256', 'sizeBytes', 'kind', 'layout', 'teVersion', 'reportDate', 'aoiName', 'packageName', 'importedAt'],
  },
  observed_counterbalancing: { table: 'observed_counterbalancing', fields: ['landTypeId', 'gainsKm2', 'lossesKm2', 'importId'] },
  baseline_degradation_process: { table: 'baseline_degradation_process', fields: ['code', 'otherTitle'] },
  baseline_false_pos_neg: { table: 'baseline_false_pos_neg', fields: ['kind', 'locationName', 'areaKm2', 'process', 'basis', 'periodStarted'] },
  baseline_hot_bright_spot: {
    table: 'baseline_hot_bright_spot',
    fields: ['kind', 'name', 'areaKm2', 'assessmentProcess', 'driversProcesses', 'actionsTaken', 'actionsPlanned', 'story'],
  },
  national_legend: { table: 'national_legend', fields: ['unccdSufficient'] },
  national_legend_class: { table: 'national_legend_class', fields: ['code', 'nameShort', 'nameLong', 'color', 'unccdCode'] },
  transition_region: { table: 'transition_region', fields: ['name', 'areaKm2'] },
  target: {
    table: 'target',
    fields: [
      'parentTargetId',
      'strategicObjective',
      'pattern',
      'text',
      'level',
      'ambition',
      'ambitionJustification',
      'actionVerb',
      'targetValue',
      'targetUnit',
      'baselineValue',
      'baselineYear',
      'startYear',
      'targetYear',
      'locationName',
      'targetAreaKm2',
      'status',
      'achievedYear',
      'genderNotes',
      'planningInstrument',
      'adoptingBody',
      'endorsementStatus',
      'endorsementDate',
      'endorsementInstrument',
      'provenance',
      'revisionNote',
    ],
  },
  target_hierarchy_type: { table: 'target_hierarchy_type', fields: ['targetId', 'hierarchyType'] },
  target_indicator: { table: 'target_indicator', fields: ['targetId', 'indicator'] },
  target_land_cover: { table: 'target_land_cover', fields: ['targetId', 'classCode'] },
  target_land_type: { table: 'target_land_type', fields: ['targetId', 'landTypeId'] },
  target_gap_area: { table: 'target_gap_area', fields: ['targetId', 'gapArea'] },
  target_milestone: { table: 'target_milestone', fields: ['targetId', 'year', 'value'] },
  target_measure: {
    table: 'target_measure',
    fields: [
      'targetId',
      'measureType',
      'description',
      'hierarchyLevel',
      'landTypeId',
      'expectedGainKm2',
      'expectedAvoidedLossKm2',
      'effectivenessPercent',
      'slmTechnology',
      'wocatReference',
    ],
  },
  implemented_action: {
    table: 'implemented_action',
    fields: ['description', 'locationName', 'startDate', 'areaKm2', 'fundingSource', 'projectRef', 'wocatReference', 'provenance', 'revisionNote'],
  },
  action_target: { table: 'action_target', fields: ['actionId', 'targetId'] },
  response_measure_target: { table: 'response_measure_target', fields: ['measureId', 'targetId'] },
  commitment_link: {
    table: 'commitment_link',
    fields: ['targetId', 'framework', 'commitmentRef', 'targetNumber', 'relation', 'sharedAreaKm2', 'sharePct', 'accountingOwner', 'note'],
  },
  land_use_plan: {
    table: 'land_use_plan',
    fields: ['name', 'level', 'instrument', 'adoptingBody', 'status', 'periodStart', 'periodEnd', 'notes'],
  },
  plan_zone: { table: 'plan_zone', fields: ['planId', 'name', 'zoningClass', 'landTypeId', 'notes'] },
  plan_zone_conversion: { table: 'plan_zone_conversion', fields: ['zoneId', 'fromClass', 'toClass', 'areaKm2', 'expectedYear', 'driver'] },
  feature_geometry: {
    table: 'feature_geometry',
    fields: ['ownerEntity', 'ownerId', 'geojson', 'simplifiedGeojson', 'minLon', 'minLat', 'maxLon', 'maxLat', 'areaKm2', 'source', 'sourceFile'],
  },
  usl_licence: { table: 'usl_licence', fields: ['licence', 'customLicenceText', 'aggregationPermission'] },
};

export function columnOf(field: string): string {
  return field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

const BOOKKEEPING = ['id', 'createdAt', 'updatedAt', 'deletedAt'] as const;

export function selectColumns(entity: EntityName): string {
  return [...BOOKKEEPING, ...ENTITIES[entity].fields].map((field) => `${columnOf(field)} AS "${field}"`).join(', ');
}
