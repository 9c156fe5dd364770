import type { TargetListItem } from '../../../shared/targets/schema';
import { useFormat } from '../../app/i18n/useFormat';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { RubricSummaryTable } from '../targets/list/RubricSummaryTable';
import { RubricBadges } from '../targets/rubric/RubricBadges';
import { useTargets } from '../targets/targetQueries';
import { ReportFacts } from './ReportFacts';
import { Bi, InLanguages, PerLanguage } from './reportLanguages';
import { ReportPlaceholder, ReportSection } from './ReportSection';
import { TargetMeasures } from './TargetMeasures';

/**
 * How the targets fare against the rubric's criteria, then each LDN target as its text, level, status and
 * year, its quality rubric, and the measures linked to it.
 */
export function TargetsSection() {
  const targets = useTargets();
  const items = targets.data?.items.filter((target) => target.deletedAt === null) ?? [];
  return (
    <ReportSection titleKey="report:targets.title">
      {targets.isPending && <LoadingState />}
      {targets.isError && <ErrorAlert error={targets.error} />}
      {targets.data && items.length === 0 && <ReportPlaceholder textKey="report:targets.empty" />}
      {items.length > 0 && (
        <InLanguages>
          <RubricSummaryTable />
        </InLanguages>
      )}
      {items.map((target) => (
        <TargetEntry key={target.id} target={target} />
      ))}
    </ReportSection>
  );
}

function TargetEntry({ target }: { target: TargetListItem }) {
  const format = useFormat();
  const facts = [
    { key: 'report:targets.level', value: <PerLanguage>{(_language, t) => t(`targets:codes.level.${target.level}`)}</PerLanguage> },
    { key: 'report:targets.status', value: <PerLanguage>{(_language, t) => t(`targets:codes.status.${target.status}`)}</PerLanguage> },
    { key: 'report:targets.targetYear', value: format.year(target.targetYear) },
  ];
  return (
    <article className="report-target">
      <h3 className="report-target__text">{target.text}</h3>
      <ReportFacts facts={facts} inline />
      <h4>
        <Bi k="report:targets.rubric" />
      </h4>
      <InLanguages>
        <RubricBadges rubric={target.rubric} />
      </InLanguages>
      <TargetMeasures targetId={target.id} />
    </article>
  );
}
