import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AGE_BANDS, SECTORS, SEXES, type AgeBand, type Sector, type Sex } from '../../../../shared/consultations/codes';
import type { Person } from '../../../../shared/consultations/person';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useSavePerson } from '../consultationQueries';
import { usePersonName } from '../personName';
import { matchPeople } from './matchPeople';

interface QuickAddProps {
  people: readonly Person[];
  attending: ReadonlySet<string>;
  onAdd: (person: Person) => void;
}

/**
 * The sign-in desk, for 60+ people by keyboard: type a name or organisation, Enter adds the highlighted
 * match (arrows move it). Someone not in the register is created in the same row: type the name, Tab
 * through sex, age band and sector, Enter. Focus returns to the name field after every addition.
 */
export function QuickAdd({ people, attending, onAdd }: QuickAddProps) {
  const { t, i18n } = useTranslation('consultations');
  const id = useId();
  const nameOf = usePersonName();
  const savePerson = useSavePerson();
  const nameRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  // Kept between additions: at a workshop, people of one sector and age often sign in one after another.
  const [sex, setSex] = useState<Sex>('undisclosed');
  const [ageBand, setAgeBand] = useState<AgeBand>('undisclosed');
  const [sector, setSector] = useState<Sector>('other');
  const [announcement, setAnnouncement] = useState('');

  const matches = useMemo(() => matchPeople(people, query, attending, i18n.language), [people, query, attending, i18n.language]);
  const typed = query.trim();
  const optionCount = typed === '' ? 0 : matches.length + 1;
  const newOptionIndex = matches.length;

  const done = (person: Person) => {
    setAnnouncement(t('attendance.added', { name: nameOf(person) }));
    setQuery('');
    setActive(0);
    nameRef.current?.focus();
  };
  const addExisting = (person: Person) => {
    onAdd(person);
    done(person);
  };
  const createNew = () => {
    if (typed === '') {
      nameRef.current?.focus();
      return;
    }
    savePerson.mutate(
      { name: typed, sex, ageBand, sector },
      {
        onSuccess: (person) => {
          onAdd(person);
          done(person);
        },
      },
    );
  };
  const choose = (index: number) => {
    const person = matches[index];
    if (person) addExisting(person);
    else createNew();
  };

  const onNameKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (optionCount === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (current + step + optionCount) % optionCount);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (typed !== '') choose(active);
    } else if (event.key === 'Escape' && query !== '') {
      event.preventDefault();
      setQuery('');
    }
  };

  const listId = `${id}-list`;
  const optionId = (index: number) => `${id}-option-${index}`;
  return (
    <form
      className="quick-add"
      aria-label={t('attendance.quickAdd')}
      onSubmit={(event) => {
        event.preventDefault();
        createNew();
      }}
    >
      {savePerson.isError && <ErrorAlert title={t('attendance.createFailed')} error={savePerson.error} />}
      <div className="quick-add__row">
        <div className="quick-add__name">
          <label htmlFor={`${id}-name`}>{t('attendance.nameField')}</label>
          <input
            id={`${id}-name`}
            ref={nameRef}
            type="text"
            role="combobox"
            autoComplete="off"
            aria-autocomplete="list"
            aria-expanded={optionCount > 0}
            aria-controls={listId}
            aria-activedescendant={optionCount > 0 ? optionId(active) : undefined}
            aria-describedby={`${id}-help`}
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              setActive(0);
            }}
            onKeyDown={onNameKeyDown}
          />
          <ul id={listId} role="listbox" aria-label={t('attendance.matches')} className="quick-add__options" hidden={optionCount === 0}>
            {matches.map((person, index) => (
              <li
                key={person.id}
                id={optionId(index)}
                role="option"
                tabIndex={-1}
                aria-selected={index === active}
                className="quick-add__option"
                onMouseDown={(event) => {
                  event.preventDefault();
                  addExisting(person);
                }}
              >
                {person.organisation ? t('attendance.match', { name: nameOf(person), organisation: person.organisation }) : nameOf(person)}
              </li>
            ))}
            {optionCount > 0 && (
              <li
                id={optionId(newOptionIndex)}
                role="option"
                tabIndex={-1}
                aria-selected={active === newOptionIndex}
                className="quick-add__option quick-add__option--new"
                onMouseDown={(event) => {
                  event.preventDefault();
                  createNew();
                }}
              >
                {t('attendance.createOption', { name: typed })}
              </li>
            )}
          </ul>
        </div>
        <CodeSelect label={t('field.sex')} value={sex} codes={SEXES} labelOf={(code) => t(`sex.${code}`)} onChange={setSex} onEnter={createNew} />
        <CodeSelect label={t('field.ageBand')} value={ageBand} codes={AGE_BANDS} labelOf={(code) => t(`ageBand.${code}`)} onChange={setAgeBand} onEnter={createNew} />
        <CodeSelect label={t('field.sector')} value={sector} codes={SECTORS} labelOf={(code) => t(`sector.${code}`)} onChange={setSector} onEnter={createNew} />
        <button type="submit" className="button" disabled={savePerson.isPending}>
          {t('attendance.addNew')}
        </button>
      </div>
      <p id={`${id}-help`} className="field__help">
        {t('attendance.help')}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </form>
  );
}

interface CodeSelectProps<C extends string> {
  label: string;
  value: C;
  codes: readonly C[];
  labelOf: (code: C) => string;
  onChange: (code: C) => void;
  /** A select does not submit its form on Enter by itself; in the sign-in row Enter adds. */
  onEnter: () => void;
}

function CodeSelect<C extends string>({ label, value, codes, labelOf, onChange, onEnter }: CodeSelectProps<C>) {
  const id = useId();
  return (
    <div className="quick-add__field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value as C)}
        onKeyDown={(event) => {
          if (event.key !== 'Enter') return;
          event.preventDefault();
          onEnter();
        }}
      >
        {codes.map((code) => (
          <option key={code} value={code}>
            {labelOf(code)}
          </option>
        ))}
      </select>
    </div>
  );
}
