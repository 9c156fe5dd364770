import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { focusPageHeading } from '../../components/focusPageHeading';
import { MAIN_ID } from './SkipLink';

/**
 * After moving to another page, focus its heading so keyboard and screen-reader users start
 * there instead of on a link in the navigation they just used. A page that already put the focus
 * somewhere inside itself (e.g. the first field of a form) keeps it.
 */
export function useFocusOnNavigation(): void {
  const { pathname, search } = useLocation();
  const isFirstRender = useRef(true);
  useEffect(() => {
    if (isFirstRender.current) {
      isFirstRender.current = false;
      return;
    }
    const main = document.getElementById(MAIN_ID);
    const focused = document.activeElement;
    const pageChoseFocus = main !== null && focused !== main && focused instanceof HTMLElement && main.contains(focused);
    if (!pageChoseFocus) focusPageHeading();
  }, [pathname, search]);
}
