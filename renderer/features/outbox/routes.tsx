import type { RouteObject } from 'react-router';
import { lazyPage } from '../../app/lazyPage';

const OutboxPage = lazyPage(() => import('./OutboxPage').then((m) => m.OutboxPage));

/** The outbox belongs to the app, not to a workspace: it is reachable with no workspace open, like settings. */
export const outboxRoutes: RouteObject[] = [{ path: 'outbox', element: <OutboxPage /> }];
