import type { RouteObject } from 'react-router';
import { ActionsPage } from './actions/ActionsPage';
import { CommitmentsPage } from './commitments/CommitmentsPage';
import { TargetDetailPage } from './detail/TargetDetailPage';
import { TargetsPage } from './list/TargetsPage';
import { EditTargetPage, NewTargetPage } from './wizard/TargetWizardPage';

/** The targets section's pages, inside the workspace's routes (renderer/app/routes.tsx). */
export const targetsRoutes: RouteObject[] = [
  { path: 'targets', element: <TargetsPage /> },
  { path: 'targets/new', element: <NewTargetPage /> },
  { path: 'targets/commitments', element: <CommitmentsPage /> },
  { path: 'targets/actions', element: <ActionsPage /> },
  { path: 'targets/:id', element: <TargetDetailPage /> },
  { path: 'targets/:id/edit', element: <EditTargetPage /> },
];
