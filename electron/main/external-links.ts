import { shell } from 'electron';
import { isAllowedExternalUrl } from './security/external-urls';

/** Opens the URL in the user's browser if it is on the allow-list; anything else is dropped silently. */
export function openExternalIfAllowed(url: string): void {
  if (!isAllowedExternalUrl(url)) return;
  shell.openExternal(url).catch((error: unknown) => console.error('[external-links] could not open', url, error));
}
