import { lazy, Suspense, useState, type ComponentType } from 'react';
import { LoadingState } from '../components/LoadingState';

const loaders: (() => Promise<unknown>)[] = [];

/**
 * A page whose code is fetched when it is first shown (or by loadAllPages), so that the app's first paint
 * carries only the shell: layout, menu, welcome screen, translations. Until it has arrived its place says
 * "Loading" (LoadingState, role=status); a file that cannot be loaded is a render error, which the route's
 * error page (RouteErrorPage) shows. Once fetched, the page renders at once, without a loading flash.
 */
export function lazyPage(load: () => Promise<ComponentType>): ComponentType {
  let loaded: ComponentType | undefined;
  let loading: Promise<ComponentType> | undefined;
  const fetchPage = () => (loading ??= load().then((Component) => (loaded = Component)));
  loaders.push(fetchPage);
  const Lazy = lazy(() => fetchPage().then((Component) => ({ default: Component })));

  function Page() {
    // Chosen once per visit: swapping Lazy for the page it wraps would remount the page and lose what was typed.
    const [Component] = useState<ComponentType>(() => loaded ?? Lazy);
    return <Component />;
  }
  return function LazyPage() {
    return (
      <Suspense fallback={<LoadingState />}>
        <Page />
      </Suspense>
    );
  };
}

/**
 * Fetches the code of every lazy page: after the first paint, so that moving to a page later is instant and
 * its heading there to take the focus; in the tests, which render any route at once. A page that fails to
 * load does not stop the others: where it is shown, its route's error page says so.
 */
export function loadAllPages(): Promise<unknown> {
  return Promise.allSettled(loaders.map((load) => load()));
}
