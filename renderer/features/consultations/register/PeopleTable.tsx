import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/consultations/person';
import { TableScroll } from '../../../components/TableScroll';
import { usePersonName } from '../personName';

interface PeopleTableProps {
  people: readonly Person[];
  total: number;
  onEdit: (person: Person) => void;
  onErase: (person: Person) => void;
}

/** The register; erased entries stay listed (they are still counted) but can no longer be edited. */
export function PeopleTable({ people, total, onEdit, onErase }: PeopleTableProps) {
  const { t } = useTranslation(['consultations', 'common']);
  const nameOf = usePersonName();
  return (
    <TableScroll label={t('register.caption')}>
      <table className="data-table">
        <caption className="visually-hidden">{t('register.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('field.name')}</th>
            <th scope="col">{t('field.organisation')}</th>
            <th scope="col">{t('field.sector')}</th>
            <th scope="col">{t('field.sex')}</th>
            <th scope="col">{t('field.ageBand')}</th>
            <th scope="col">{t('register.flags')}</th>
            <th scope="col">{t('field.consentScope')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('register.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {people.map((person) => {
            const name = nameOf(person);
            const erased = person.erasedAt !== null;
            return (
              <tr key={person.id} className={erased ? 'person-row--erased' : undefined}>
                <th scope="row">{name}</th>
                <td>{person.organisation}</td>
                <td>{t(`sector.${person.sector}`)}</td>
                <td>{t(`sex.${person.sex}`)}</td>
                <td>{t(`ageBand.${person.ageBand}`)}</td>
                <td>
                  {[person.isIplc ? t('flag.iplc') : null, person.isYouth ? t('flag.youth') : null].filter(Boolean).join(' · ')}
                </td>
                <td>{person.consentScope ? t(`consentScope.${person.consentScope}`) : ''}</td>
                <td>
                  {!erased && (
                    <div className="row-actions">
                      <button type="button" className="button button--small" aria-label={t('register.edit', { name })} onClick={() => onEdit(person)}>
                        {t('common:edit')}
                      </button>
                      <button
                        type="button"
                        className="button button--small button--danger"
                        aria-label={t('register.erase', { name })}
                        onClick={() => onErase(person)}
                      >
                        {t('register.eraseShort')}
                      </button>
                    </div>
                  )}
                </td>
              </tr>
            );
          })}
          {people.length === 0 && (
            <tr>
              <td colSpan={8} className="muted">
                {t('register.noMatch', { total })}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </TableScroll>
  );
}
