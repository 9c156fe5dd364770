import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { GeometryOwnerRef } from '../../../shared/maps/schema';
import { useBackend } from '../../app/backend/BackendContext';
import { useCommandMutation, useCommandQuery } from '../../app/backend/commandQueries';

/**
 * Every command that changes a geometry refreshes what shows geometries or their areas: a plan zone's
 * area comes with its plan (`plans.get`), and each plan's zoned area with the plans list.
 */
const GEOMETRY_QUERIES = ['maps.getGeometry', 'maps.layers', 'maps.summary', 'plans.get', 'plans.list'] as const;

export function useGeometry(owner: GeometryOwnerRef) {
  return useCommandQuery('maps.getGeometry', owner);
}

/**
 * Everything to draw. While the other level of detail loads after a zoom, the shapes already drawn stay
 * (React Query's previous data); the key is the one `useCommandQuery` uses, so writes refresh it.
 */
export function useMapLayers(detail: 'simplified' | 'full') {
  const backend = useBackend();
  const input = { detail };
  return useQuery({ queryKey: ['maps.layers', input], queryFn: () => backend.call('maps.layers', input), placeholderData: keepPreviousData });
}

export function useSetGeometry() {
  return useCommandMutation('maps.setGeometry', { invalidates: GEOMETRY_QUERIES });
}

export function useRemoveGeometry() {
  return useCommandMutation('maps.removeGeometry', { invalidates: GEOMETRY_QUERIES });
}

export function useRestoreGeometry() {
  return useCommandMutation('maps.restoreGeometry', { invalidates: GEOMETRY_QUERIES });
}

export function useImportGeometry() {
  return useCommandMutation('maps.importGeometry', { invalidates: GEOMETRY_QUERIES });
}
