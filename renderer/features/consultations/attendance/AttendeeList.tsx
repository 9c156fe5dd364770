import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/consultations/person';
import { TableScroll } from '../../../components/TableScroll';
import { usePersonName } from '../personName';

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
            <th scope="col">{t('field.name')}</th>
            <th scope="col">{t('field.organisation')}</th>
            <th scope="col">{t('field.sex')}</th>
            <th scope="col">{t('field.ageBand')}</th>
            <th scope="col">{t('field.sector')}</th>
            <th scope="col">{t('register.flags')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('register.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {attendees.map((person) => (
            <tr key={person.id}>
              <th scope="row">{nameOf(person)}</th>
              <td>{person.organisation}</td>
              <td>{t(`sex.${person.sex}`)}</td>
              <td>{t(`ageBand.${person.ageBand}`)}</td>
              <td>{t(`sector.${person.sector}`)}</td>
              <td>{[person.isIplc ? t('flag.iplc') : null, person.isYouth ? t('flag.youth') : null].filter(Boolean).join(' · ')}</td>
              <td>
                <button
                  type="button"
                  className="button button--small button--quiet"
                  aria-label={t('attendance.remove', { name: nameOf(person) })}
                  onClick={() => onRemove(person)}
                >
                  {t('attendance.removeShort')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
