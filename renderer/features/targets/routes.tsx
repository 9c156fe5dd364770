import type { RouteObject } from 'react-router';
import { lazyPage } from '../../app/lazyPage';

const TargetsPage = lazyPage(() => import('./list/TargetsPage').then((m) => m.TargetsPage));
const NewTargetPage = lazyPage(() => import('./wizard/TargetWizardPage').then((m) => m.NewTargetPage));
const CommitmentsPage = lazyPage(() => import('./commitments/CommitmentsPage').then((m) => m.CommitmentsPage));
const ActionsPage = lazyPage(() => import('./actions/ActionsPage').then((m) => m.ActionsPage));
const TargetDetailPage = lazyPage(() => import('./detail/TargetDetailPage').then((m) => m.TargetDetailPage));
const EditTargetPage = lazyPage(() => import('./wizard/TargetWizardPage').then((m) => m.EditTargetPage));

/** The targets section's pages, inside the workspace's routes (renderer/app/routes.tsx). */
export const targetsRoutes: RouteObject[] = [
  { path: 'targets', element: <TargetsPage /> },
  { path: 'targets/new', element: <NewTargetPage /> },
  { path: 'targets/commitments', element: <CommitmentsPage /> },
  { path: 'targets/actions', element: <ActionsPage /> },
  { path: 'targets/:id', element: <TargetDetailPage /> },
  { path: 'targets/:id/edit', element: <EditTargetPage /> },
];
