import { describe, expect, it } from 'vitest';
import { KENYA, useTempBackend } from './test-support';

const tempBackend = useTempBackend();

describe('dispatcher', () => {
  it('refuses a command that is not in the contract', () => {
    const { fails } = tempBackend();
    expect(fails('workspace.dropAllTables', {})).toMatchObject({ code: 'unknown_command', messageKey: 'errors:unknownCommand' });
  });

  it('refuses invalid input with the path of every bad field', () => {
    const { fails } = tempBackend();
    const error = fails('workspace.create', { name: '  ', countryIso3: 'XXX', level: 'regional', landAreaKm2: -5 });
    expect(error.code).toBe('validation');
    expect(error.details?.fields).toEqual(
      expect.arrayContaining([
        { path: ['name'], messageKey: 'errors:field.required' },
        { path: ['countryIso3'], messageKey: 'errors:field.unknownCountry' },
        { path: ['level'], messageKey: 'errors:field.notAllowed' },
        { path: ['landAreaKm2'], messageKey: 'errors:field.greaterThan', params: { min: 0 } },
      ]),
    );
  });

  it('asks for the area name of a sub-national workspace', () => {
    const { fails } = tempBackend();
    const error = fails('workspace.create', { ...KENYA, level: 'subnational' });
    expect(error.details?.fields).toEqual([{ path: ['areaName'], messageKey: 'errors:field.areaNameRequired' }]);
  });

  it('answers workspace commands with no_workspace until one is open', () => {
    const { fails } = tempBackend();
    expect(fails('landtypes.list', {})).toMatchObject({ code: 'no_workspace', messageKey: 'errors:noWorkspace' });
  });

  it('leaves native dialogs to the Electron shell', () => {
    const { fails } = tempBackend();
    expect(fails('app.chooseWorkspaceFile', { purpose: 'open' }).code).toBe('unsupported');
  });

  it('writes nothing when a command fails half-way', () => {
    const { ok, fails } = tempBackend();
    ok('workspace.create', KENYA);
    ok('landtypes.save', { code: 'F1', name: 'Forest on andosols' });
    const before = ok('workspace.history', {}).entries.length;
    fails('landtypes.save', { code: 'F1', name: 'Duplicate' });
    expect(ok('workspace.history', {}).entries).toHaveLength(before);
    expect(ok('landtypes.list', {}).items).toHaveLength(1);
  });
});
