import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { shellStrings } from '../i18n/shell-strings';
import { type AppMenuOptions, appMenuTemplate } from './app-menu-template';

const WINDOWS: AppMenuOptions = { platform: 'win32', isPackaged: true, productName: 'LDN Workbench' };

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

function byLabel(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const found = items(template).find((item) => item.label === label);
  if (!found) throw new Error(`no menu item labelled ${label}`);
  return found;
}

const click = (item: MenuItemConstructorOptions) => (item.click as () => void)();

function actions() {
  return { sendToRenderer: vi.fn(), showAbout: vi.fn(), openLdnPage: vi.fn() };
}

describe('application menu', () => {
  it('labels every item in the chosen language', () => {
    const french = shellStrings('fr');
    const frenchLabels = new Set(Object.values(french.menu));
    const template = appMenuTemplate(french, WINDOWS, actions());
    for (const item of items(template).filter((i) => i.type !== 'separator')) {
      expect(frenchLabels, `${item.role ?? 'item'} → ${item.label}`).toContain(item.label);
    }
    expect(template.map((menu) => menu.label)).toEqual(['Fichier', 'Édition', 'Affichage', 'Aide']);
  });

  it('has the File items send narrow commands to the renderer', () => {
    const strings = shellStrings('en');
    const menuActions = actions();
    const template = appMenuTemplate(strings, WINDOWS, menuActions);
    click(byLabel(template, strings.menu.newWorkspace));
    click(byLabel(template, strings.menu.openWorkspace));
    click(byLabel(template, strings.menu.closeWorkspace));
    expect(menuActions.sendToRenderer.mock.calls).toEqual([['workspace.new'], ['workspace.open'], ['workspace.close']]);
  });

  it('offers reload and developer tools only in an unpackaged (development) build', () => {
    const strings = shellStrings('en');
    const roles = (isPackaged: boolean) => items(appMenuTemplate(strings, { ...WINDOWS, isPackaged }, actions())).map((item) => item.role);
    expect(roles(true)).not.toContain('reload');
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(false)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('has zoom, full screen and the edit roles', () => {
    const roles = items(appMenuTemplate(shellStrings('en'), WINDOWS, actions())).map((item) => item.role);
    expect(roles).toEqual(
      expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen', 'undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'quit']),
    );
  });

  it('opens About and the UNCCD LDN page from Help', () => {
    const strings = shellStrings('ar');
    const menuActions = actions();
    const template = appMenuTemplate(strings, WINDOWS, menuActions);
    click(byLabel(template, strings.menu.about));
    click(byLabel(template, strings.menu.ldnPage));
    expect(menuActions.showAbout).toHaveBeenCalledOnce();
    expect(menuActions.openLdnPage).toHaveBeenCalledOnce();
  });

  it('on macOS moves About and Quit into the app menu', () => {
    const strings = shellStrings('en');
    const template = appMenuTemplate(strings, { ...WINDOWS, platform: 'darwin' }, actions());
    expect(template[0]!.label).toBe('LDN Workbench');
    expect(items([template[0]!]).map((item) => item.label)).toEqual(expect.arrayContaining([strings.menu.about, strings.menu.quit]));
    expect(items(template.slice(1)).map((item) => item.role)).not.toContain('quit');
  });
});
