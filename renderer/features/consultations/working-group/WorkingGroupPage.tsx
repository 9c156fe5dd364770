import { useTranslation } from 'react-i18next';
import type { MemberWithPerson } from '../../../../shared/consultations/membership';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LoadingState } from '../../../components/LoadingState';
import { PageHeader } from '../../../components/PageHeader';
import { TableScroll } from '../../../components/TableScroll';
import { useSnackbarStore } from '../../../components/snackbarStore';
import { ConsultationsNav } from '../ConsultationsNav';
import { useEndMembership, useMembers, usePeople, useSaveMembership } from '../consultationQueries';
import { usePersonName } from '../personName';
import { useConsultationFormat } from '../useConsultationFormat';
import { AddMemberForm } from './AddMemberForm';
import { ParityFigure } from './ParityFigure';

export function WorkingGroupPage() {
  const { t } = useTranslation(['consultations', 'settings', 'common']);
  const members = useMembers();
  const people = usePeople();
  const end = useEndMembership();
  const reopen = useSaveMembership();
  const nameOf = usePersonName();
  const { date } = useConsultationFormat();
  const showSnackbar = useSnackbarStore((state) => state.show);

  // Ending keeps the record (the group's past composition is evidence); Undo makes it open-ended again.
  const endMembership = (member: MemberWithPerson) =>
    end.mutate(
      { id: member.id },
      {
        onSuccess: () =>
          showSnackbar({
            text: t('workingGroup.ended', { name: nameOf(member.person) }),
            action: {
              label: t('common:undo'),
              run: () => reopen.mutate({ id: member.id, personId: member.personId, role: member.role, startDate: member.startDate }),
            },
          }),
      },
    );

  const items = members.data?.items ?? [];
  return (
    <>
      <PageHeader title={t('workingGroup.title')} intro={t('workingGroup.intro')} />
      <ConsultationsNav />
      {(members.isPending || people.isPending) && <LoadingState />}
      {members.isError && <ErrorAlert error={members.error} />}
      {end.isError && <ErrorAlert title={t('workingGroup.endFailed')} error={end.error} />}
      {members.isSuccess && <ParityFigure parity={members.data.parity} />}
      {people.isSuccess && <AddMemberForm people={people.data.items} />}
      {members.isSuccess &&
        (items.length === 0 ? (
          <p className="muted">{t('workingGroup.empty')}</p>
        ) : (
          <TableScroll label={t('workingGroup.caption')}>
            <table className="data-table">
              <caption className="visually-hidden">{t('workingGroup.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('field.name')}</th>
                  <th scope="col">{t('field.organisation')}</th>
                  <th scope="col">{t('workingGroup.role')}</th>
                  <th scope="col">{t('field.sex')}</th>
                  <th scope="col">{t('workingGroup.startDate')}</th>
                  <th scope="col">{t('workingGroup.endDate')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('register.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {items.map((member) => (
                  <tr key={member.id}>
                    <th scope="row">{nameOf(member.person)}</th>
                    <td>{member.person.organisation}</td>
                    <td>{t(`settings:role.${member.role}`)}</td>
                    <td>{t(`sex.${member.person.sex}`)}</td>
                    <td>{date(member.startDate)}</td>
                    <td>{member.endDate === null ? '' : date(member.endDate)}</td>
                    <td>
                      {/* A membership ending today is current until the day is over, so it stays listed. */}
                      {member.endDate === null && (
                        <button
                          type="button"
                          className="button button--small button--quiet"
                          aria-label={t('workingGroup.end', { name: nameOf(member.person) })}
                          onClick={() => endMembership(member)}
                        >
                          {t('workingGroup.endShort')}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        ))}
    </>
  );
}
