import { matchRoutes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { FIX_ROUTES, targetEditRoute, targetRoute } from '../../../shared/reporting/validate-routes';
import { routes } from '../../app/routes';

const SOME_ID = '01890000-0000-7000-8000-0000000000aa';

/** The deepest route the app's router picks for a path; the catch-all `*` means "no such screen". */
const routeFor = (path: string) => matchRoutes(routes, path)?.at(-1)?.route.path;

describe('the routes validation issues link to', () => {
  it.each([...Object.values(FIX_ROUTES), targetRoute(SOME_ID), targetEditRoute(SOME_ID)])('%s is a screen of the app', (path) => {
    expect(routeFor(path)).toBeDefined();
    expect(routeFor(path)).not.toBe('*');
  });

  it('would notice a path that is not a screen', () => {
    expect(routeFor('/baseline-typo')).toBe('*');
  });
});
