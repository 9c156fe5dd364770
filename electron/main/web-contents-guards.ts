import type { WebContents } from 'electron';
import { openExternalIfAllowed } from './external-links';
import { isAllowedNavigation } from './security/navigation';

/**
 * Applied to every web contents the app creates: it may not leave app://ldn (an allow-listed https
 * link opens in the user's browser instead), may not open windows, may not attach a <webview>.
 */
export function guardWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (isAllowedNavigation(event.url)) return;
    event.preventDefault();
    openExternalIfAllowed(event.url);
  });
  contents.on('will-redirect', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternalIfAllowed(url);
    return { action: 'deny' };
  });
}
