import { Navigate, Outlet, type RouteObject } from 'react-router';
import { baselineRoute } from '../features/baseline/baselineRoutes';
import { consultationsRoutes } from '../features/consultations/routes';
import { SignInSheetPage } from '../features/consultations/signin-sheet/SignInSheetPage';
import { SIGN_IN_SHEET_ROUTE } from '../features/consultations/signin-sheet/signInSheetPath';
import { LandTypesPage } from '../features/landtypes/LandTypesPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { targetsRoutes } from '../features/targets/routes';
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
    // The printable sign-in sheet stands alone: no header, menu or status bar, on screen or on paper.
    path: SIGN_IN_SHEET_ROUTE,
    errorElement: <RouteErrorPage />,
    element: (
      <RequireWorkspace>
        <SignInSheetPage />
      </RequireWorkspace>
    ),
  },
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
          baselineRoute,
          { path: 'worksheets', element: <WorksheetsPage /> },
          ...consultationsRoutes,
          ...targetsRoutes,
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
