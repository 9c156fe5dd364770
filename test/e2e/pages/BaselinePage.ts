import { expect, type Locator, type Page } from '@playwright/test';
import type { T } from '../support/locale';

export type BaselineScreen = 'landArea' | 'landCover' | 'productivity' | 'soc' | 'sdg';

export interface TableCell {
  /** The row's label as shown (a year, a class name…). */
  row: string;
  /** The column's header as shown. */
  column: string;
  value: string;
}

/** The Baseline section: indicator screens, PRAIS tables with their editor, sources and the Trends.Earth import. */
export class BaselinePage {
  constructor(
    private readonly page: Page,
    private readonly t: T,
  ) {}

  async goTo(screen: BaselineScreen): Promise<void> {
    await this.page.getByRole('navigation', { name: this.t('baseline:screens.label') }).getByRole('link', { name: this.t(`baseline:screens.${screen}`) }).click();
  }

  /** A PRAIS table by its ID (and period, for the tables PRAIS repeats per period). */
  table(id: string, periodKey?: 'baseline' | 'report_1' | 'report_2'): Locator {
    const period = periodKey ? `[data-period="${periodKey}"]` : ':not([data-period])';
    return this.page.locator(`section.prais-table[data-table-id="${id}"]${period}`);
  }

  provenance(table: Locator): Locator {
    return table.locator('.provenance__badge');
  }

  chart(title: string): Locator {
    return this.page.getByRole('img', { name: title });
  }

  get importDialog(): Locator {
    return this.page.getByRole('dialog', { name: this.t('baseline:import.title') });
  }

  async openImport(): Promise<void> {
    await this.page.getByRole('button', { name: this.t('baseline:import.button') }).click();
    await expect(this.importDialog).toBeVisible();
  }

  /** Step 1 of the import: the chosen file is read and previewed; nothing is written yet. */
  async previewFile(path: string, fileName: string): Promise<void> {
    const dialog = this.importDialog;
    await dialog.getByLabel(this.t('baseline:import.file')).setInputFiles(path);
    await expect(dialog.getByText(this.t('baseline:import.step1'))).toBeVisible();
    await expect(dialog).toContainText(fileName);
    await expect(dialog.getByRole('heading', { name: this.t('baseline:import.tables') })).toBeVisible();
  }

  /** Step 2: the import itself. */
  async confirmImport(): Promise<void> {
    const dialog = this.importDialog;
    await dialog.getByRole('button', { name: this.t('baseline:import.confirm'), exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  async addSource(title: string, authorPublisher: string): Promise<void> {
    await this.page.getByRole('button', { name: this.t('baseline:sources.add') }).click();
    const dialog = this.page.getByRole('dialog', { name: this.t('baseline:sources.dialogAdd') });
    await dialog.getByLabel(new RegExp(`^${this.t('baseline:sources.field.title')}`)).fill(title);
    await dialog.getByLabel(this.t('baseline:sources.field.authorPublisher')).fill(authorPublisher);
    await dialog.getByLabel(this.t('baseline:sources.field.licence')).selectOption('CC-BY-4.0');
    await dialog.getByRole('button', { name: this.t('common:save') }).click();
    await expect(dialog).toBeHidden();
  }

  async startEditing(table: Locator): Promise<void> {
    await table.getByRole('button', { name: new RegExp(`^${this.t('baseline:edit.button')} `) }).click();
  }

  cell(table: Locator, row: string, column: string): Locator {
    return table.getByRole('textbox', { name: this.t('baseline:edit.cell', { row, column }), exact: true });
  }

  /** Types each value into its cell, picks the source, and saves. */
  async fillAndSave(table: Locator, cells: readonly TableCell[], sourceTitle?: string): Promise<void> {
    for (const { row, column, value } of cells) await this.cell(table, row, column).fill(value);
    if (sourceTitle) await table.getByLabel(this.t('baseline:edit.source')).selectOption({ label: sourceTitle });
    await table.getByRole('button', { name: this.t('common:save') }).click();
  }
}
