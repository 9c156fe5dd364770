import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { countryName } from '../../app/i18n/countryNames';
import { useFormat } from '../../app/i18n/useFormat';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { GeometryEditor } from '../maps/GeometryEditor';
import { RenameWorkspace } from './RenameWorkspace';
import { ReportingPeriods } from './ReportingPeriods';
import { WhereYouStand } from './WhereYouStand';
import { useCloseWorkspace, useWorkspace } from './workspaceQueries';

export function OverviewPage() {
  const { t, i18n } = useTranslation('workspace');
  const format = useFormat();
  const navigate = useNavigate();
  const close = useCloseWorkspace();
  const workspace = useWorkspace().data;
  if (!workspace) return null;

  return (
    <>
      <PageHeader
        title={workspace.name}
        intro={t('overview.intro')}
        actions={
          <button
            type="button"
            className="button"
            disabled={close.isPending}
            onClick={() => close.mutate({}, { onSuccess: () => void navigate('/') })}
          >
            {t('overview.close')}
          </button>
        }
      />
      {close.isError && <ErrorAlert error={close.error} />}
      <div className="overview">
        <section className="panel" aria-labelledby="workspace-details-heading">
          <h2 id="workspace-details-heading">{t('overview.details')}</h2>
          <dl className="details">
            <dt>{t('field.name')}</dt>
            <dd>
              <RenameWorkspace name={workspace.name} />
            </dd>
            <dt>{t('field.country')}</dt>
            <dd>
              {countryName(workspace.countryIso3, i18n.language)} <span className="muted">({workspace.countryIso3})</span>
            </dd>
            <dt>{t('field.level')}</dt>
            <dd>{t(`level.${workspace.level}`)}</dd>
            {workspace.areaName !== null && (
              <>
                <dt>{t('field.areaName')}</dt>
                <dd>{workspace.areaName}</dd>
              </>
            )}
            <dt>{t('field.landAreaKm2')}</dt>
            <dd>{format.areaKm2(workspace.landAreaKm2)}</dd>
            <ReportingPeriods cycle={workspace.reportingCycle} periods={workspace.periods} />
            <dt>{t('field.path')}</dt>
            <dd>
              <bdi className="file-path">{workspace.path}</bdi>
            </dd>
          </dl>
        </section>
        <section className="panel" aria-labelledby="where-you-stand-heading">
          <h2 id="where-you-stand-heading">{t('overview.whereYouStand')}</h2>
          <WhereYouStand />
        </section>
      </div>
      <GeometryEditor ownerEntity="workspace" ownerId={workspace.id} ownerLabel={workspace.name} />
    </>
  );
}
