import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/consultations/person';
import { usePersonName } from '../personName';

/** A column that shows what the register says about a person, wherever people are listed. */
export type PersonColumn = 'name' | 'organisation' | 'sex' | 'ageBand' | 'sector' | 'flags';

const HEADER_KEY = {
  name: 'field.name',
  organisation: 'field.organisation',
  sex: 'field.sex',
  ageBand: 'field.ageBand',
  sector: 'field.sector',
  flags: 'register.flags',
} as const satisfies Record<PersonColumn, string>;

/** The header cells of the given person columns, in the order given (each table keeps its own order). */
export function PersonHeaderCells({ columns }: { columns: readonly PersonColumn[] }) {
  const { t } = useTranslation('consultations');
  return columns.map((column) => (
    <th key={column} scope="col">
      {t(HEADER_KEY[column])}
    </th>
  ));
}

/** One person's cells for the given columns; the name is the row's header, so it names the row for screen readers. */
export function PersonCells({ person, columns }: { person: Person; columns: readonly PersonColumn[] }) {
  const { t } = useTranslation('consultations');
  const nameOf = usePersonName();
  const valueOf = (column: Exclude<PersonColumn, 'name'>) => {
    switch (column) {
      case 'organisation':
        return person.organisation;
      case 'sex':
        return t(`sex.${person.sex}`);
      case 'ageBand':
        return t(`ageBand.${person.ageBand}`);
      case 'sector':
        return t(`sector.${person.sector}`);
      case 'flags':
        return [person.isIplc ? t('flag.iplc') : null, person.isYouth ? t('flag.youth') : null].filter(Boolean).join(' · ');
    }
  };
  return columns.map((column) =>
    column === 'name' ? (
      <th key={column} scope="row">
        {nameOf(person)}
      </th>
    ) : (
      <td key={column}>{valueOf(column)}</td>
    ),
  );
}
