import { isAppUrl } from './app-origin';

/**
 * Only frames served from `app://ldn` may call commands. `frameUrl` is the URL of the frame that sent
 * the IPC message; it is missing when that frame was destroyed or navigated away meanwhile.
 */
export function isTrustedSender(frameUrl: string | null | undefined): boolean {
  return isAppUrl(frameUrl);
}
