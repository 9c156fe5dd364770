import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { RubricReason, TargetDetail } from '../../../../shared/targets/schema';
import { translateKey } from '../../../app/i18n/translateKey';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LoadingState } from '../../../components/LoadingState';
import { PageHeader } from '../../../components/PageHeader';
import { useUndoableRemoval } from '../../../components/useUndoableRemoval';
import { DecisionsBehind } from '../../consultations/DecisionsBehind';
import { GeometryEditor } from '../../maps/GeometryEditor';
import { ActionsSection } from '../actions/ActionsSection';
import { RubricChecklist } from '../rubric/RubricChecklist';
import { useDeleteTarget, useRestoreTarget, useTarget, useTargets } from '../targetQueries';
import { stepOf } from '../wizard/wizardSteps';
import { LinksSection } from './LinksSection';
import { MeasuresSection } from './MeasuresSection';
import { SubTargetsList } from './SubTargetsList';
import { TargetFacts } from './TargetFacts';
import { TargetHistory } from './TargetHistory';
import { WorksheetMeasuresSection } from './WorksheetMeasuresSection';

/**
 * One target with everything around it: fields, rubric, sub-targets, measures (its own and the worksheets'
 * linked to it), links, actions, decisions, history.
 */
export function TargetDetailPage() {
  const { id = '' } = useParams();
  const target = useTarget(id);
  if (target.isPending) return <LoadingState />;
  if (target.isError) return <ErrorAlert error={target.error} />;
  return <TargetDetailView target={target.data} />;
}

/** A sub-target's way back to the national target it belongs to. */
function ParentLink({ parentId }: { parentId: string }) {
  const { t } = useTranslation('targets');
  const parent = useTargets().data?.items.find((item) => item.id === parentId);
  if (!parent) return null;
  return (
    <span>
      {t('list.subTargetOf', { parent: '' })}
      <Link to={`/targets/${parent.id}`}>{parent.text}</Link>
    </span>
  );
}

function TargetDetailView({ target }: { target: TargetDetail }) {
  const { t, i18n } = useTranslation(['targets', 'common']);
  const navigate = useNavigate();
  const removal = useUndoableRemoval({ remove: useDeleteTarget(), restore: useRestoreTarget() });
  const canHaveSubTargets = target.level === 'national' && target.parentTargetId === null;

  // The page itself goes with the target: back to the list, where Undo brings the target back.
  const deleteTarget = () => removal.run({ id: target.id }, t('detail.deleted'), { onRemoved: () => void navigate('/targets') });
  // A rubric reason opens the wizard on its field, or scrolls to the section (links, measures) on this page.
  const fix = (reason: RubricReason) => {
    const field = String(reason.path?.[0] ?? '');
    const label = t('quality.goToField', { field: translateKey(i18n, `targets:field.${field}`) });
    return stepOf(field) >= 0 ? <Link to={`/targets/${target.id}/edit?focus=${field}`}>{label}</Link> : <a href={`#${field}`}>{label}</a>;
  };

  const actions = (
    <>
      <Link className="button" to={`/targets/${target.id}/edit`}>
        {t('common:edit')}
      </Link>
      {canHaveSubTargets && (
        <Link className="button" to={`/targets/new?parent=${target.id}`}>
          {t('detail.addSubTarget')}
        </Link>
      )}
      <button type="button" className="button button--danger" onClick={deleteTarget}>
        {t('common:delete')}
      </button>
    </>
  );
  return (
    <>
      <PageHeader title={target.text} actions={actions} />
      <p className="target-detail__nav">
        <Link to="/targets">{t('detail.backToList')}</Link>
        {target.parentTargetId && <ParentLink parentId={target.parentTargetId} />}
      </p>
      {removal.removeError && <ErrorAlert title={t('detail.deleteFailed')} error={removal.removeError} />}
      <div className="target-detail">
        <section className="stack" aria-labelledby="target-fields">
          <h2 id="target-fields">{t('detail.fields')}</h2>
          <TargetFacts target={target} />
        </section>
        <section className="stack target-detail__rubric" aria-labelledby="target-rubric">
          <h2 id="target-rubric">{t('quality.title')}</h2>
          <RubricChecklist rubric={target.rubric} renderFix={fix} />
        </section>
      </div>
      <GeometryEditor ownerEntity="target" ownerId={target.id} ownerLabel={target.text} />
      {canHaveSubTargets && <SubTargetsList subTargets={target.subTargets} />}
      <MeasuresSection targetId={target.id} measures={target.measures} />
      <WorksheetMeasuresSection targetId={target.id} />
      <LinksSection targetId={target.id} links={target.links} />
      <ActionsSection actions={target.actions} targetId={target.id} withHeading />
      <section className="stack" aria-labelledby="target-decisions">
        <h2 id="target-decisions">{t('detail.decisions')}</h2>
        {target.decisions.length === 0 && <p className="muted">{t('detail.noDecisions')}</p>}
        <DecisionsBehind subjectType="target" subjectId={target.id} recordLabel={target.text} />
      </section>
      <TargetHistory targetId={target.id} />
    </>
  );
}
