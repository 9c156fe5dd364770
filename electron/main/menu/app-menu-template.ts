import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../../shared/app/shell';
import type { ShellStrings } from '../i18n/shell-strings';

export interface AppMenuActions {
  /** Tells the renderer which renderer-owned item was chosen (see MENU_COMMANDS in shared/app/shell.ts). */
  sendToRenderer: (command: MenuCommand) => void;
  showAbout: () => void;
  openLdnPage: () => void;
}

export interface AppMenuOptions {
  platform: NodeJS.Platform;
  /** Reload and developer tools are for development builds only: a reload drops unsaved form input. */
  isPackaged: boolean;
  productName: string;
}

/**
 * The application menu, every label from `locales/<lng>/shell.json` (Electron's built-in role
 * labels are English only). Roles still provide the behaviour and the platform shortcuts.
 */
export function appMenuTemplate(strings: ShellStrings, options: AppMenuOptions, actions: AppMenuActions): MenuItemConstructorOptions[] {
  const { menu } = strings;
  const isMac = options.platform === 'darwin';
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  const quit: MenuItemConstructorOptions = { role: 'quit', label: menu.quit };
  const about: MenuItemConstructorOptions = { label: menu.about, click: actions.showAbout };

  const file: MenuItemConstructorOptions = {
    label: menu.file,
    submenu: [
      { label: menu.newWorkspace, accelerator: 'CmdOrCtrl+N', click: () => actions.sendToRenderer('workspace.new') },
      { label: menu.openWorkspace, accelerator: 'CmdOrCtrl+O', click: () => actions.sendToRenderer('workspace.open') },
      separator,
      { label: menu.closeWorkspace, accelerator: 'CmdOrCtrl+W', click: () => actions.sendToRenderer('workspace.close') },
      ...(isMac ? [] : [separator, quit]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: menu.edit,
    submenu: [
      { role: 'undo', label: menu.undo },
      { role: 'redo', label: menu.redo },
      separator,
      { role: 'cut', label: menu.cut },
      { role: 'copy', label: menu.copy },
      { role: 'paste', label: menu.paste },
      separator,
      { role: 'selectAll', label: menu.selectAll },
    ],
  };

  const developerItems: MenuItemConstructorOptions[] = options.isPackaged
    ? []
    : [separator, { role: 'reload', label: menu.reload }, { role: 'toggleDevTools', label: menu.toggleDevTools }];
  const view: MenuItemConstructorOptions = {
    label: menu.view,
    submenu: [
      { role: 'resetZoom', label: menu.resetZoom },
      { role: 'zoomIn', label: menu.zoomIn },
      { role: 'zoomOut', label: menu.zoomOut },
      separator,
      { role: 'togglefullscreen', label: menu.toggleFullScreen },
      ...developerItems,
    ],
  };

  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: menu.help,
    submenu: [{ label: menu.ldnPage, click: actions.openLdnPage }, ...(isMac ? [] : [separator, about])],
  };

  // macOS puts About and Quit in the menu named after the app.
  const macAppMenu: MenuItemConstructorOptions = { label: options.productName, submenu: [about, separator, quit] };
  return [...(isMac ? [macAppMenu] : []), file, edit, view, help];
}
