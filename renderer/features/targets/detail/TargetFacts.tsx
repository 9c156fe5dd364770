import { useTranslation } from 'react-i18next';
import type { TargetDetail } from '../../../../shared/targets/schema';
import { useFormat } from '../../../app/i18n/useFormat';
import { translateKey } from '../../../app/i18n/translateKey';
import { useLandTypeLabels } from '../../workspace/history/historyLabels';
import { useCodeLabels } from '../labels';

/** Every field of the target, in the order of the wizard; an empty one says so rather than vanishing. */
export function TargetFacts({ target }: { target: TargetDetail }) {
  const { t, i18n } = useTranslation('targets');
  const labels = useCodeLabels();
  const format = useFormat();
  const landTypes = useLandTypeLabels();
  const list = (values: readonly string[]) => (values.length > 0 ? new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(values) : null);
  const amount = (value: number | null) =>
    value !== null && target.targetUnit ? translateKey(i18n, `targets:amount.${target.targetUnit}`, { value: format.number(value) }) : null;
  const facts: [string, string | null][] = [
    ['pattern', target.pattern ? labels.code('pattern', target.pattern) : null],
    ['strategicObjective', labels.code('strategicObjective', target.strategicObjective)],
    ['actionVerb', target.actionVerb ? labels.code('actionVerb', target.actionVerb) : null],
    ['indicators', list(target.indicators.map((code) => labels.code('indicator', code)))],
    ['landCoverClasses', list(target.landCoverClasses.map(labels.landCover))],
    ['hierarchyTypes', list(target.hierarchyTypes.map((code) => labels.code('hierarchy', code)))],
    ['ambition', target.ambition ? labels.code('ambition', target.ambition) : null],
    ['ambitionJustification', target.ambitionJustification],
    ['level', labels.code('level', target.level)],
    ['locationName', target.locationName],
    ['targetAreaKm2', target.targetAreaKm2 !== null ? format.areaKm2(target.targetAreaKm2) : null],
    ['landTypeIds', list(target.landTypeIds.map((id) => landTypes.get(id) ?? id))],
    ['targetValue', amount(target.targetValue)],
    ['baselineValue', amount(target.baselineValue)],
    ['baselineYear', target.baselineYear !== null ? format.year(target.baselineYear) : null],
    ['startYear', target.startYear !== null ? format.year(target.startYear) : null],
    ['targetYear', format.year(target.targetYear)],
    ['milestones', list(target.milestones.map((m) => `${format.year(m.year)}: ${amount(m.value) ?? format.number(m.value)}`))],
    ['status', labels.code('status', target.status)],
    // Asked only of an achieved target: elsewhere an empty year says nothing worth a row.
    ...(target.status === 'achieved' || target.achievedYear !== null
      ? [['achievedYear', target.achievedYear !== null ? format.year(target.achievedYear) : null] as [string, string | null]]
      : []),
    ['genderNotes', target.genderNotes],
    ['gapPriorityAreas', list(target.gapPriorityAreas.map((code) => labels.code('gapArea', code)))],
    ['planningInstrument', target.planningInstrument],
    ['adoptingBody', target.adoptingBody],
    ['endorsementStatus', labels.code('endorsement', target.endorsementStatus)],
    ['endorsementDate', target.endorsementDate],
    ['endorsementInstrument', target.endorsementInstrument],
    ['provenance', labels.code('provenance', target.provenance)],
    ['revisionNote', target.revisionNote],
  ];
  return (
    <dl className="target-facts">
      {facts.map(([field, value]) => (
        <div key={field} className="target-facts__row">
          <dt>{translateKey(i18n, `targets:field.${field}`)}</dt>
          <dd className={value === null ? 'muted' : undefined}>{value ?? t('detail.notGiven')}</dd>
        </div>
      ))}
    </dl>
  );
}
