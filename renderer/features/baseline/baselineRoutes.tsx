import { Navigate, type RouteObject } from 'react-router';
import { lazyPage } from '../../app/lazyPage';
import { BASELINE_SCREENS } from './screenList';

const BaselinePage = lazyPage(() => import('./BaselinePage').then((m) => m.BaselinePage));

/** `/baseline` opens its first screen; each indicator has its own address, so it can be linked and printed. */
export const baselineRoute: RouteObject = {
  path: 'baseline',
  element: <BaselinePage />,
  children: [
    { index: true, element: <Navigate to={BASELINE_SCREENS[0]!.path} replace /> },
    ...BASELINE_SCREENS.map(({ path, Screen }) => ({ path, element: <Screen /> })),
  ],
};
