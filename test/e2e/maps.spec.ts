import { expect, test } from '@playwright/test';
import { MapsPage } from './pages/MapsPage';
import { TargetsPage } from './pages/TargetsPage';
import { WelcomePage } from './pages/WelcomePage';
import { WorkspaceShell } from './pages/WorkspaceShell';
import type { Lang } from './support/locale';
import { command, openApp, screenshot } from './support/session';

/** Only the app itself (the web host on this machine) and in-memory data: no tile server, no CDN. */
const ON_THIS_MACHINE = /^(http:\/\/127\.0\.0\.1(:\d+)?\/|blob:|data:)/;

/**
 * A working group draws the area of a target on the map of its page and reads the area in km² and ha, then
 * finds the same shape on the workspace map. Everything on the map comes from this machine: the bundled
 * country boundaries, the workspace's own shapes.
 */
for (const lang of ['en', 'ar'] as Lang[]) {
  test(`maps: draw a target area, see its area and find it on the map, offline (${lang})`, async ({ page }) => {
    const leftTheMachine: string[] = [];
    page.on('request', (request) => {
      if (!ON_THIS_MACHINE.test(request.url())) leftTheMachine.push(request.url());
    });

    const t = await openApp(page, lang);
    await new WelcomePage(page, t).createWorkspace({ name: `Maps ${lang}`, countrySearch: 'KEN', countryIso3: 'KEN', landAreaKm2: '569140' });
    const text = lang === 'ar' ? 'استصلاح 3000 هكتار في مقاطعة كيتوي بحلول عام 2030' : 'Restore 3,000 ha in Kitui County by 2030';
    await command(page, 'targets.save', {
      text,
      level: 'national',
      targetYear: 2030,
      hierarchyTypes: [],
      indicators: [],
      landCoverClasses: [],
      landTypeIds: [],
      gapPriorityAreas: [],
    });

    await new WorkspaceShell(page, t).goToSection('targets');
    await new TargetsPage(page, t).openTarget(text);
    const maps = new MapsPage(page, t);
    await maps.expectMapShown(maps.editor);
    await maps.expectZoomAtStart(maps.editor, lang === 'ar');

    // Four corners around the middle of the map, then the first again to close the area.
    await maps.drawArea([
      { x: 0.4, y: 0.4 },
      { x: 0.6, y: 0.4 },
      { x: 0.6, y: 0.6 },
      { x: 0.4, y: 0.6 },
    ]);
    const areaLine = await maps.expectArea();
    expect(areaLine).toContain(lang === 'ar' ? 'كم²' : 'km²');
    await screenshot(page, lang, '70-target-area-drawn');

    // The same shape on the workspace map, with its owner and the way back to it.
    await maps.openMapPage();
    await maps.expectMapShown(maps.mapPageMap);
    await expect(maps.featureTable.getByRole('rowheader', { name: text })).toBeVisible();
    const chosen = await maps.showFeature(text);
    await expect(chosen).toContainText(t('maps:owner.target'));
    await screenshot(page, lang, '71-workspace-map');
    await chosen.getByRole('link', { name: t('maps:selected.open') }).click();
    await expect(page.getByRole('heading', { level: 1, name: text })).toBeVisible();

    expect(leftTheMachine, 'requests that left the machine').toEqual([]);
  });
}
