import type { RouteObject } from 'react-router';
import { lazyPage } from '../../app/lazyPage';

const ChecklistPage = lazyPage(() => import('./ChecklistPage').then((m) => m.ChecklistPage));

/** The reporting section's pages, inside the workspace's routes (renderer/app/routes.tsx). */
export const reportingRoutes: RouteObject[] = [
  { path: 'reporting', element: <ChecklistPage /> },
  // The same page, opened at its licence form (FIX_ROUTES.licence, where the licence warning links).
  { path: 'reporting/licence', element: <ChecklistPage /> },
];
