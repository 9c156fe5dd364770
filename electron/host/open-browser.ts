import { spawn } from 'node:child_process';

/**
 * Asks the desktop to open `url` in the default browser. Best effort: on a machine without a desktop
 * or browser the opener is missing or fails, and the printed link is still there to copy.
 */
export function openInBrowser(url: string): void {
  const [command, args] = openerFor(process.platform, url);
  try {
    // Verbatim so that cmd.exe sees `start "" <url>` as written; the URL has no characters cmd treats specially.
    const child = spawn(command, args, { stdio: 'ignore', detached: true, windowsHide: true, windowsVerbatimArguments: true });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // No opener on this system; the link was printed.
  }
}

function openerFor(platform: NodeJS.Platform, url: string): [string, string[]] {
  if (platform === 'darwin') return ['open', [url]];
  // `start` is a cmd.exe built-in; its first quoted argument is a window title, hence the empty one.
  if (platform === 'win32') return ['cmd', ['/c', 'start', '""', url]];
  return ['xdg-open', [url]];
}
