/**
 * The Electron shell: app lifecycle, the hardened window, app:// protocol, menus and native dialogs.
 * The application itself runs in the backend utility process (SQLite) and the renderer (React); this
 * file only wires them together. Policies live in security/ as pure, tested functions.
 */
import { join } from 'node:path';
import { app, BrowserWindow, ipcMain, Menu, session } from 'electron';
import { COMMAND_CHANNEL, MENU_CHANNEL, type MenuCommand } from '../../shared/app/shell';
import type { Language } from '../../shared/i18n/languages';
import { BackendClient } from './backend-client';
import { OpenWorkspaceMemory } from './open-workspace-memory';
import { launchBackendProcess } from './backend-process-launcher';
import { createCommandRouter } from './commands/command-router';
import { createShellHandlers } from './commands/shell-handlers';
import { showAboutDialog } from './dialogs/about-dialog';
import { workspaceFileDialog } from './dialogs/workspace-file-dialog';
import { openExternalIfAllowed } from './external-links';
import { shellLanguage } from './i18n/shell-language';
import { shellStrings } from './i18n/shell-strings';
import { showFile } from './show-file';
import { folderDialog } from './dialogs/folder-dialog';
import { printToPdf } from './print/print-to-pdf';
import { appMenuTemplate } from './menu/app-menu-template';
import { registerAppScheme, serveRenderer } from './protocol/app-protocol';
import { LDN_PAGE_URL } from './security/external-urls';
import { applySessionPolicy } from './session-policy';
import { guardWebContents } from './web-contents-guards';
import { createMainWindow } from './window/main-window';

const PRODUCT_NAME = 'LDN Workbench';
/** How long quitting waits for the backend to close the workspace (WAL checkpoint) before ending it. */
const BACKEND_CLOSE_TIMEOUT_MS = 3_000;

// Build layout: out/main/index.js, out/preload/index.js, out/renderer/index.html.
const PRELOAD_PATH = join(__dirname, '../preload/index.js');
const RENDERER_ROOT = join(__dirname, '../renderer');

registerAppScheme();

if (app.requestSingleInstanceLock()) {
  startShell();
} else {
  // Another instance holds the workspace files; it gets focused through 'second-instance'.
  app.quit();
}

function startShell(): void {
  let mainWindow: BrowserWindow | undefined;
  let language: Language | undefined;
  let backend: BackendClient | undefined;
  let backendClosed = false;

  const strings = () => shellStrings(language ?? 'en');
  const systemLanguageTags = () => [app.getLocale(), ...app.getPreferredSystemLanguages()];

  function openMainWindow(): BrowserWindow {
    const window = createMainWindow({ title: PRODUCT_NAME, preloadPath: PRELOAD_PATH });
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = undefined;
    });
    mainWindow = window;
    return window;
  }

  /** Renderer-owned menu items; the page subscribes through `window.ldnShell.onMenuCommand`. */
  function sendMenuCommand(command: MenuCommand): void {
    if (mainWindow) mainWindow.webContents.send(MENU_CHANNEL, command);
    else openMainWindow(); // macOS, window closed: its start page offers the same actions.
  }

  function useLanguage(next: Language): void {
    if (next === language) return;
    language = next;
    const template = appMenuTemplate(
      strings(),
      { platform: process.platform, isPackaged: app.isPackaged, productName: PRODUCT_NAME },
      {
        sendToRenderer: sendMenuCommand,
        showAbout: () => showAboutDialog(mainWindow, strings(), { productName: PRODUCT_NAME, version: app.getVersion() }),
        openLdnPage: () => openExternalIfAllowed(LDN_PAGE_URL),
      },
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  }

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('before-quit', (event) => {
    if (backendClosed || !backend) return;
    // Quit once the backend has closed the workspace; a second quit request waits for the same close.
    event.preventDefault();
    void backend.close(BACKEND_CLOSE_TIMEOUT_MS).finally(() => {
      backendClosed = true;
      app.quit();
    });
  });

  app
    .whenReady()
    .then(() => {
      applySessionPolicy(session.defaultSession);
      serveRenderer(RENDERER_ROOT);

      const openWorkspace = new OpenWorkspaceMemory();
      const client = new BackendClient(
        launchBackendProcess({ dataDir: app.getPath('userData'), appVersion: app.getVersion() }),
        undefined,
        () => openWorkspace.resumeRequests(),
      );
      backend = client;
      // The menu appears at once in the system language, then follows the saved setting.
      useLanguage(shellLanguage(null, systemLanguageTags()));
      void client.dispatch('settings.get', {}).then((result) => {
        if (result.ok) useLanguage(shellLanguage(result.value, systemLanguageTags()));
      });

      const report = (error: unknown, command: string) => console.error(`[shell] ${command} failed:`, error);
      const route = createCommandRouter({
        shellHandlers: createShellHandlers(
          {
            chooseWorkspaceFile: workspaceFileDialog({ window: () => mainWindow, strings, documentsDir: () => app.getPath('documents') }),
            chooseFolder: folderDialog({ window: () => mainWindow, strings }),
            showFile,
            printToPdf: printToPdf({ window: () => mainWindow, strings, documentsDir: () => app.getPath('documents') }),
          },
          report,
        ),
        forward: (name, input) => client.dispatch(name, input),
        onAnswer: (name, result) => {
          openWorkspace.noteAnswer(name, result);
          if (name === 'settings.setLanguage' && result.ok) useLanguage(shellLanguage(result.value, systemLanguageTags()));
        },
      });
      ipcMain.handle(COMMAND_CHANNEL, (event, name: unknown, input: unknown) => route(event.senderFrame?.url, name, input));

      openMainWindow();
      app.on('activate', () => {
        if (!mainWindow) openMainWindow();
      });
    })
    .catch((error: unknown) => {
      console.error('[shell] could not start:', error);
      app.exit(1);
    });
}
