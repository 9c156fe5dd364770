import type { RouteObject } from 'react-router';
import { ConsultationEditorPage } from './editor/ConsultationEditorPage';
import { ConsultationsPage } from './list/ConsultationsPage';
import { RegisterPage } from './register/RegisterPage';
import { RollupPage } from './rollup/RollupPage';
import { WorkingGroupPage } from './working-group/WorkingGroupPage';

/** The consultations section's pages, inside the workspace's routes (renderer/app/routes.tsx). */
export const consultationsRoutes: RouteObject[] = [
  { path: 'consultations', element: <ConsultationsPage /> },
  { path: 'consultations/register', element: <RegisterPage /> },
  { path: 'consultations/working-group', element: <WorkingGroupPage /> },
  { path: 'consultations/participation', element: <RollupPage /> },
  { path: 'consultations/new', element: <ConsultationEditorPage /> },
  { path: 'consultations/:id', element: <ConsultationEditorPage /> },
];
