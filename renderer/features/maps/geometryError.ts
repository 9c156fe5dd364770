import type { i18n as I18n } from 'i18next';
import { CommandFailure } from '../../app/backend/backend';
import { errorMessage, translateKey } from '../../app/i18n/translateKey';

/**
 * Why the backend refused a geometry or an import, in words: the message of the field it names ("The area
 * crosses itself", "Feature 3 cannot be imported") rather than the generic "some fields are not valid".
 * The editor has no form fields to put it next to, so it is said once, above the buttons.
 */
export function refusalReason(error: unknown, i18n: I18n): string {
  const [first] = error instanceof CommandFailure ? error.fieldErrors : [];
  return first ? translateKey(i18n, first.messageKey, first.params) : errorMessage(error, i18n);
}
