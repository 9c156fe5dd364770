import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WORKSHEET_YEARS } from '../../../shared/worksheets/schema';
import { FormField } from '../../components/form/FormField';

interface TargetYearFieldProps {
  /** The year the balance shown is computed as of: the one chosen, else the balance's own default. */
  year: number | undefined;
  /** A valid year, or `undefined` when the field is emptied (back to the default). */
  onChange: (year: number | undefined) => void;
}

const isYear = (value: number) => Number.isInteger(value) && value >= WORKSHEET_YEARS.min && value <= WORKSHEET_YEARS.max;

/**
 * The year the balance and the comparison of scenarios are read at. What is being typed is kept as it
 * is (so "20" on the way to "2028" is not refused), and only a whole year in range is passed on.
 */
export function TargetYearField({ year, onChange }: TargetYearFieldProps) {
  const { t } = useTranslation('worksheets');
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? (year === undefined ? '' : String(year));
  const invalid = text.trim() !== '' && !isYear(Number(text));
  return (
    <div className="target-year">
      <FormField
        label={t('targetYear.label')}
        help={t('targetYear.help')}
        error={invalid ? { type: 'range', message: 'errors:worksheets.yearOutOfRange' } : undefined}
      >
        {(control) => (
          <input
            {...control}
            type="number"
            inputMode="numeric"
            min={WORKSHEET_YEARS.min}
            max={WORKSHEET_YEARS.max}
            step={1}
            value={text}
            onChange={(event) => {
              const typed = event.target.value;
              setDraft(typed);
              if (typed.trim() === '') onChange(undefined);
              else if (isYear(Number(typed))) onChange(Number(typed));
            }}
            onBlur={() => {
              if (!invalid) setDraft(null);
            }}
          />
        )}
      </FormField>
    </div>
  );
}
