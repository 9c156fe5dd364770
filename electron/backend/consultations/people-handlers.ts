import type { EntityValues } from '../db/entities';
import { fieldError } from '../errors';
import type { Handlers } from '../handler-types';
import { listPeople, requirePerson, toPerson } from './people-repository';

type PeopleCommand = 'consultations.listPeople' | 'consultations.savePerson' | 'consultations.erasePerson';

export const peopleHandlers: Handlers<PeopleCommand> = {
  'consultations.listPeople': (_input, session) => ({ items: listPeople(session.workspace()) }),

  /** Saves the whole form: optional fields left out are cleared. */
  'consultations.savePerson': ({ id, ...fields }, session) => {
    const ws = session.workspace();
    const values: Omit<EntityValues<'person'>, 'erasedAt'> = {
      name: fields.name ?? null,
      organisation: fields.organisation ?? null,
      sector: fields.sector,
      sex: fields.sex,
      ageBand: fields.ageBand,
      isIplc: fields.isIplc ? 1 : 0,
      isYouth: fields.isYouth ? 1 : 0,
      email: fields.email ?? null,
      phone: fields.phone ?? null,
      consentDate: fields.consentDate ?? null,
      consentScope: fields.consentScope ?? null,
      notes: fields.notes ?? null,
    };
    if (!id) return toPerson(ws.mutator.insert('person', { ...values, erasedAt: null }));
    // Someone who asked to be forgotten is not named again by an edit of the old entry.
    if (requirePerson(ws, id, ['id']).erasedAt !== null) {
      throw fieldError('conflict', { path: ['id'], messageKey: 'errors:consultations.personErased' });
    }
    return toPerson(ws.mutator.update('person', id, values));
  },

  /** Erasing twice changes nothing the second time. */
  'consultations.erasePerson': ({ id }, session) => {
    const ws = session.workspace();
    const current = requirePerson(ws, id, ['id']);
    if (current.erasedAt !== null) return toPerson(current);
    return toPerson(ws.mutator.erase('person', id, { erasedAt: new Date().toISOString() }));
  },
};
