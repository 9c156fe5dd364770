import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import type { PlannedSectionId } from './sections';

/** A section of the cycle not built yet: what it will hold, and no controls that do nothing. */
export function PlannedSectionPage({ section }: { section: PlannedSectionId }) {
  const { t } = useTranslation('nav');
  return (
    <>
      <PageHeader title={t(`section.${section}`)} />
      <EmptyState title={t('planned.title')}>
        <p>{t(`planned.${section}`)}</p>
        <p>{t('planned.laterVersion')}</p>
      </EmptyState>
    </>
  );
}
