/**
 * The renderer's only door to the app. Runs sandboxed: it may import `electron` (contextBridge,
 * ipcRenderer) and shared/ (bundled in), nothing else.
 *
 * Exposed to the page:
 * - `window.ldn`: one function per contract command, keyed by its dotted name
 *   (`window.ldn['targets.save'](input)`), resolving to a CommandResult. Main checks the sender
 *   frame and the name; the backend validates the input.
 * - `window.ldnShell.onMenuCommand(listener)`: the application-menu items the renderer handles
 *   (`workspace.new`, `workspace.open`, `workspace.close`); returns the unsubscribe function.
 * ipcRenderer itself is never exposed, so the page cannot reach any other channel.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { COMMAND_CHANNEL, isMenuCommand, MENU_CHANNEL, type MenuCommand, type ShellBridge } from '../../shared/app/shell';
import type { CommandResult } from '../../shared/command';
import { COMMAND_NAMES, type CommandName } from '../../shared/contract';

type CommandBridge = Record<CommandName, (input: unknown) => Promise<CommandResult<unknown>>>;

const commands = Object.fromEntries(
  COMMAND_NAMES.map((name) => [name, (input: unknown) => ipcRenderer.invoke(COMMAND_CHANNEL, name, input) as Promise<CommandResult<unknown>>]),
) as CommandBridge;

const shell: ShellBridge = {
  onMenuCommand(listener: (command: MenuCommand) => void) {
    // Only the command string reaches the page, never the IPC event (it carries the sender and ports).
    const forward = (_event: IpcRendererEvent, command: unknown) => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(MENU_CHANNEL, forward);
    return () => {
      ipcRenderer.off(MENU_CHANNEL, forward);
    };
  },
};

contextBridge.exposeInMainWorld('ldn', commands);
contextBridge.exposeInMainWorld('ldnShell', shell);
