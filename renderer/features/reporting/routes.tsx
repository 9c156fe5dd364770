import type { RouteObject } from 'react-router';
import { ChecklistPage } from './ChecklistPage';

/** The reporting section's pages, inside the workspace's routes (renderer/app/routes.tsx). */
export const reportingRoutes: RouteObject[] = [{ path: 'reporting', element: <ChecklistPage /> }];
