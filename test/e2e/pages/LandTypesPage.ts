import { expect, type Locator, type Page } from '@playwright/test';
import type { T } from '../support/locale';

export interface LandTypeFields {
  code?: string;
  name?: string;
  definitionBasis?: string;
  areaKm2?: string;
  notes?: string;
}

export class LandTypesPage {
  constructor(
    private readonly page: Page,
    private readonly t: T,
  ) {}

  get table(): Locator {
    return this.page.getByRole('table', { name: this.t('landtypes:table.caption') });
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  row(code: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('cell', { name: code, exact: true }).or(this.page.getByRole('rowheader', { name: code, exact: true })) });
  }

  /** The codes in the order the table shows them (the code is each row's first cell). */
  codes(): Promise<string[]> {
    return this.table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.querySelector('th, td')?.textContent?.trim() ?? ''));
  }

  async startAdding(): Promise<void> {
    await this.page.getByRole('button', { name: this.t('landtypes:add') }).first().click();
    await expect(this.dialog).toBeVisible();
  }

  async fill(fields: LandTypeFields): Promise<void> {
    for (const [field, value] of Object.entries(fields) as [keyof LandTypeFields, string][]) {
      await this.field(field).fill(value);
    }
  }

  async save(): Promise<void> {
    await this.dialog.getByRole('button', { name: this.t('common:save') }).click();
  }

  async add(fields: LandTypeFields): Promise<void> {
    await this.startAdding();
    await this.fill(fields);
    await this.save();
    await expect(this.dialog).toBeHidden();
    await expect(this.row(fields.code!)).toBeVisible();
  }

  /**
   * A field of the dialog by the start of its label (a required mark may follow), but not a longer label that
   * starts with the same word: in Arabic "Area" (المساحة) begins "Degraded area" (المساحة المتدهورة).
   */
  field(field: keyof LandTypeFields): Locator {
    const label = this.t(`landtypes:field.${field}`).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.dialog.getByLabel(new RegExp(`^${label}(?!\\s*\\p{L})`, 'u'));
  }

  async edit(code: string, fields: LandTypeFields): Promise<void> {
    await this.page.getByRole('button', { name: this.t('landtypes:row.edit', { code }) }).click();
    await this.fill(fields);
    await this.save();
    await expect(this.dialog).toBeHidden();
  }

  async delete(code: string): Promise<void> {
    await this.page.getByRole('button', { name: this.t('landtypes:row.delete', { code }) }).click();
  }

  async undo(): Promise<void> {
    await this.page.getByRole('status').getByRole('button', { name: this.t('common:undo') }).click();
  }

  async openHistoryOf(code: string): Promise<void> {
    await this.page.getByRole('link', { name: this.t('landtypes:row.history', { code }) }).click();
  }
}
