import { describe, expect, it } from 'vitest';
import { CommandFailure, SessionExpired } from '../backend/backend';
import { createI18n } from './createI18n';
import { errorMessage, translateKey } from './translateKey';

const i18n = createI18n('en');

describe('error messages', () => {
  it("uses the backend's own message and fills it from the refusal's details", () => {
    const tooLarge = new CommandFailure({ code: 'payload_too_large', messageKey: 'errors:payloadTooLarge', details: { limitMb: 25 } });
    expect(errorMessage(tooLarge, i18n)).toBe('This is larger than the 25 MB that can be sent at once. Nothing was changed.');
  });

  it("falls back to the code's message when the backend's key is unknown here", () => {
    const locked = new CommandFailure({ code: 'workspace_locked', messageKey: 'errors:somethingNewer' });
    expect(errorMessage(locked, i18n)).toContain('already open in another window or program');
  });

  it('explains an expired session and treats anything else as an internal error', () => {
    expect(errorMessage(new SessionExpired(), i18n)).toContain('Reopen the link');
    expect(errorMessage(new TypeError('x is undefined'), i18n)).toContain('Something went wrong inside the app');
  });

  it('writes numbers the way the language does, but never groups a year', () => {
    const fr = createI18n('fr');
    const message = translateKey(fr, 'errors:baseline.te.exceedsLandArea', { total: 1234567.5, max: 1000000 });
    expect(message).toContain('1\u202f234\u202f567,5');
    expect(message).toContain('1\u202f000\u202f000');
    expect(translateKey(i18n, 'errors:baseline.te.yearSkipped', { year: 2017 })).toContain('2017 is not a year');
  });
});
