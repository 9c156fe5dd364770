import type { RouteObject } from 'react-router';
import { lazyPage } from '../../app/lazyPage';

const ConsultationsPage = lazyPage(() => import('./list/ConsultationsPage').then((m) => m.ConsultationsPage));
const RegisterPage = lazyPage(() => import('./register/RegisterPage').then((m) => m.RegisterPage));
const WorkingGroupPage = lazyPage(() => import('./working-group/WorkingGroupPage').then((m) => m.WorkingGroupPage));
const RollupPage = lazyPage(() => import('./rollup/RollupPage').then((m) => m.RollupPage));
const ConsultationEditorPage = lazyPage(() => import('./editor/ConsultationEditorPage').then((m) => m.ConsultationEditorPage));

/** The consultations section's pages, inside the workspace's routes (renderer/app/routes.tsx). */
export const consultationsRoutes: RouteObject[] = [
  { path: 'consultations', element: <ConsultationsPage /> },
  { path: 'consultations/register', element: <RegisterPage /> },
  { path: 'consultations/working-group', element: <WorkingGroupPage /> },
  { path: 'consultations/participation', element: <RollupPage /> },
  { path: 'consultations/new', element: <ConsultationEditorPage /> },
  { path: 'consultations/:id', element: <ConsultationEditorPage /> },
];
