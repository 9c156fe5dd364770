/** The side navigation follows the LDN cycle: the workspace and its pages first, then each step, then the app's own pages. */
export const WORKSPACE_PAGES = [
  { id: 'overview', path: '/workspace' },
  { id: 'landTypes', path: '/workspace/land-types' },
  { id: 'map', path: '/maps' },
  { id: 'history', path: '/workspace/history' },
  { id: 'report', path: '/report' },
] as const;

/** Pages of the app on this computer, not of a workspace (the outbox queue is per machine): listed with or without a workspace open. */
export const APP_PAGES = [{ id: 'outbox', path: '/outbox' }] as const;

/** The steps of the cycle in their order; a step added before it is built says `built: false` (the overview greys it out). */
export const CYCLE_SECTIONS = [
  { id: 'baseline', path: '/baseline', built: true },
  { id: 'consultations', path: '/consultations', built: true },
  { id: 'plans', path: '/plans', built: true },
  { id: 'worksheets', path: '/worksheets', built: true },
  { id: 'targets', path: '/targets', built: true },
  { id: 'reporting', path: '/reporting', built: true },
] as const;
