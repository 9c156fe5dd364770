import type { RouteObject } from 'react-router';
import { OutboxPage } from './OutboxPage';

/** The outbox belongs to the app, not to a workspace: it is reachable with no workspace open, like settings. */
export const outboxRoutes: RouteObject[] = [{ path: 'outbox', element: <OutboxPage /> }];
