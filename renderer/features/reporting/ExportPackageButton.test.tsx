import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createInMemoryBackend, fakeWorkspace, settingsIn, type Handlers } from '../../test/inMemoryBackend';
import { renderApp } from '../../test/renderApp';

const exportPackage = (({ outDir }: { outDir: string }) => ({ path: `${outDir}/KEN_LDN_2026_20261124T090000Z.zip`, manifest: {} })) as unknown as NonNullable<
  Handlers['reporting.exportPackage']
>;

/** A clean checklist, in the desktop app (native dialogs) or the browser host. */
function renderClean(mode: 'electron' | 'web', chosen: string | null = null) {
  const handlers: Handlers = { 'reporting.exportPackage': exportPackage, 'app.chooseFolder': () => ({ path: chosen }) };
  const memory = createInMemoryBackend(
    { settings: settingsIn('en'), mode, workspace: fakeWorkspace({ path: '/home/amina/LDN/kenya.ldnw' }), reporting: { errors: [], warnings: [] } },
    handlers,
  );
  return { ...memory, ...renderApp(memory.backend, { path: '/reporting', language: 'en' }) };
}

const note = () => {
  const button = screen.getByRole('button', { name: 'Export package' });
  return document.getElementById(button.getAttribute('aria-describedby')!)?.textContent;
};

describe('export package: where it goes', () => {
  it('in the desktop app, exports into the folder the user chose and says so', async () => {
    const { user, inputsOf } = renderClean('electron', '/media/usb/PRAIS 2026');
    await screen.findByText('No problems found');
    expect(note()).toBe('The package is saved in the workspace folder: /home/amina/LDN');
    await user.click(screen.getByRole('button', { name: 'Choose folder…' }));
    // The dialog opens where the package would go.
    expect(inputsOf('app.chooseFolder')).toEqual([{ purpose: 'exportPackage', defaultPath: '/home/amina/LDN' }]);
    expect(note()).toBe('The package is saved in the folder you chose: /media/usb/PRAIS 2026');
    await user.click(screen.getByRole('button', { name: 'Export package' }));
    expect(inputsOf('reporting.exportPackage')).toEqual([{ outDir: '/media/usb/PRAIS 2026' }]);
    const saved = await screen.findByText((_, element) => element?.getAttribute('role') === 'status' && element.textContent.startsWith('Package saved'));
    expect(saved.textContent).toBe('Package saved: /media/usb/PRAIS 2026/KEN_LDN_2026_20261124T090000Z.zip');
    // The path keeps its own direction inside a sentence of any language.
    expect(saved.querySelector('bdi')?.textContent).toBe('/media/usb/PRAIS 2026/KEN_LDN_2026_20261124T090000Z.zip');
  });

  it('keeps the workspace folder when the dialog is cancelled', async () => {
    const { user, inputsOf } = renderClean('electron', null);
    await screen.findByText('No problems found');
    await user.click(screen.getByRole('button', { name: 'Choose folder…' }));
    await user.click(screen.getByRole('button', { name: 'Export package' }));
    expect(inputsOf('reporting.exportPackage')).toEqual([{ outDir: '/home/amina/LDN' }]);
  });

  it('in the browser host, which has no folder dialog, offers no choice and saves beside the workspace', async () => {
    renderClean('web');
    await screen.findByText('No problems found');
    expect(screen.queryByRole('button', { name: 'Choose folder…' })).toBeNull();
    expect(note()).toBe('The package is saved in the workspace folder: /home/amina/LDN');
  });
});
