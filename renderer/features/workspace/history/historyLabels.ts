import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '../../../../shared/workspace/history';
import { countryName } from '../../../app/i18n/countryNames';
import { useLandTypes } from '../../landtypes/landTypeQueries';
import { useCommandQuery } from '../../../app/backend/commandQueries';
import { translateKey } from '../../../app/i18n/translateKey';
import { useFormat } from '../../../app/i18n/useFormat';

type FieldValue = HistoryEntry['changes'][number]['after'];

/** Fields that hold a code from a fixed list, and the locale key of each code's label. */
const CODE_LIST_LABELS: Record<string, (code: string) => string> = {
  'workspace.level': (code) => `workspace:level.${code}`,
  'period.key': (code) => `workspace:period.${code}`,
  'member.role': (code) => `settings:role.${code}`,
  'scenario.kind': (code) => (code === 'business_as_usual' ? 'worksheets:scenario.businessAsUsual' : `history:value.scenarioKind.${code}`),
  'anticipated_loss.driver': (code) => `worksheets:driver.${code}`,
  'anticipated_loss.source': (code) => `history:value.lossSource.${code}`,
  'response_measure.level': (code) => `worksheets:step.${code}.title`,
  'baseline_degradation_process.code': (code) => `baseline:processes.code.${code}`,
  'baseline_false_pos_neg.kind': (code) => `baseline:sites.kind.${code}`,
  'baseline_hot_bright_spot.kind': (code) => `baseline:sites.${code}.title`,
  'person.sector': (code) => `consultations:sector.${code}`,
  'person.sex': (code) => `consultations:sex.${code}`,
  'person.ageBand': (code) => `consultations:ageBand.${code}`,
  'person.consentScope': (code) => `consultations:consentScope.${code}`,
  'membership.role': (code) => `settings:role.${code}`,
  'consultation.status': (code) => `consultations:status.${code}`,
  'consultation.modality': (code) => `consultations:modality.${code}`,
  'consultation.purpose': (code) => `consultations:purpose.${code}`,
  'decision.subjectType': (code) => `consultations:subjectType.${code}`,
  'target.strategicObjective': (code) => `targets:codes.strategicObjective.${code}`,
  'target.pattern': (code) => `targets:codes.pattern.${code}`,
  'target.level': (code) => `targets:codes.level.${code}`,
  'target.ambition': (code) => `targets:codes.ambition.${code}`,
  'target.actionVerb': (code) => `targets:codes.actionVerb.${code}`,
  'target.targetUnit': (code) => `targets:codes.unit.${code}`,
  'target.status': (code) => `targets:codes.status.${code}`,
  'target.endorsementStatus': (code) => `targets:codes.endorsement.${code}`,
  'target.provenance': (code) => `targets:codes.provenance.${code}`,
  'target_hierarchy_type.hierarchyType': (code) => `targets:codes.hierarchy.${code}`,
  'target_indicator.indicator': (code) => `targets:codes.indicator.${code}`,
  'target_gap_area.gapArea': (code) => `targets:codes.gapArea.${code}`,
  'target_measure.measureType': (code) => `targets:codes.measureType.${code}`,
  'target_measure.hierarchyLevel': (code) => `targets:codes.hierarchy.${code}`,
  'implemented_action.fundingSource': (code) => `targets:codes.fundingSource.${code}`,
  'implemented_action.provenance': (code) => `targets:codes.provenance.${code}`,
  'commitment_link.framework': (code) => `targets:commitments.framework.${code}`,
  'commitment_link.relation': (code) => `targets:commitments.relation.${code}`,
  'land_use_plan.level': (code) => `plans:level.${code}`,
  'land_use_plan.status': (code) => `plans:status.${code}`,
  'plan_zone.zoningClass': (code) => `plans:zoningClass.${code}`,
  'plan_zone_conversion.driver': (code) => `worksheets:driver.${code}`,
};
const AREA_FIELDS = new Set(['landAreaKm2', 'areaKm2', 'targetAreaKm2', 'sharedAreaKm2', 'expectedGainKm2', 'expectedAvoidedLossKm2', 'landKm2', 'waterKm2', 'degradedAreaKm2']);
const YEAR_FIELDS = new Set(['yearStart', 'yearEnd', 'reportingCycle', 'expectedYear', 'startYear', 'endYear', 'baselineYear', 'targetYear', 'achievedYear', 'year', 'periodStarted', 'periodStart', 'periodEnd']);
/** Yes/no flags the store keeps as SQLite's 0/1 (see `db/entities.ts`). */
const FLAG_FIELDS = new Set(['scenario.isPreferred', 'person.isIplc', 'person.isYouth', 'commitment_link.accountingOwner']);

/**
 * Words for what the change log records. Entities and fields are data (camelCase schema names),
 * so a name the locales do not know yet is shown as it is rather than hidden.
 */
export function useHistoryLabels() {
  const { i18n } = useTranslation('history');
  const format = useFormat();
  const landTypeLabels = useLandTypeLabels();
  const targetLabels = useTargetLabels();
  const known = useCallback(
    (key: string, fallback: string) => (i18n.exists(key) ? translateKey(i18n, key) : fallback),
    [i18n],
  );

  const entityLabel = useCallback((entity: string) => known(`history:entity.${entity}`, entity), [known]);
  const fieldLabel = useCallback(
    (entity: string, field: string) => known(`history:field.${entity}.${field}`, field),
    [known],
  );
  const valueText = useCallback(
    (entity: string, field: string, value: FieldValue): string => {
      if (value === null) return translateKey(i18n, 'history:emptyValue');
      if (typeof value === 'boolean') return translateKey(i18n, value ? 'common:yes' : 'common:no');
      if (typeof value === 'number' && FLAG_FIELDS.has(`${entity}.${field}`)) return translateKey(i18n, value ? 'common:yes' : 'common:no');
      if (typeof value === 'number') {
        if (AREA_FIELDS.has(field)) return format.areaKm2(value);
        return YEAR_FIELDS.has(field) ? format.year(value) : format.number(value);
      }
      // A shape's coordinates would fill the page and tell a reader nothing: the map shows the shape.
      if (entity === 'feature_geometry' && (field === 'geojson' || field === 'simplifiedGeojson')) return translateKey(i18n, 'history:value.shape');
      const codeList = CODE_LIST_LABELS[`${entity}.${field}`];
      if (codeList) return known(codeList(value), value);
      // An entry's land type by code and name (deleted ones too); scenarios are left as ids, see the report.
      if (field === 'landTypeId') return landTypeLabels.get(value) ?? value;
      if (field === 'targetId' || field === 'parentTargetId') return targetLabels.get(value) ?? value;
      if (entity === 'workspace' && field === 'countryIso3') return `${countryName(value, i18n.language)} (${value})`;
      return value;
    },
    [i18n, format, known, landTypeLabels, targetLabels],
  );

  return { entityLabel, fieldLabel, valueText };
}

/** Land types by id as "code · name", also deleted ones, which losses and measures may still name. */
export function useLandTypeLabels(): Map<string, string> {
  const items = useLandTypes({ includeDeleted: true }).data?.items;
  return useMemo(() => new Map((items ?? []).map((item) => [item.id, `${item.code} · ${item.name}`])), [items]);
}

/** Targets by id as their text, also deleted ones, which measures, links and sub-targets may still name. */
function useTargetLabels(): Map<string, string> {
  const items = useCommandQuery('targets.list', { includeDeleted: true }).data?.items;
  return useMemo(() => new Map((items ?? []).map((item) => [item.id, item.text])), [items]);
}
