import { expect, type Locator, type Page } from '@playwright/test';
import type { T } from '../support/locale';

export interface PlanFields {
  name: string;
  /** A code of PLAN_LEVELS. */
  level: 'national' | 'subnational' | 'landscape';
}

export interface ConversionFields {
  /** UNCCD land cover class codes, 1–7. */
  fromClass: number;
  toClass: number;
  areaKm2: string;
  expectedYear: string;
  /** A code of the degradation processes. */
  driver: string;
}

/** The land-use plans section: the list, a plan's page with its zones, a zone's page with its conversions. */
export class PlansPage {
  constructor(
    private readonly page: Page,
    private readonly t: T,
  ) {}

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  /** A field of the open dialog by the start of its label (a required field's label goes on with "required"). */
  private field(key: string): Locator {
    return this.dialog.getByLabel(new RegExp(`^${this.t(key)}`));
  }

  private async save(): Promise<void> {
    await this.dialog.getByRole('button', { name: this.t('common:save') }).click();
    await expect(this.dialog).toBeHidden();
  }

  async addPlan(plan: PlanFields): Promise<void> {
    await this.page.getByRole('button', { name: this.t('plans:list.add') }).first().click();
    await this.field('plans:field.name').fill(plan.name);
    await this.field('plans:field.level').selectOption(plan.level);
    await this.save();
    await expect(this.page.getByRole('table', { name: this.t('plans:list.caption') }).getByRole('link', { name: plan.name })).toBeVisible();
  }

  async openPlan(name: string): Promise<void> {
    await this.page.getByRole('link', { name, exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
  }

  get importDialog(): Locator {
    return this.page.getByRole('dialog', { name: this.t('plans:import.title') });
  }

  /** Chooses the file and waits for the preview: nothing is imported yet. */
  async previewZoneImport(file: { name: string; buffer: Buffer }): Promise<void> {
    await this.page.getByRole('button', { name: this.t('plans:import.open') }).click();
    await this.importDialog.getByLabel(new RegExp(`^${this.t('plans:import.file')}`)).setInputFiles({ ...file, mimeType: 'application/zip' });
    await expect(this.importDialog.getByRole('table', { name: this.t('plans:import.featuresCaption') })).toBeVisible();
  }

  /** The preview's row of one feature, by the zone name it would get. */
  previewRow(zoneName: string): Locator {
    return this.importDialog.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: zoneName, exact: true }) });
  }

  /** Confirms the import of the one importable feature. */
  async confirmImportOfOne(): Promise<void> {
    await this.importDialog.getByRole('button', { name: this.t('plans:import.confirm_one', { count: 1 }) }).click();
    await expect(this.importDialog).toBeHidden();
  }

  get zonesTable(): Locator {
    return this.page.getByRole('table', { name: this.t('plans:zones.caption') });
  }

  zoneRow(zoneName: string): Locator {
    return this.zonesTable.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: zoneName, exact: true }) });
  }

  async openZone(zoneName: string): Promise<void> {
    await this.zonesTable.getByRole('link', { name: zoneName, exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: this.t('plans:zone.title', { name: zoneName }) })).toBeVisible();
  }

  async addConversion(conversion: ConversionFields): Promise<void> {
    await this.page.getByRole('button', { name: this.t('plans:conversions.add') }).click();
    await this.field('plans:conversion.field.fromClass').selectOption(String(conversion.fromClass));
    await this.field('plans:conversion.field.toClass').selectOption(String(conversion.toClass));
    await this.field('plans:conversion.field.areaKm2').fill(conversion.areaKm2);
    await this.field('plans:conversion.field.expectedYear').fill(conversion.expectedYear);
    await this.field('plans:conversion.field.driver').selectOption(conversion.driver);
    await this.save();
  }

  /** The conversions table of the zone on screen. */
  conversionsOf(zoneName: string): Locator {
    return this.page.getByRole('table', { name: this.t('plans:conversions.caption', { zone: zoneName }) });
  }
}
