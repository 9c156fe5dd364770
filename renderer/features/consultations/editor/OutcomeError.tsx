import { useTranslation } from 'react-i18next';
import { CommandFailure } from '../../../app/backend/backend';
import { errorMessage, translateKey } from '../../../app/i18n/translateKey';

/**
 * A refused outcome row, in words. The rows sit in lists without one field per message, so the field
 * messages (e.g. "say who raised this issue") are listed under the title instead of a generic one.
 */
export function OutcomeError({ error, title }: { error: unknown; title: string }) {
  const { i18n } = useTranslation();
  const fieldKeys = error instanceof CommandFailure ? [...new Set(error.fieldErrors.map((field) => field.messageKey))] : [];
  return (
    <div role="alert" className="alert alert--error">
      <p className="alert__title">{title}</p>
      {fieldKeys.length === 0 ? <p>{errorMessage(error, i18n)}</p> : fieldKeys.map((key) => <p key={key}>{translateKey(i18n, key)}</p>)}
    </div>
  );
}
