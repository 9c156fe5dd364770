import type { i18n as I18n } from 'i18next';
import type { CommandError } from '../../../shared/command';
import { CommandFailure, SessionExpired } from '../backend/backend';

type Params = Record<string, string | number>;

/**
 * Keys that arrive as data (backend message keys, form error keys) are only known at run time,
 * so they bypass the compile-time key check; `locale-keys.test.ts` checks them instead.
 * Their numbers come raw from the backend; they are written the way the reader's language writes
 * numbers ("1,000" / "1 000"), except years, which are never grouped.
 */
export function translateKey(i18n: I18n, key: string, params?: Params): string {
  return (i18n.t as (key: string, options?: Params) => string)(key, params && localisedNumbers(params, i18n.language));
}

function localisedNumbers(params: Params, language: string): Params {
  const numbers = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [name, typeof value === 'number' && !/year/i.test(name) ? numbers.format(value) : value]),
  );
}

/** `not_a_workspace` → `errors:notAWorkspace`: the generic message for an error code. */
export function errorCodeKey(code: CommandError['code']): string {
  return `errors:${code.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase())}`;
}

/** Plain values among a refusal's details (e.g. `limitMb`) fill the placeholders of its message. */
function detailParams(details: CommandError['details']): Params {
  const params: Params = {};
  for (const [name, value] of Object.entries(details ?? {})) {
    if (typeof value === 'string' || typeof value === 'number') params[name] = value;
  }
  return params;
}

/** The words for whatever went wrong: the backend's own message when we know it, else its code's. */
export function errorMessage(error: unknown, i18n: I18n): string {
  if (error instanceof SessionExpired) return translateKey(i18n, 'errors:sessionExpired');
  if (!(error instanceof CommandFailure)) return translateKey(i18n, 'errors:internal');
  const { messageKey, details } = error.error;
  const key = i18n.exists(messageKey) ? messageKey : errorCodeKey(error.code);
  return translateKey(i18n, key, detailParams(details));
}
