import { isAppUrl } from './app-origin';

/** The window may only ever show our own pages; anything else (a dropped file, a link) is refused. */
export function isAllowedNavigation(url: string): boolean {
  return isAppUrl(url);
}
