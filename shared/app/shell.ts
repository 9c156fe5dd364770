/**
 * What the Electron shell adds beside the command contract. It lives in shared/ because three layers
 * need the same names: main sends, the preload forwards, the renderer listens.
 */

/** IPC channels between the preload and main. The renderer never uses them directly. */
export const COMMAND_CHANNEL = 'ldn:command';
export const MENU_CHANNEL = 'ldn:menu';

/**
 * Application-menu items whose action belongs to the renderer, because the renderer owns these flows
 * (its start page asks for a name and country before creating a workspace, and it leaves the open
 * workspace's screens when it closes). Main only tells the renderer which item was chosen.
 */
export const MENU_COMMANDS = ['workspace.new', 'workspace.open', 'workspace.close'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/** `window.ldnShell` in the desktop app; absent in the browser build. */
export interface ShellBridge {
  /** Calls `listener` for each menu command; returns the function that stops listening. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
