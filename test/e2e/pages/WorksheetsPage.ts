import { expect, type Locator, type Page } from '@playwright/test';
import type { T } from '../support/locale';

export interface LossFields {
  areaKm2: string;
  driver: string;
  expectedYear: string;
}

export interface MeasureFields {
  description: string;
  areaKm2: string;
  startYear: string;
  endYear: string;
}

type Level = 'avoid' | 'reduce' | 'reverse';

export class WorksheetsPage {
  constructor(
    private readonly page: Page,
    private readonly t: T,
  ) {}

  get balancePanel(): Locator {
    return this.page.getByRole('complementary', { name: this.t('worksheets:balance.title') });
  }

  /** "In balance" / "Not in balance" of one land type in the balance panel, as its exact words. */
  status(code: string): Locator {
    return this.balancePanel.getByRole('listitem', { name: code }).locator('.balance-status');
  }

  async expectStatus(code: string, neutral: boolean): Promise<void> {
    await expect(this.status(code)).toHaveText(this.t(neutral ? 'worksheets:balance.inBalance' : 'worksheets:balance.notInBalance'));
  }

  async expectNational(inBalance: number, count: number): Promise<void> {
    await expect(this.balancePanel).toContainText(this.t('worksheets:balance.national', { inBalance, count }));
  }

  async useGuidedMode(): Promise<void> {
    await this.page.getByRole('radio', { name: this.t('worksheets:mode.guided') }).check();
  }

  async useOnePage(): Promise<void> {
    await this.page.getByRole('radio', { name: this.t('worksheets:mode.table') }).check();
  }

  private field(dialog: Locator, name: string): Locator {
    return dialog.getByLabel(new RegExp(`^${this.t(`worksheets:field.${name}`)}`));
  }

  private async submit(dialog: Locator): Promise<void> {
    await dialog.getByRole('button', { name: this.t('common:save') }).click();
    await expect(dialog).toBeHidden();
  }

  /** Adds a loss with the "add" button inside `scope` (a land type's section or the guided step). */
  async addLoss(scope: Locator, loss: LossFields): Promise<void> {
    await scope.getByRole('button', { name: this.t('worksheets:step.losses.add') }).click();
    const dialog = this.page.getByRole('dialog');
    await this.field(dialog, 'areaKm2').fill(loss.areaKm2);
    await this.field(dialog, 'driver').selectOption(loss.driver);
    await this.field(dialog, 'expectedYear').fill(loss.expectedYear);
    await this.submit(dialog);
  }

  async addMeasure(scope: Locator, level: Level, measure: MeasureFields): Promise<void> {
    await scope.getByRole('button', { name: this.t(`worksheets:step.${level}.add`) }).click();
    const dialog = this.page.getByRole('dialog');
    for (const [name, value] of Object.entries(measure) as [keyof MeasureFields, string][]) await this.field(dialog, name).fill(value);
    await this.submit(dialog);
  }

  /** The guided step on screen. */
  get guidedStep(): Locator {
    return this.page.locator('section.guided');
  }

  async next(): Promise<void> {
    await this.guidedStep.getByRole('button', { name: new RegExp(`^(${this.t('worksheets:guided.next')}|${this.t('worksheets:guided.nextLandType')})$`) }).click();
  }

  /** A land type's section in the one-page mode. */
  landType(code: string): Locator {
    return this.page.locator('section.worksheet').filter({ has: this.page.getByRole('heading', { name: new RegExp(`^${code} `) }) });
  }

  async duplicateScenario(name: string): Promise<void> {
    await this.page.getByRole('button', { name: this.t('worksheets:scenario.duplicate') }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel(new RegExp(`^${this.t('worksheets:scenario.field.name')}`)).fill(name);
    await this.submit(dialog);
    await expect(this.page.getByRole('combobox', { name: this.t('worksheets:scenario.label') })).toContainText(name);
  }

  async compare(scenarioLabels: string[]): Promise<Locator> {
    const choice = this.page.getByRole('group', { name: this.t('worksheets:compare.choose') });
    for (const label of scenarioLabels) await choice.getByRole('checkbox', { name: label }).check();
    return this.page.getByRole('table', { name: this.t('worksheets:compare.nationalCaption') });
  }
}
