import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERASED_VALUE } from '../../../shared/workspace/history';
import { KENYA, useTempBackend } from '../test-support';

const tempBackend = useTempBackend();

function withWorkspace() {
  const backend = tempBackend();
  const path = join(backend.dir, 'ws.ldnw');
  backend.ok('workspace.create', { ...KENYA, path });
  return { ...backend, path };
}

const WANJIRU = {
  name: 'Wanjiru Kamau',
  organisation: 'Green Belt Movement',
  sector: 'cso',
  sex: 'female',
  ageBand: '25_34',
  isYouth: true,
  email: 'wanjiru@example.org',
  phone: '+254 (0)20 123-4567',
  consentDate: '2026-03-02',
  consentScope: 'contact',
  notes: 'Speaks for the Laikipia women farmers',
} as const;

describe('stakeholder register', () => {
  it('registers people with only a sector required, and lists named people by name', () => {
    const { ok } = withWorkspace();
    const anonymous = ok('consultations.savePerson', { sector: 'farmers_organisation' });
    expect(anonymous).toMatchObject({ name: null, sex: 'undisclosed', ageBand: 'undisclosed', isIplc: false, isYouth: false, consentDate: null });
    ok('consultations.savePerson', WANJIRU);
    ok('consultations.savePerson', { name: 'Abdi Hassan', sector: 'government', sex: 'male', isIplc: true });
    expect(ok('consultations.listPeople', {}).items.map((p) => p.name)).toEqual(['Abdi Hassan', 'Wanjiru Kamau', null]);
  });

  it('saves the whole form: an edit that leaves a field out clears it', () => {
    const { ok } = withWorkspace();
    const wanjiru = ok('consultations.savePerson', WANJIRU);
    const edited = ok('consultations.savePerson', { id: wanjiru.id, name: 'Wanjiru Kamau', sector: 'cso', sex: 'female' });
    expect(edited).toMatchObject({ id: wanjiru.id, email: null, phone: null, ageBand: 'undisclosed', isYouth: false, consentScope: null });
  });

  it('refuses bad input on the field, and a refused save writes nothing', () => {
    const { ok, fails } = withWorkspace();
    const error = fails('consultations.savePerson', {
      sector: 'church',
      sex: 'f',
      email: 'not an address',
      phone: 'call me',
      consentDate: '2999-01-01',
    });
    expect(error.code).toBe('validation');
    expect(error.details?.fields).toEqual([
      { path: ['sector'], messageKey: 'errors:field.notAllowed' },
      { path: ['sex'], messageKey: 'errors:field.notAllowed' },
      { path: ['email'], messageKey: 'errors:field.badFormat' },
      { path: ['phone'], messageKey: 'errors:consultations.phoneInvalid' },
      { path: ['consentDate'], messageKey: 'errors:consultations.dateInFuture' },
    ]);
    expect(fails('consultations.savePerson', { sector: 'cso', consentScope: 'contact' }).details?.fields).toEqual([
      { path: ['consentDate'], messageKey: 'errors:consultations.consentIncomplete' },
    ]);
    expect(fails('consultations.savePerson', { sector: 'cso', consentDate: '2026-01-01' }).details?.fields).toEqual([
      { path: ['consentScope'], messageKey: 'errors:consultations.consentIncomplete' },
    ]);
    expect(ok('consultations.listPeople', {}).items).toEqual([]);
    expect(ok('workspace.history', { entity: 'person' }).entries).toEqual([]);
  });

  it('refuses to edit someone who is not in the register', () => {
    const { fails } = withWorkspace();
    const error = fails('consultations.savePerson', { id: '01890a5d-ac96-774b-bcce-b302099a8057', sector: 'cso' });
    expect(error).toMatchObject({ code: 'not_found', details: { fields: [{ path: ['id'], messageKey: 'errors:consultations.personNotFound' }] } });
  });
});

describe('erasing a person', () => {
  it('clears the personal fields and keeps what the counts are made of', () => {
    const { ok } = withWorkspace();
    const wanjiru = ok('consultations.savePerson', WANJIRU);
    const erased = ok('consultations.erasePerson', { id: wanjiru.id });
    expect(erased).toMatchObject({
      id: wanjiru.id,
      name: null,
      organisation: null,
      email: null,
      phone: null,
      notes: null,
      sector: 'cso',
      sex: 'female',
      ageBand: '25_34',
      isIplc: false,
      isYouth: true,
      consentDate: '2026-03-02',
      consentScope: 'contact',
    });
    expect(erased.erasedAt).not.toBeNull();
    expect(ok('consultations.listPeople', {}).items).toEqual([erased]);
  });

  it('leaves no personal value readable in the history, while the history still shows what changed when', () => {
    const { ok } = withWorkspace();
    const wanjiru = ok('consultations.savePerson', WANJIRU);
    ok('consultations.savePerson', { ...WANJIRU, id: wanjiru.id, name: 'Wanjiru W. Kamau' });
    ok('consultations.erasePerson', { id: wanjiru.id });

    const history = ok('workspace.history', { entityId: wanjiru.id }).entries;
    expect(history.map((e) => e.operation)).toEqual(['update', 'update', 'insert']);
    const text = JSON.stringify(history);
    for (const value of ['Wanjiru', 'Green Belt', 'example.org', '123-4567', 'Laikipia']) expect(text).not.toContain(value);

    expect(history[1]!.changes).toEqual([{ field: 'name', before: ERASED_VALUE, after: ERASED_VALUE }]);
    const erase = history[0]!.changes;
    expect(erase.find((c) => c.field === 'name')).toEqual({ field: 'name', before: ERASED_VALUE, after: null });
    expect(erase.map((c) => c.field)).toEqual(['name', 'organisation', 'email', 'phone', 'notes', 'erasedAt']);
    // Non-personal values stay readable: the audit trail of the counts is intact.
    expect(history[2]!.changes.find((c) => c.field === 'sex')).toEqual({ field: 'sex', before: null, after: 'female' });
  });

  it('leaves the erased values nowhere in the workspace file', () => {
    const { ok, backend, path } = withWorkspace();
    const wanjiru = ok('consultations.savePerson', WANJIRU);
    ok('consultations.erasePerson', { id: wanjiru.id });
    backend.close();
    // The raw bytes, free pages included: a closed workspace has its WAL checkpointed into the file.
    const bytes = readFileSync(path).toString('latin1');
    expect(bytes).not.toContain('Wanjiru');
    expect(bytes).not.toContain('example.org');
  });

  it('is final: an erased person cannot be named again by editing the entry, and a second erase changes nothing', () => {
    const { ok, fails } = withWorkspace();
    const wanjiru = ok('consultations.savePerson', WANJIRU);
    const erased = ok('consultations.erasePerson', { id: wanjiru.id });
    expect(fails('consultations.savePerson', { ...WANJIRU, id: wanjiru.id })).toMatchObject({
      code: 'conflict',
      details: { fields: [{ path: ['id'], messageKey: 'errors:consultations.personErased' }] },
    });
    expect(ok('consultations.erasePerson', { id: wanjiru.id })).toEqual(erased);
    expect(ok('workspace.history', { entityId: wanjiru.id }).entries).toHaveLength(2);
  });

  it('keeps the change log append-only for everything but the erase rewrite', () => {
    const { ok, backend, path } = withWorkspace();
    const wanjiru = ok('consultations.savePerson', WANJIRU);
    ok('landtypes.save', { code: 'F1', name: 'Forest, humid' });
    backend.close();
    const db = new Database(path);
    const update = (sql: string) => () => db.prepare(sql).run(wanjiru.id);
    const erased = JSON.stringify(ERASED_VALUE);
    expect(update(`UPDATE change_log SET after = 'null' WHERE entity_id = ? AND field = 'name'`)).toThrow(/append-only/);
    expect(update(`UPDATE change_log SET after = '${erased}' WHERE entity_id = ? AND field = 'sex'`)).toThrow(/append-only/);
    expect(update(`UPDATE change_log SET after = '${erased}', member_id = 'x' WHERE entity_id = ? AND field = 'name'`)).toThrow(/append-only/);
    expect(() => db.prepare(`UPDATE change_log SET after = '${erased}' WHERE entity = 'landtype' AND field = 'name'`).run()).toThrow(/append-only/);
    expect(update('DELETE FROM change_log WHERE entity_id = ?')).toThrow(/append-only/);
    db.close();
  });
});
