import { expect, type Locator, type Page } from '@playwright/test';
import type { T } from '../support/locale';

/** A point on a map, as a share of its width and height from its top-left corner (maps never mirror). */
export interface MapPoint {
  x: number;
  y: number;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The map page and the geometry editor that sits on records' pages (a target, a land type...). */
export class MapsPage {
  constructor(
    private readonly page: Page,
    private readonly t: T,
  ) {}

  /** The editor of the record whose page is open, named by its heading. */
  get editor(): Locator {
    return this.page.getByRole('region', { name: this.t('maps:editor.title'), exact: true });
  }

  /** Leaflet's own element inside a map: it gets the class once the map is built (when scrolled into view). */
  private mapIn(region: Locator): Locator {
    return region.locator('.leaflet-container');
  }

  async expectMapShown(region: Locator): Promise<void> {
    await region.scrollIntoViewIfNeeded();
    await expect(this.mapIn(region)).toBeVisible();
    // The basemap and the shapes are drawn on a canvas: no tile images, no requests.
    await expect(this.mapIn(region).locator('canvas').first()).toBeVisible();
    await expect(region.getByRole('button', { name: this.t('maps:controls.zoomIn') })).toBeVisible();
    await expect(region.getByRole('button', { name: this.t('maps:controls.zoomOut') })).toBeVisible();
  }

  /** Where the zoom buttons sit: at the reading start, the right in Arabic. */
  async expectZoomAtStart(region: Locator, rtl: boolean): Promise<void> {
    const corner = rtl ? '.leaflet-top.leaflet-right' : '.leaflet-top.leaflet-left';
    await expect(this.mapIn(region).locator(`${corner} .leaflet-control-zoom`)).toBeVisible();
  }

  /**
   * Draws an area with the polygon tool: a click on each corner, then on the first corner again, which
   * closes the ring (geoman's way to finish). The editor saves it at once.
   */
  async drawArea(corners: MapPoint[]): Promise<void> {
    await this.expectMapShown(this.editor);
    await this.editor.getByRole('button', { name: this.t('maps:editor.drawArea') }).click();
    await expect(this.editor.getByText(this.t('maps:editor.hintPolygon'))).toBeVisible();
    const box = (await this.mapIn(this.editor).boundingBox())!;
    const at = ({ x, y }: MapPoint) => ({ x: box.x + box.width * x, y: box.y + box.height * y });
    for (const corner of [...corners, corners[0]!]) {
      const { x, y } = at(corner);
      await this.page.mouse.click(x, y);
    }
  }

  /** The editor's line "Area: 12.3 km² (1,230 ha)", once a shape is saved. */
  async expectArea(): Promise<string> {
    const prefix = this.t('maps:editor.area', { area: '' });
    const line = this.editor.getByText(new RegExp(`^${escape(prefix)}`));
    await expect(line).toBeVisible();
    await expect(this.editor.getByRole('button', { name: this.t('maps:editor.remove') })).toBeVisible();
    return (await line.textContent()) ?? '';
  }

  async openMapPage(): Promise<void> {
    await this.page.getByRole('navigation', { name: this.t('nav:label') }).getByRole('link', { name: this.t('nav:page.map'), exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: this.t('maps:page.title'), exact: true })).toBeVisible();
  }

  get mapPageMap(): Locator {
    return this.page.getByRole('region', { name: this.t('maps:page.mapLabel'), exact: true });
  }

  get featureTable(): Locator {
    return this.page.getByRole('table', { name: this.t('maps:list.caption') });
  }

  /** Chooses a shape from the table: the map shows it and the panel says what it belongs to. */
  async showFeature(name: string): Promise<Locator> {
    await this.featureTable.getByRole('button', { name: this.t('maps:list.showNamed', { name }) }).click();
    const chosen = this.page.getByRole('region', { name: this.t('maps:selected.title') });
    await expect(chosen.getByRole('heading', { name })).toBeVisible();
    return chosen;
  }
}
