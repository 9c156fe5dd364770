import { useQueryClient } from '@tanstack/react-query';
import type { CommandName } from '../../../shared/contract';
import type { SubjectType } from '../../../shared/consultations/codes';
import { useCommandMutation, useCommandQuery } from '../../app/backend/commandQueries';

/** Every answer a change to the register, the group or a consultation can move (names, counts, links). */
const CONSULTATION_READS: readonly CommandName[] = [
  'consultations.listPeople',
  'consultations.listMembers',
  'consultations.list',
  'consultations.get',
  'consultations.rollup',
  'consultations.decisionsFor',
];

export const usePeople = () => useCommandQuery('consultations.listPeople', {});
export const useMembers = (includeEnded = false) => useCommandQuery('consultations.listMembers', { includeEnded });
export const useConsultations = () => useCommandQuery('consultations.list', { includeDeleted: false });
export const useConsultation = (id: string) => useCommandQuery('consultations.get', { id });
export const useRollup = (consultationId?: string) =>
  useCommandQuery('consultations.rollup', consultationId === undefined ? {} : { consultationId });
/** Decisions behind one record, or behind any record of the type when `subjectId` is left out. */
export const useDecisionsFor = (subjectType: SubjectType, subjectId?: string) =>
  useCommandQuery('consultations.decisionsFor', subjectId === undefined ? { subjectType } : { subjectType, subjectId });

export const useSavePerson = () => useCommandMutation('consultations.savePerson', { invalidates: CONSULTATION_READS });
export const useErasePerson = () => useCommandMutation('consultations.erasePerson', { invalidates: CONSULTATION_READS });
export const useSaveMembership = () => useCommandMutation('consultations.saveMembership', { invalidates: CONSULTATION_READS });
export const useEndMembership = () => useCommandMutation('consultations.endMembership', { invalidates: CONSULTATION_READS });
export const useSaveConsultation = () => useCommandMutation('consultations.save', { invalidates: CONSULTATION_READS });
export const useDeleteConsultation = () => useCommandMutation('consultations.delete', { invalidates: CONSULTATION_READS });
export const useRestoreConsultation = () => useCommandMutation('consultations.restore', { invalidates: CONSULTATION_READS });
/** A read: it changes nothing, so nothing needs refreshing afterwards. */
export const useExportRoster = () => useCommandMutation('consultations.exportRoster', { invalidates: [] });

/**
 * Attendance is saved on every Enter during a workshop: the answer (the whole consultation) goes straight
 * into the cache, so the list and the counts move at once, without waiting for a refetch.
 */
export function useSetAttendance() {
  const queryClient = useQueryClient();
  return useCommandMutation('consultations.setAttendance', {
    invalidates: ['consultations.rollup', 'consultations.list'],
    onSuccess: (detail) => {
      queryClient.setQueryData(['consultations.get', { id: detail.id }], detail);
    },
  });
}
