import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { useDisplayPreferences } from './app/state/displayPreferences';
import { useSessionStore } from './app/state/sessionStore';
import { useSnackbarStore } from './components/snackbarStore';

// A screen that appears after a query to the in-memory backend can take more than Testing Library's default
// second on a loaded two-core machine (CI's size); a screen that never appears still fails.
configure({ asyncUtilTimeout: 5_000 });

// Vitest globals are off, so Testing Library cannot register its own cleanup; Radix dialogs would
// otherwise leave `pointer-events: none` on <body> for the next test.
afterEach(() => {
  cleanup();
  useSnackbarStore.setState({ current: null });
  useSessionStore.setState({ expired: false });
  useDisplayPreferences.setState({ largeText: false });
  localStorage.clear();
  document.documentElement.removeAttribute('lang');
  document.documentElement.removeAttribute('dir');
  document.documentElement.removeAttribute('data-text-size');
});
