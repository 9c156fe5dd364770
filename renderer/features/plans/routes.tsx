import type { RouteObject } from 'react-router';
import { lazyPage } from '../../app/lazyPage';
// The section's styles, for every page and dialog of it.
import './plans.css';

const PlansPage = lazyPage(() => import('./list/PlansPage').then((m) => m.PlansPage));
const PlanPage = lazyPage(() => import('./plan/PlanPage').then((m) => m.PlanPage));
const ZonePage = lazyPage(() => import('./zone/ZonePage').then((m) => m.ZonePage));

/** The land-use plans section's pages, inside the workspace's routes (renderer/app/routes.tsx). */
export const plansRoutes: RouteObject[] = [
  { path: 'plans', element: <PlansPage /> },
  { path: 'plans/:planId', element: <PlanPage /> },
  { path: 'plans/:planId/zones/:zoneId', element: <ZonePage /> },
];
