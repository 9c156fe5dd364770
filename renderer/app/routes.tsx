import { Navigate, Outlet, type RouteObject } from 'react-router';
import { LandTypesPage } from '../features/landtypes/LandTypesPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { HistoryPage } from '../features/workspace/history/HistoryPage';
import { WorksheetsPage } from '../features/worksheets/WorksheetsPage';
import { OverviewPage } from '../features/workspace/OverviewPage';
import { RequireWorkspace } from '../features/workspace/RequireWorkspace';
import { PlannedSectionPage } from './layout/PlannedSectionPage';
import { RootLayout } from './layout/RootLayout';
import { RouteErrorPage } from './layout/RouteErrorPage';
import { PLANNED_SECTIONS } from './layout/sections';

export const routes: RouteObject[] = [
  {
    element: <RootLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      { path: 'settings', element: <SettingsPage /> },
      {
        // Without an open workspace, every other address shows the welcome screen.
        element: (
          <RequireWorkspace>
            <Outlet />
          </RequireWorkspace>
        ),
        children: [
          { index: true, element: <Navigate to="/workspace" replace /> },
          { path: 'workspace', element: <OverviewPage /> },
          { path: 'workspace/land-types', element: <LandTypesPage /> },
          { path: 'workspace/history', element: <HistoryPage /> },
          { path: 'worksheets', element: <WorksheetsPage /> },
          ...PLANNED_SECTIONS.map((section) => ({
            path: section.path.slice(1),
            element: <PlannedSectionPage section={section.id} />,
          })),
        ],
      },
      { path: '*', element: <Navigate to="/" replace /> },
    ],
  },
];
