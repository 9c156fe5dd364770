import { genderParity, isCurrentMembership } from '../../../shared/consultations/parity';
import { fieldError } from '../errors';
import type { Handlers } from '../handler-types';
import { liveMemberships, openMembershipOf, requireMembership, todayUtc, withPeople } from './membership-repository';
import { peopleById, requirePerson } from './people-repository';

type MembershipCommand = 'consultations.listMembers' | 'consultations.saveMembership' | 'consultations.endMembership';

export const membershipHandlers: Handlers<MembershipCommand> = {
  'consultations.listMembers': ({ includeEnded }, session) => {
    const ws = session.workspace();
    const today = todayUtc();
    const all = liveMemberships(ws);
    const shown = includeEnded ? all : all.filter((m) => isCurrentMembership(m, today));
    const people = peopleById(ws);
    return { items: withPeople(shown, people), parity: genderParity(all, people, today) };
  },

  'consultations.saveMembership': ({ id, personId, role, startDate, endDate }, session) => {
    const ws = session.workspace();
    requirePerson(ws, personId, ['personId']);
    if (id) requireMembership(ws, id);
    if (endDate === undefined && openMembershipOf(ws, personId, id)) {
      throw fieldError('conflict', { path: ['personId'], messageKey: 'errors:consultations.alreadyMember' });
    }
    const values = { personId, role, startDate, endDate: endDate ?? null };
    return id ? ws.mutator.update('membership', id, values) : ws.mutator.insert('membership', values);
  },

  'consultations.endMembership': ({ id, endDate = todayUtc() }, session) => {
    const ws = session.workspace();
    const current = requireMembership(ws, id);
    if (endDate < current.startDate) throw fieldError('validation', { path: ['endDate'], messageKey: 'errors:consultations.endBeforeStart' });
    return ws.mutator.update('membership', id, { endDate });
  },
};
