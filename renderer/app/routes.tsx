import { Navigate, Outlet, type RouteObject } from 'react-router';
import { baselineRoute } from '../features/baseline/baselineRoutes';
import { consultationsRoutes } from '../features/consultations/routes';
import { SignInSheetPage } from '../features/consultations/signin-sheet/SignInSheetPage';
import { SIGN_IN_SHEET_ROUTE } from '../features/consultations/signin-sheet/signInSheetPath';
import { LandTypesPage } from '../features/landtypes/LandTypesPage';
import { MapsPage } from '../features/maps/MapsPage';
import { outboxRoutes } from '../features/outbox/routes';
import { plansRoutes } from '../features/plans/routes';
import { ReportPage } from '../features/report/ReportPage';
import { REPORT_ROUTE } from '../features/report/reportPaths';
import { reportingRoutes } from '../features/reporting/routes';
import { SettingsPage } from '../features/settings/SettingsPage';
import { targetsRoutes } from '../features/targets/routes';
import { HistoryPage } from '../features/workspace/history/HistoryPage';
import { WorksheetsPage } from '../features/worksheets/WorksheetsPage';
import { OverviewPage } from '../features/workspace/OverviewPage';
import { RequireWorkspace } from '../features/workspace/RequireWorkspace';
import { RootLayout } from './layout/RootLayout';
import { RouteErrorPage } from './layout/RouteErrorPage';

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
    // The printable national report also stands alone, so that only the report prints (or becomes a PDF).
    path: REPORT_ROUTE,
    errorElement: <RouteErrorPage />,
    element: (
      <RequireWorkspace>
        <ReportPage />
      </RequireWorkspace>
    ),
  },
  {
    element: <RootLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      { path: 'settings', element: <SettingsPage /> },
      ...outboxRoutes,
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
          { path: 'maps', element: <MapsPage /> },
          baselineRoute,
          { path: 'worksheets', element: <WorksheetsPage /> },
          ...consultationsRoutes,
          ...plansRoutes,
          ...targetsRoutes,
          ...reportingRoutes,
        ],
      },
      { path: '*', element: <Navigate to="/" replace /> },
    ],
  },
];
