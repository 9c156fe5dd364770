import type { RouteObject } from 'react-router';
import { PlansPage } from './list/PlansPage';
import { PlanPage } from './plan/PlanPage';
import { ZonePage } from './zone/ZonePage';
// The section's styles, for every page and dialog of it.
import './plans.css';

/** The land-use plans section's pages, inside the workspace's routes (renderer/app/routes.tsx). */
export const plansRoutes: RouteObject[] = [
  { path: 'plans', element: <PlansPage /> },
  { path: 'plans/:planId', element: <PlanPage /> },
  { path: 'plans/:planId/zones/:zoneId', element: <ZonePage /> },
];
