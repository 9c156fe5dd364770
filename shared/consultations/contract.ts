import { z } from 'zod';
import { command } from '../command';
import { entityId } from '../ids';
import { attendanceInput, consultation, consultationDetail, consultationInput } from './consultation';
import { endMembershipInput, memberWithPerson, membership, membershipInput } from './membership';
import { subjectType } from './codes';
import { decisionSubjectId } from './decision-subject-id';
import { decision } from './outcomes';
import { genderParityFigure } from './parity';
import { involvementSummary, participantsRollup } from './rollups';
import { person, personInput } from './person';
import { rosterExport, rosterExportInput } from './roster-export';

const byId = z.object({ id: entityId });

export const consultationsContract = {
  /** The register, erased people included (they are still counted): named people by name, then the others. */
  'consultations.listPeople': command({ scope: 'workspace', input: z.object({}), output: z.object({ items: z.array(person) }) }),
  /** Creates (no id) or replaces (id) a register entry. An erased person's entry cannot be edited. */
  'consultations.savePerson': command({ scope: 'workspace', input: personInput, output: person }),
  /**
   * Right to erasure: clears the person's personal fields (shared/consultations/person.ts) and overwrites
   * their earlier values in the change log with a marker; sex, age band, sector and flags stay, so counts
   * do not change. Cannot be undone.
   */
  'consultations.erasePerson': command({ scope: 'workspace', input: byId, output: person }),

  /**
   * The working group: memberships current today (UTC), or all of them with `includeEnded`, by role then
   * name; and its gender parity today (shared/consultations/parity.ts).
   */
  'consultations.listMembers': command({
    scope: 'workspace',
    input: z.object({ includeEnded: z.boolean().default(false) }),
    output: z.object({ items: z.array(memberWithPerson), parity: genderParityFigure }),
  }),
  /** Creates (no id) or replaces (id) a membership; a person holds at most one open-ended one. */
  'consultations.saveMembership': command({ scope: 'workspace', input: membershipInput, output: membership }),
  /** Closes a membership on `endDate` (its last day). The record stays: the group's past composition is evidence. */
  'consultations.endMembership': command({ scope: 'workspace', input: endMembershipInput, output: membership }),

  /** Consultations, newest first. */
  'consultations.list': command({
    scope: 'workspace',
    input: z.object({ includeDeleted: z.boolean().default(false) }),
    output: z.object({ items: z.array(consultation) }),
  }),
  /** One consultation with its attendees, contributions, decisions and follow-up actions. */
  'consultations.get': command({ scope: 'workspace', input: byId, output: consultationDetail }),
  /** Creates (no id) or replaces (id) a consultation with its outcomes (see consultationInput). */
  'consultations.save': command({ scope: 'workspace', input: consultationInput, output: consultationDetail }),
  'consultations.delete': command({ scope: 'workspace', input: byId, output: byId }),
  'consultations.restore': command({ scope: 'workspace', input: byId, output: consultation }),
  /** Replaces who attended; attendees are register entries, so their sex, age and sector come from there. */
  'consultations.setAttendance': command({ scope: 'workspace', input: attendanceInput, output: consultationDetail }),

  /**
   * Who took part (shared/consultations/rollups.ts for the counting rules): of one consultation, or of
   * all held ones when `consultationId` is left out; with the working group's parity today and the
   * PRAIS involvement summary (held consultations in scope; counts only).
   */
  'consultations.rollup': command({
    scope: 'workspace',
    input: z.object({ consultationId: entityId.optional() }),
    output: z.object({ participants: participantsRollup, workingGroup: genderParityFigure, involvement: involvementSummary }),
  }),
  /**
   * The consultations, newest first, and their decisions that shaped this record; without `subjectId`,
   * those that shaped any record of the type (e.g. every cell of the transition matrix).
   */
  'consultations.decisionsFor': command({
    scope: 'workspace',
    input: z.object({ subjectType, subjectId: decisionSubjectId.optional() }),
    output: z.object({ items: z.array(z.object({ consultation, decisions: z.array(decision) })) }),
  }),
  /**
   * The consultations as a CSV file (shared/consultations/roster-export.ts): counts only, unless
   * `includeNames` opts in to attendees by name; erased people are never named.
   */
  'consultations.exportRoster': command({ scope: 'workspace', input: rosterExportInput, output: rosterExport }),
};
