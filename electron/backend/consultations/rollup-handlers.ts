import { genderParity } from '../../../shared/consultations/parity';
import { rollUpParticipants, summariseInvolvement } from '../../../shared/consultations/rollups';
import type { Handlers } from '../handler-types';
import { listConsultations, requireConsultation } from './consultation-repository';
import { liveMemberships, todayUtc } from './membership-repository';
import { peopleById } from './people-repository';
import { attendanceOf, consultationsInScope, decisionsAbout, decisionsOf } from './rollup-repository';

export const rollupHandlers: Handlers<'consultations.rollup' | 'consultations.decisionsFor'> = {
  'consultations.rollup': ({ consultationId }, session) => {
    const ws = session.workspace();
    const only = consultationId === undefined ? undefined : requireConsultation(ws, consultationId, ['consultationId']);
    const scope = consultationsInScope(ws, only);
    const ids = scope.map((c) => c.id);
    const people = peopleById(ws);
    const participants = rollUpParticipants(attendanceOf(ws, ids), people);
    // PRAIS reports what took place: a planned consultation's registrations are not involvement yet.
    const held = scope.filter((c) => c.status === 'held');
    const heldIds = held.map((c) => c.id);
    const heldParticipants = held.length === scope.length ? participants : rollUpParticipants(attendanceOf(ws, heldIds), people);
    return {
      participants,
      workingGroup: genderParity(liveMemberships(ws), people, todayUtc()),
      involvement: summariseInvolvement(held, heldParticipants, decisionsOf(ws, heldIds)),
    };
  },

  'consultations.decisionsFor': ({ subjectType, subjectId }, session) => {
    const ws = session.workspace();
    const decisions = decisionsAbout(ws, subjectType, subjectId);
    const items = listConsultations(ws, false)
      .map((consultation) => ({ consultation, decisions: decisions.filter((d) => d.consultationId === consultation.id) }))
      .filter((item) => item.decisions.length > 0);
    return { items };
  },
};
