import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { countryOptions, type CountryOption } from '../../app/i18n/countryNames';
import type { ControlProps } from '../../components/form/FormField';

interface CountrySelectProps {
  control: ControlProps;
  value: string;
  onChange: (iso3: string) => void;
  onBlur: () => void;
}

/** Folds case and accents, so "cote" finds "Côte d'Ivoire". */
function searchable(text: string, locale: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase(locale);
}

/**
 * A native select (keyboard type-ahead, reliable with screen readers) with a search field above
 * it that narrows the list by name or ISO3 code; typing in the field also works with CJK input
 * methods, which a select's type-ahead does not. Enter in the field picks the first match.
 */
export function CountrySelect({ control, value, onChange, onBlur }: CountrySelectProps) {
  const { t, i18n } = useTranslation('workspace');
  const searchId = useId();
  const [query, setQuery] = useState('');
  const all = useMemo(() => countryOptions(i18n.language), [i18n.language]);
  const matches = useMemo(() => matchCountries(all, query, i18n.language), [all, query, i18n.language]);
  // The chosen country stays listed while the search hides it, so the select never loses its value.
  const shown = matches.some((country) => country.iso3 === value) ? matches : [...all.filter((c) => c.iso3 === value), ...matches];

  const pickFirstMatch = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const first = matches[0];
    if (first) onChange(first.iso3);
  };

  return (
    <div className="country-select">
      <label className="visually-hidden" htmlFor={searchId}>
        {t('create.countrySearch')}
      </label>
      <input
        id={searchId}
        type="search"
        className="country-select__search"
        placeholder={t('create.countrySearch')}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={pickFirstMatch}
        autoComplete="off"
      />
      <select {...control} value={value} onChange={(event) => onChange(event.target.value)} onBlur={onBlur}>
        <option value="">{t('create.countryPlaceholder')}</option>
        {shown.map((country) => (
          <option key={country.iso3} value={country.iso3}>
            {country.name}
          </option>
        ))}
      </select>
    </div>
  );
}

function matchCountries(all: CountryOption[], query: string, locale: string): CountryOption[] {
  const wanted = searchable(query.trim(), locale);
  if (wanted === '') return all;
  return all.filter(
    (country) => searchable(country.name, locale).includes(wanted) || country.iso3.toLowerCase().startsWith(wanted),
  );
}
