import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/consultations/person';
import { usePersonName } from '../personName';

interface PersonSelectProps {
  id: string;
  value: string;
  people: readonly Person[];
  /** Text of the empty choice. */
  placeholder: string;
  onChange: (personId: string) => void;
  required?: boolean;
  /** The id of the message that says what is wrong with the choice, when something is. */
  describedBy?: string | undefined;
}

/** A person from the register, by name and organisation; people without a name cannot be told apart here. */
export function PersonSelect({ id, value, people, placeholder, onChange, required = false, describedBy }: PersonSelectProps) {
  const { t } = useTranslation('consultations');
  const nameOf = usePersonName();
  const named = people.filter((person) => person.erasedAt === null && person.name !== null);
  return (
    <select
      id={id}
      value={value}
      required={required}
      aria-required={required || undefined}
      aria-describedby={describedBy}
      aria-invalid={describedBy ? true : undefined}
      onChange={(event) => onChange(event.target.value)}
    >
      <option value="">{placeholder}</option>
      {named.map((person) => (
        <option key={person.id} value={person.id}>
          {person.organisation ? t('attendance.match', { name: nameOf(person), organisation: person.organisation }) : nameOf(person)}
        </option>
      ))}
    </select>
  );
}
