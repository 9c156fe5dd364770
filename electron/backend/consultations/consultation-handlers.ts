import type { z } from 'zod';
import type { consultationInput } from '../../../shared/consultations/consultation';
import type { EntityValues } from '../db/entities';
import type { Handlers } from '../handler-types';
import type { OpenWorkspace } from '../workspace/open-workspace';
import { listConsultations, readConsultationDetail, requireConsultation } from './consultation-repository';
import { assertDecisionSubject } from './decision-subjects';
import { syncOutcomes } from './outcome-sync';
import { requirePerson } from './people-repository';

type ConsultationCommand = 'consultations.list' | 'consultations.get' | 'consultations.save' | 'consultations.delete' | 'consultations.restore';
type ConsultationForm = z.output<typeof consultationInput>;

export const consultationHandlers: Handlers<ConsultationCommand> = {
  'consultations.list': ({ includeDeleted }, session) => ({ items: listConsultations(session.workspace(), includeDeleted) }),

  'consultations.get': ({ id }, session) => {
    const ws = session.workspace();
    return readConsultationDetail(ws, requireConsultation(ws, id, ['id']));
  },

  /** Saves the whole form, outcomes included; optional fields left out are cleared. */
  'consultations.save': (form, session) => {
    const ws = session.workspace();
    assertReferences(ws, form);
    const values = consultationValues(form);
    if (form.id) requireConsultation(ws, form.id, ['id']);
    const saved = form.id ? ws.mutator.update('consultation', form.id, values) : ws.mutator.insert('consultation', values);
    // Optional fields left out of a row are stored as null, like the consultation's own.
    const contributions = form.contributions.map((c) => ({ ...c, personId: c.personId ?? null, groupLabel: c.groupLabel ?? null, response: c.response ?? null }));
    const decisions = form.decisions.map((d) => ({ ...d, dissent: d.dissent ?? null, subjectType: d.subjectType ?? null, subjectId: d.subjectId ?? null }));
    const actions = form.actions.map((a) => ({ ...a, completedDate: a.completedDate ?? null }));
    syncOutcomes(ws, 'contribution', saved.id, 'contributions', contributions);
    syncOutcomes(ws, 'decision', saved.id, 'decisions', decisions);
    syncOutcomes(ws, 'follow_up_action', saved.id, 'actions', actions);
    return readConsultationDetail(ws, ws.mutator.find('consultation', saved.id)!);
  },

  /** A tombstone: attendance and outcomes stay with it, so a restore brings everything back. */
  'consultations.delete': ({ id }, session) => {
    const ws = session.workspace();
    requireConsultation(ws, id, ['id']);
    ws.mutator.remove('consultation', id);
    return { id };
  },

  'consultations.restore': ({ id }, session) => {
    const ws = session.workspace();
    requireConsultation(ws, id, ['id'], true);
    return ws.mutator.restore('consultation', id);
  },
};

function consultationValues(form: ConsultationForm): EntityValues<'consultation'> {
  return {
    title: form.title,
    status: form.status,
    startDate: form.startDate,
    endDate: form.endDate ?? null,
    place: form.place ?? null,
    modality: form.modality,
    purpose: form.purpose,
    facilitator: form.facilitator ?? null,
    agenda: form.agenda ?? null,
    minutes: form.minutes ?? null,
  };
}

/** Every person and subject the outcomes name must exist, refused on the field that names it. */
function assertReferences(ws: OpenWorkspace, form: ConsultationForm): void {
  form.contributions.forEach((c, i) => c.personId && requirePerson(ws, c.personId, ['contributions', i, 'personId']));
  form.decisions.forEach((d, i) => d.subjectType && d.subjectId && assertDecisionSubject(ws, d.subjectType, d.subjectId, ['decisions', i]));
  form.actions.forEach((a, i) => requirePerson(ws, a.ownerId, ['actions', i, 'ownerId']));
}
