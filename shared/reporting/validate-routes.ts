import type { PraisTableId } from '../baseline/schema';

/**
 * The app routes (hash-router paths, renderer/app/routes.tsx and the features' route lists) of the screens
 * that fix each kind of validation issue. They live here because the backend names them in its issues and
 * cannot import the renderer; the checklist's test checks each one against the real router.
 */
export const FIX_ROUTES = {
  landArea: '/baseline/land-area',
  landCover: '/baseline/land-cover',
  productivity: '/baseline/productivity',
  soc: '/baseline/soil-organic-carbon',
  sdg: '/baseline/sdg-15-3-1',
  targets: '/targets',
  actions: '/targets/actions',
  landTypes: '/workspace/land-types',
  workspace: '/workspace',
  plans: '/plans',
  /** The checklist itself, opened at its licence form. */
  licence: '/reporting/licence',
} as const;

/** The edit form of one target. */
export const targetEditRoute = (id: string): string => `/targets/${id}/edit`;

/** The target's page, where its geometry is drawn or imported. */
export const targetRoute = (id: string): string => `/targets/${id}`;

/** The Baseline screen that holds a PRAIS table (CP-1 on the land-area screen, SO1-1 on land cover, …). */
export function baselineTableRoute(tableId: PraisTableId): string {
  if (tableId === 'CP-1.T1') return FIX_ROUTES.landArea;
  if (tableId.startsWith('SO1-1')) return FIX_ROUTES.landCover;
  if (tableId.startsWith('SO1-2')) return FIX_ROUTES.productivity;
  if (tableId.startsWith('SO1-3')) return FIX_ROUTES.soc;
  return FIX_ROUTES.sdg;
}
