import { MAIN_ID } from '../app/layout/SkipLink';

/** Puts keyboard focus on the page's heading (or <main>), e.g. after the focused element went away. */
export function focusPageHeading(): void {
  const main = document.getElementById(MAIN_ID);
  (main?.querySelector<HTMLElement>('h1') ?? main)?.focus();
}
