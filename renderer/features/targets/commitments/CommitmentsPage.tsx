import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../../app/i18n/useFormat';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LoadingState } from '../../../components/LoadingState';
import { PageHeader } from '../../../components/PageHeader';
import { TableScroll } from '../../../components/TableScroll';
import { useCodeLabels } from '../labels';
import { LinkCells } from '../detail/LinkCells';
import { useCommitments } from '../targetQueries';
import { RollupSection } from './RollupSection';

/** The commitments cross-walk: per framework, the targets linked to it, and the national restoration roll-up. */
export function CommitmentsPage() {
  const { t } = useTranslation('targets');
  const labels = useCodeLabels();
  const format = useFormat();
  const view = useCommitments();
  const frameworks = view.data?.frameworks ?? [];
  return (
    <>
      <PageHeader title={t('crosswalk.title')} intro={t('crosswalk.intro')} />
      <p>
        <Link to="/targets">{t('detail.backToList')}</Link>
      </p>
      {view.isPending && <LoadingState />}
      {view.isError && <ErrorAlert error={view.error} />}
      {view.isSuccess && frameworks.length === 0 && (
        <EmptyState title={t('crosswalk.empty.title')}>
          <p>{t('crosswalk.empty.body')}</p>
        </EmptyState>
      )}
      {frameworks.map(({ framework, links, sharedAreaKm2 }) => {
        const name = labels.commitment('framework', framework);
        return (
          <section key={framework} className="stack crosswalk-framework">
            <h2>{name}</h2>
            <p className="muted">{t('crosswalk.claimed', { area: format.areaKm2(sharedAreaKm2) })}</p>
            <TableScroll label={name}>
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">{t('crosswalk.target')}</th>
                    <th scope="col">{t('link.commitmentRef')}</th>
                    <th scope="col">{t('link.relation')}</th>
                    <th scope="col" className="numeric">{t('link.sharedAreaKm2')}</th>
                    <th scope="col" className="numeric">{t('link.sharePct')}</th>
                    <th scope="col">{t('link.owner')}</th>
                  </tr>
                </thead>
                <tbody>
                  {links.map(({ link, target }) => (
                    <tr key={link.id}>
                      <th scope="row">
                        <Link to={`/targets/${target.id}`}>{target.text}</Link>
                      </th>
                      <LinkCells link={link} />
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </section>
        );
      })}
      <RollupSection />
    </>
  );
}
