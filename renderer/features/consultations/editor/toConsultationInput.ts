import type { z } from 'zod';
import type { consultationDetail, ConsultationInput } from '../../../../shared/consultations/consultation';

export type ConsultationDetail = z.infer<typeof consultationDetail>;
export type SavableConsultation = ConsultationInput & { id: string };

/** Stored "not given" is null; in the save form it is a field left out. */
const given = <T>(value: T | null): T | undefined => value ?? undefined;

/**
 * The stored consultation as the whole form `consultations.save` expects: every outcome with its id,
 * so that saving it back changes only what the caller changed.
 */
export function toConsultationInput(detail: ConsultationDetail): SavableConsultation {
  return {
    id: detail.id,
    title: detail.title,
    status: detail.status,
    startDate: detail.startDate,
    endDate: given(detail.endDate),
    place: given(detail.place),
    modality: detail.modality,
    purpose: detail.purpose,
    facilitator: given(detail.facilitator),
    agenda: given(detail.agenda),
    minutes: given(detail.minutes),
    contributions: detail.contributions.map((c) => ({
      id: c.id,
      personId: given(c.personId),
      groupLabel: given(c.groupLabel),
      issue: c.issue,
      response: given(c.response),
    })),
    decisions: detail.decisions.map((d) => ({
      id: d.id,
      text: d.text,
      dissent: given(d.dissent),
      subjectType: given(d.subjectType),
      subjectId: given(d.subjectId),
    })),
    actions: detail.actions.map((a) => ({
      id: a.id,
      description: a.description,
      ownerId: a.ownerId,
      dueDate: a.dueDate,
      completedDate: given(a.completedDate),
    })),
  };
}
