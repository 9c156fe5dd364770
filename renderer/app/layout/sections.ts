/** The side navigation follows the LDN cycle: the workspace and its pages first, then each step. */
export const WORKSPACE_PAGES = [
  { id: 'overview', path: '/workspace' },
  { id: 'landTypes', path: '/workspace/land-types' },
  { id: 'history', path: '/workspace/history' },
] as const;

/** Steps not built yet: each shows what it will hold. */
export const PLANNED_SECTIONS = [
  { id: 'baseline', path: '/baseline' },
  { id: 'consultations', path: '/consultations' },
  { id: 'plans', path: '/land-use-plans' },
  { id: 'worksheets', path: '/worksheets' },
  { id: 'targets', path: '/targets' },
  { id: 'reporting', path: '/reporting' },
] as const;

export type PlannedSectionId = (typeof PLANNED_SECTIONS)[number]['id'];
