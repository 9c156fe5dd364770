/** The side navigation follows the LDN cycle: the workspace and its pages first, then each step. */
export const WORKSPACE_PAGES = [
  { id: 'overview', path: '/workspace' },
  { id: 'landTypes', path: '/workspace/land-types' },
  { id: 'history', path: '/workspace/history' },
] as const;

/** The steps of the cycle in their order; `built: false` ones show what they will hold. */
export const CYCLE_SECTIONS = [
  { id: 'baseline', path: '/baseline', built: true },
  { id: 'consultations', path: '/consultations', built: true },
  { id: 'plans', path: '/land-use-plans', built: false },
  { id: 'worksheets', path: '/worksheets', built: true },
  { id: 'targets', path: '/targets', built: true },
  { id: 'reporting', path: '/reporting', built: false },
] as const;

type PlannedSection = Extract<(typeof CYCLE_SECTIONS)[number], { built: false }>;
export type PlannedSectionId = PlannedSection['id'];

/** Steps not built yet. */
export const PLANNED_SECTIONS = CYCLE_SECTIONS.filter((section): section is PlannedSection => !section.built);
