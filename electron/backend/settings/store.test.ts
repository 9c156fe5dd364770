import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempBackend } from '../test-support';

const tempBackend = useTempBackend();

describe('app settings', () => {
  it('keep the language, the member profile and the device id across restarts', () => {
    const first = tempBackend();
    const initial = first.ok('settings.get', {});
    expect(initial.language).toBeNull();
    expect(initial.deviceId).toMatch(/^[0-9a-f]{16}$/);
    first.ok('settings.setLanguage', { language: 'ar' });
    first.ok('settings.saveProfile', { name: 'Nour Haddad', organisation: 'Ministry of Agriculture', role: 'reporting_officer' });
    first.backend.close();

    const again = tempBackend(first.dir).ok('settings.get', {});
    expect(again).toEqual({
      language: 'ar',
      deviceId: initial.deviceId,
      profile: { memberId: initial.profile.memberId, name: 'Nour Haddad', organisation: 'Ministry of Agriculture', role: 'reporting_officer' },
    });
  });

  it('refuse a language that is not one of the six', () => {
    const { fails } = tempBackend();
    expect(fails('settings.setLanguage', { language: 'de' }).details?.fields).toEqual([{ path: ['language'], messageKey: 'errors:field.notAllowed' }]);
  });

  it('start afresh from an unreadable settings file and keep it aside', () => {
    const first = tempBackend();
    first.backend.close();
    writeFileSync(join(first.dir, 'settings.json'), '{ not json');
    const again = tempBackend(first.dir);
    expect(again.ok('settings.get', {}).language).toBeNull();
    expect(readdirSync(first.dir).some((f) => f.startsWith('settings.json.unreadable-'))).toBe(true);
    expect(JSON.parse(readFileSync(join(first.dir, 'settings.json'), 'utf8'))).toMatchObject({ language: null });
  });
});
