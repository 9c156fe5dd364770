import { QueryClientProvider } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { useState, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { RouterProvider, type RouterProviderProps } from 'react-router';
import { Direction } from 'radix-ui';
import { useSavedLanguage } from '../features/settings/useSavedLanguage';
import type { Backend } from './backend/backend';
import { BackendProvider } from './backend/BackendContext';
import { createQueryClient } from './backend/queryClient';
import { SessionExpiredPage } from './layout/SessionExpiredPage';
import { useSessionStore } from './state/sessionStore';
import { useRootAttributes } from './useRootAttributes';

interface AppProps {
  backend: Backend;
  i18n: I18n;
  /** A hash router in the app (works under app:// and http://), a memory router in tests. */
  router: RouterProviderProps['router'];
}

export function App({ backend, i18n, router }: AppProps) {
  const [queryClient] = useState(() => createQueryClient(() => useSessionStore.getState().markExpired()));
  return (
    <I18nextProvider i18n={i18n}>
      <BackendProvider backend={backend}>
        <QueryClientProvider client={queryClient}>
          <DocumentSetup>
            <RouterProvider router={router} />
          </DocumentSetup>
        </QueryClientProvider>
      </BackendProvider>
    </I18nextProvider>
  );
}

/** Language, direction and text size for everything below, and the session check of the web host. */
function DocumentSetup({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const sessionExpired = useSessionStore((state) => state.expired);
  useSavedLanguage();
  useRootAttributes();
  return (
    <Direction.Provider dir={i18n.dir()}>{sessionExpired ? <SessionExpiredPage /> : children}</Direction.Provider>
  );
}
