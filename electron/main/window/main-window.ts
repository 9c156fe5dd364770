import { BrowserWindow, screen } from 'electron';
import { APP_ENTRY_URL } from '../security/app-origin';
import { hardenedWebPreferences } from '../security/web-preferences';
import { MIN_WINDOW_SIZE, initialWindowSize } from './window-size';

/** The one application window, shown once its first paint is ready (no white flash while loading). */
export function createMainWindow(options: { title: string; preloadPath: string }): BrowserWindow {
  const window = new BrowserWindow({
    title: options.title,
    ...initialWindowSize(screen.getPrimaryDisplay().workAreaSize),
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    webPreferences: hardenedWebPreferences(options.preloadPath),
  });
  window.once('ready-to-show', () => window.show());
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => console.error('[main-window] could not load the app:', error));
  return window;
}
