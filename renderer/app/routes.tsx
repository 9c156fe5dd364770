import { Navigate, Outlet, type RouteObject } from 'react-router';
import { baselineRoute } from '../features/baseline/baselineRoutes';
import { consultationsRoutes } from '../features/consultations/routes';
import { SIGN_IN_SHEET_ROUTE } from '../features/consultations/signin-sheet/signInSheetPath';
import { outboxRoutes } from '../features/outbox/routes';
import { plansRoutes } from '../features/plans/routes';
import { REPORT_ROUTE } from '../features/report/reportPaths';
import { reportingRoutes } from '../features/reporting/routes';
import { targetsRoutes } from '../features/targets/routes';
import { RequireWorkspace } from '../features/workspace/RequireWorkspace';
import { RootLayout } from './layout/RootLayout';
import { RouteErrorPage } from './layout/RouteErrorPage';
import { lazyPage } from './lazyPage';

// Every page loads on first visit (lazyPage); the shell above, and the welcome screen, come with the app.
const SignInSheetPage = lazyPage(() => import('../features/consultations/signin-sheet/SignInSheetPage').then((m) => m.SignInSheetPage));
const ReportPage = lazyPage(() => import('../features/report/ReportPage').then((m) => m.ReportPage));
const SettingsPage = lazyPage(() => import('../features/settings/SettingsPage').then((m) => m.SettingsPage));
const OverviewPage = lazyPage(() => import('../features/workspace/OverviewPage').then((m) => m.OverviewPage));
const LandTypesPage = lazyPage(() => import('../features/landtypes/LandTypesPage').then((m) => m.LandTypesPage));
const HistoryPage = lazyPage(() => import('../features/workspace/history/HistoryPage').then((m) => m.HistoryPage));
const MapsPage = lazyPage(() => import('../features/maps/MapsPage').then((m) => m.MapsPage));
const WorksheetsPage = lazyPage(() => import('../features/worksheets/WorksheetsPage').then((m) => m.WorksheetsPage));

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
