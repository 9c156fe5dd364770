import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/consultations/person';
import { useFormat } from '../../../app/i18n/useFormat';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LoadingState } from '../../../components/LoadingState';
import { PageHeader } from '../../../components/PageHeader';
import { ConsultationsNav } from '../ConsultationsNav';
import { usePeople } from '../consultationQueries';
import { usePersonName } from '../personName';
import { EraseDialog } from './EraseDialog';
import { filterPeople, NO_FILTER } from './filterPeople';
import { PeopleFilterBar } from './PeopleFilterBar';
import { PeopleTable } from './PeopleTable';
import { PersonDialog, type PersonDialogTarget } from './PersonDialog';

export function RegisterPage() {
  const { t, i18n } = useTranslation('consultations');
  const format = useFormat();
  const people = usePeople();
  const nameOf = usePersonName();
  const [filter, setFilter] = useState(NO_FILTER);
  const [dialogTarget, setDialogTarget] = useState<PersonDialogTarget | null>(null);
  const [toErase, setToErase] = useState<Person | null>(null);
  const items = useMemo(() => people.data?.items ?? [], [people.data]);
  const shown = useMemo(() => filterPeople(items, filter, i18n.language), [items, filter, i18n.language]);

  const addButton = (
    <button type="button" className="button button--primary" onClick={() => setDialogTarget('new')}>
      {t('register.add')}
    </button>
  );

  return (
    <>
      <PageHeader title={t('register.title')} intro={t('register.intro')} actions={items.length > 0 ? addButton : undefined} />
      <ConsultationsNav />
      {people.isPending && <LoadingState />}
      {people.isError && <ErrorAlert error={people.error} />}
      {people.isSuccess &&
        (items.length === 0 ? (
          <EmptyState title={t('register.empty.title')} action={addButton}>
            <p>{t('register.empty.body')}</p>
          </EmptyState>
        ) : (
          <>
            <PeopleFilterBar filter={filter} onChange={setFilter} />
            <p className="muted" aria-live="polite">
              {t('register.shown', { shown: format.number(shown.length), total: format.number(items.length) })}
            </p>
            <PeopleTable people={shown} total={items.length} onEdit={setDialogTarget} onErase={setToErase} />
          </>
        ))}
      <PersonDialog target={dialogTarget} onClose={() => setDialogTarget(null)} />
      <EraseDialog person={toErase} name={toErase ? nameOf(toErase) : ''} onClose={() => setToErase(null)} />
    </>
  );
}
