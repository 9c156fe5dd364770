import { useCommandMutation, useCommandQuery } from '../../app/backend/commandQueries';

export function useLandTypes({ includeDeleted = false } = {}) {
  return useCommandQuery('landtypes.list', { includeDeleted });
}

export function useSaveLandType() {
  return useCommandMutation('landtypes.save', { invalidates: ['landtypes.list'] });
}

export function useDeleteLandType() {
  return useCommandMutation('landtypes.delete', { invalidates: ['landtypes.list'] });
}

export function useRestoreLandType() {
  return useCommandMutation('landtypes.restore', { invalidates: ['landtypes.list'] });
}
