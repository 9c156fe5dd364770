import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/consultations/person';
import { RowActionsCell, RowActionsHeader } from '../../../components/RowActionsCell';
import { TableScroll } from '../../../components/TableScroll';
import { usePersonName } from '../personName';
import { PersonCells, PersonHeaderCells, type PersonColumn } from '../register/PersonColumns';

const COLUMNS: readonly PersonColumn[] = ['name', 'organisation', 'sex', 'ageBand', 'sector', 'flags'];

/** Who attended, read from the register, so sex, age band and sector are the register's. */
export function AttendeeList({ attendees, onRemove }: { attendees: readonly Person[]; onRemove: (person: Person) => void }) {
  const { t } = useTranslation('consultations');
  const nameOf = usePersonName();
  if (attendees.length === 0) return <p className="muted">{t('attendance.empty')}</p>;
  return (
    <TableScroll label={t('attendance.caption')}>
      <table className="data-table data-table--compact">
        <caption className="visually-hidden">{t('attendance.caption')}</caption>
        <thead>
          <tr>
            <PersonHeaderCells columns={COLUMNS} />
            <RowActionsHeader label={t('register.actions')} />
          </tr>
        </thead>
        <tbody>
          {attendees.map((person) => (
            <tr key={person.id}>
              <PersonCells person={person} columns={COLUMNS} />
              <RowActionsCell
                align="start"
                remove={{ label: t('attendance.remove', { name: nameOf(person) }), text: t('attendance.removeShort'), onClick: () => onRemove(person) }}
              />
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
