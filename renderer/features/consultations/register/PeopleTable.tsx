import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/consultations/person';
import { RowActionsCell, RowActionsHeader } from '../../../components/RowActionsCell';
import { TableScroll } from '../../../components/TableScroll';
import { usePersonName } from '../personName';
import { PersonCells, PersonHeaderCells, type PersonColumn } from './PersonColumns';

const COLUMNS: readonly PersonColumn[] = ['name', 'organisation', 'sector', 'sex', 'ageBand', 'flags'];

interface PeopleTableProps {
  people: readonly Person[];
  total: number;
  onEdit: (person: Person) => void;
  onErase: (person: Person) => void;
}

/** The register; erased entries stay listed (they are still counted) but can no longer be edited. */
export function PeopleTable({ people, total, onEdit, onErase }: PeopleTableProps) {
  const { t } = useTranslation('consultations');
  const nameOf = usePersonName();
  return (
    <TableScroll label={t('register.caption')}>
      <table className="data-table">
        <caption className="visually-hidden">{t('register.caption')}</caption>
        <thead>
          <tr>
            <PersonHeaderCells columns={COLUMNS} />
            <th scope="col">{t('field.consentScope')}</th>
            <RowActionsHeader label={t('register.actions')} />
          </tr>
        </thead>
        <tbody>
          {people.map((person) => {
            const name = nameOf(person);
            const erased = person.erasedAt !== null;
            return (
              <tr key={person.id} className={erased ? 'person-row--erased' : undefined}>
                <PersonCells person={person} columns={COLUMNS} />
                <td>{person.consentScope ? t(`consentScope.${person.consentScope}`) : ''}</td>
                {erased ? (
                  <td />
                ) : (
                  <RowActionsCell
                    edit={{ label: t('register.edit', { name }), onClick: () => onEdit(person) }}
                    remove={{ label: t('register.erase', { name }), text: t('register.eraseShort'), tone: 'danger', onClick: () => onErase(person) }}
                  />
                )}
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
