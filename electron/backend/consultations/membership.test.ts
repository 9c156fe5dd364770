import { describe, expect, it } from 'vitest';
import { KENYA, useTempBackend } from '../test-support';

const tempBackend = useTempBackend();

function withPeople() {
  const backend = tempBackend();
  backend.ok('workspace.create', KENYA);
  const person = (name: string, sex: 'female' | 'male' | 'undisclosed') => backend.ok('consultations.savePerson', { name, sex, sector: 'government' });
  return { ...backend, amina: person('Amina Njoroge', 'female'), otieno: person('Otieno Ouma', 'male'), sam: person('Sam K.', 'undisclosed') };
}

describe('working group', () => {
  it('lists current members focal point first, with the share of women among them', () => {
    const { ok, amina, otieno, sam } = withPeople();
    ok('consultations.saveMembership', { personId: otieno.id, role: 'member', startDate: '2025-01-01' });
    ok('consultations.saveMembership', { personId: amina.id, role: 'focal_point', startDate: '2025-01-01' });
    ok('consultations.saveMembership', { personId: sam.id, role: 'observer', startDate: '2025-01-01' });

    const { items, parity } = ok('consultations.listMembers', {});
    expect(items.map((m) => [m.person.name, m.role])).toEqual([
      ['Amina Njoroge', 'focal_point'],
      ['Otieno Ouma', 'member'],
      ['Sam K.', 'observer'],
    ]);
    expect(parity).toEqual({ members: 3, women: 1, men: 1, other: 0, undisclosed: 1, shareOfWomen: 1 / 3 });
  });

  it('ends a membership without deleting it: it leaves the current group and the parity, and stays in the record', () => {
    const { ok, amina, otieno } = withPeople();
    const seat = ok('consultations.saveMembership', { personId: amina.id, role: 'member', startDate: '2024-01-01' });
    ok('consultations.saveMembership', { personId: otieno.id, role: 'member', startDate: '2024-01-01' });
    expect(ok('consultations.endMembership', { id: seat.id, endDate: '2025-12-31' })).toMatchObject({ endDate: '2025-12-31' });

    expect(ok('consultations.listMembers', {}).items.map((m) => m.person.name)).toEqual(['Otieno Ouma']);
    expect(ok('consultations.listMembers', {}).parity).toMatchObject({ members: 1, women: 0, shareOfWomen: 0 });
    expect(ok('consultations.listMembers', { includeEnded: true }).items).toHaveLength(2);
  });

  it('keeps counting an erased member by sex', () => {
    const { ok, amina } = withPeople();
    ok('consultations.saveMembership', { personId: amina.id, role: 'member', startDate: '2024-01-01' });
    ok('consultations.erasePerson', { id: amina.id });
    const { items, parity } = ok('consultations.listMembers', {});
    expect(items[0]!.person.name).toBeNull();
    expect(parity).toMatchObject({ members: 1, women: 1, shareOfWomen: 1 });
  });

  it('refuses a second open-ended seat for the same person, an unknown person and an end before the start, on the field', () => {
    const { ok, fails, amina } = withPeople();
    const seat = ok('consultations.saveMembership', { personId: amina.id, role: 'member', startDate: '2024-01-01' });
    expect(fails('consultations.saveMembership', { personId: amina.id, role: 'consultant', startDate: '2025-01-01' })).toMatchObject({
      code: 'conflict',
      details: { fields: [{ path: ['personId'], messageKey: 'errors:consultations.alreadyMember' }] },
    });
    expect(
      fails('consultations.saveMembership', { personId: '01890a5d-ac96-774b-bcce-b302099a8057', role: 'member', startDate: '2024-01-01' }).details?.fields,
    ).toEqual([{ path: ['personId'], messageKey: 'errors:consultations.personNotFound' }]);
    expect(fails('consultations.saveMembership', { personId: amina.id, role: 'chair', startDate: '2024-02-01' }).details?.fields).toEqual([
      { path: ['role'], messageKey: 'errors:field.notAllowed' },
    ]);
    expect(fails('consultations.saveMembership', { personId: amina.id, role: 'member', startDate: '2024-02-01', endDate: '2024-01-01' }).details?.fields).toEqual([
      { path: ['endDate'], messageKey: 'errors:consultations.endBeforeStart' },
    ]);
    expect(fails('consultations.endMembership', { id: seat.id, endDate: '2023-12-31' }).details?.fields).toEqual([
      { path: ['endDate'], messageKey: 'errors:consultations.endBeforeStart' },
    ]);
    // Nothing of the refused saves was written: one seat, still open.
    expect(ok('consultations.listMembers', { includeEnded: true }).items.map((m) => [m.role, m.endDate])).toEqual([['member', null]]);
    expect(ok('workspace.history', { entity: 'membership' }).entries).toHaveLength(1);
  });

  it('lets a person take a new seat once the old one has ended', () => {
    const { ok, amina } = withPeople();
    const first = ok('consultations.saveMembership', { personId: amina.id, role: 'member', startDate: '2024-01-01' });
    ok('consultations.endMembership', { id: first.id, endDate: '2025-06-30' });
    ok('consultations.saveMembership', { personId: amina.id, role: 'focal_point', startDate: '2025-07-01' });
    expect(ok('consultations.listMembers', {}).items.map((m) => m.role)).toEqual(['focal_point']);
  });
});
