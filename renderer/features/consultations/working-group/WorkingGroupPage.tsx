import { useTranslation } from 'react-i18next';
import type { MemberWithPerson } from '../../../../shared/consultations/membership';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LoadingState } from '../../../components/LoadingState';
import { PageHeader } from '../../../components/PageHeader';
import { RowActionsCell, RowActionsHeader } from '../../../components/RowActionsCell';
import { TableScroll } from '../../../components/TableScroll';
import { useSnackbarStore } from '../../../components/snackbarStore';
import { ConsultationsNav } from '../ConsultationsNav';
import { useEndMembership, useMembers, usePeople, useSaveMembership } from '../consultationQueries';
import { usePersonName } from '../personName';
import { PersonCells, PersonHeaderCells } from '../register/PersonColumns';
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
                  <PersonHeaderCells columns={['name', 'organisation']} />
                  <th scope="col">{t('workingGroup.role')}</th>
                  <PersonHeaderCells columns={['sex']} />
                  <th scope="col">{t('workingGroup.startDate')}</th>
                  <th scope="col">{t('workingGroup.endDate')}</th>
                  <RowActionsHeader label={t('register.actions')} />
                </tr>
              </thead>
              <tbody>
                {items.map((member) => (
                  <tr key={member.id}>
                    <PersonCells person={member.person} columns={['name', 'organisation']} />
                    <td>{t(`settings:role.${member.role}`)}</td>
                    <PersonCells person={member.person} columns={['sex']} />
                    <td>{date(member.startDate)}</td>
                    <td>{member.endDate === null ? '' : date(member.endDate)}</td>
                    {/* A membership ending today is current until the day is over, so it stays listed, with nothing to end. */}
                    <RowActionsCell
                      align="start"
                      remove={
                        member.endDate === null
                          ? { label: t('workingGroup.end', { name: nameOf(member.person) }), text: t('workingGroup.endShort'), onClick: () => endMembership(member) }
                          : undefined
                      }
                    />
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        ))}
    </>
  );
}
