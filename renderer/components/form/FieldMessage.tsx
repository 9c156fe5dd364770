import { useTranslation } from 'react-i18next';
import { translateKey } from '../../app/i18n/translateKey';
import type { KeyedFieldError } from './schemaResolver';

/** What is wrong with one field, in words, linked to it by `aria-describedby`. */
export function FieldMessage({ id, error }: { id: string; error: KeyedFieldError | undefined }) {
  const { i18n } = useTranslation();
  if (!error?.message) return null;
  return (
    <p id={id} className="field__error">
      {translateKey(i18n, error.message, error.params)}
    </p>
  );
}
