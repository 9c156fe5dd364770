import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { membershipInput } from '../../../../shared/consultations/membership';
import type { Person } from '../../../../shared/consultations/person';
import { memberRole, type MemberRole } from '../../../../shared/settings/schema';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useSaveMembership } from '../consultationQueries';
import { usePersonName } from '../personName';
import { localToday } from '../useConsultationFormat';

/** Gives a person from the register a seat in the working group. Erased people cannot be chosen by name. */
export function AddMemberForm({ people }: { people: readonly Person[] }) {
  const { t } = useTranslation(['consultations', 'settings']);
  const id = useId();
  const nameOf = usePersonName();
  const save = useSaveMembership();
  const choosable = people.filter((person) => person.erasedAt === null && person.name !== null);
  const [personId, setPersonId] = useState('');
  const [role, setRole] = useState<MemberRole>('member');
  const [startDate, setStartDate] = useState(localToday());

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = { personId, role, startDate };
    if (!membershipInput.safeParse(input).success) return;
    save.mutate(input, { onSuccess: () => setPersonId('') });
  };

  if (choosable.length === 0) return <p className="muted">{t('workingGroup.registerFirst')}</p>;
  return (
    <form className="inline-form" aria-label={t('workingGroup.addLabel')} onSubmit={submit}>
      {save.isError && <ErrorAlert title={t('workingGroup.saveFailed')} error={save.error} />}
      <label htmlFor={`${id}-person`}>{t('workingGroup.person')}</label>
      <select id={`${id}-person`} value={personId} required onChange={(event) => setPersonId(event.target.value)}>
        <option value="">{t('workingGroup.choosePerson')}</option>
        {choosable.map((person) => (
          <option key={person.id} value={person.id}>
            {person.organisation ? `${nameOf(person)} (${person.organisation})` : nameOf(person)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-role`}>{t('workingGroup.role')}</label>
      <select id={`${id}-role`} value={role} onChange={(event) => setRole(event.target.value as MemberRole)}>
        {memberRole.options.map((code) => (
          <option key={code} value={code}>
            {t(`settings:role.${code}`)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-start`}>{t('workingGroup.startDate')}</label>
      <input id={`${id}-start`} type="date" value={startDate} required onChange={(event) => setStartDate(event.target.value)} />
      <button type="submit" className="button button--primary" disabled={save.isPending || personId === ''}>
        {t('workingGroup.add')}
      </button>
    </form>
  );
}
