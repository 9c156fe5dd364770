import { expect, type Locator, type Page } from '@playwright/test';
import type { T } from '../support/locale';

type Step = 'pattern' | 'what' | 'where' | 'howMuch' | 'when' | 'who' | 'planning' | 'sentence';
type Criterion =
  | 'specific'
  | 'quantitative'
  | 'time_bound'
  | 'spatially_explicit'
  | 'policy_coherent'
  | 'gender_responsive'
  | 'integrated_in_planning'
  | 'ldn_consistent';
type Grade = 'pass' | 'partial' | 'missing';

export interface LinkFields {
  framework: string;
  commitmentRef: string;
  relation: string;
  sharedAreaKm2: string;
  accountingOwner?: boolean;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The targets section: the list, the guided wizard with its live rubric, a target's page, the commitments view. */
export class TargetsPage {
  constructor(
    private readonly page: Page,
    private readonly t: T,
  ) {}

  /** A control by the start of its label (required fields add "(required)" after it). */
  field(name: string): Locator {
    return this.page.getByLabel(new RegExp(`^${escape(this.t(`targets:field.${name}`))}`));
  }

  get rubric(): Locator {
    return this.page.getByRole('complementary', { name: this.t('targets:quality.title') });
  }

  /** One criterion of the rubric, named "<criterion>: <grade>". */
  criterion(criterion: Criterion): Locator {
    return this.page.getByRole('listitem', { name: new RegExp(`^${escape(this.t(`targets:rubric.${criterion}.title`))}`) });
  }

  async expectGrade(criterion: Criterion, grade: Grade): Promise<void> {
    const name = this.t('targets:criterionGrade', { criterion: this.t(`targets:rubric.${criterion}.title`), grade: this.t(`targets:rubric.grade.${grade}`) });
    await expect(this.criterion(criterion)).toHaveAttribute('aria-label', name);
  }

  async startNewTarget(): Promise<void> {
    await this.page.getByRole('link', { name: this.t('targets:list.add') }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: this.t('targets:wizard.newTitle'), exact: true })).toBeVisible();
  }

  async startSubTarget(): Promise<void> {
    await this.page.getByRole('link', { name: this.t('targets:detail.addSubTarget') }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: this.t('targets:wizard.newSubTitle'), exact: true })).toBeVisible();
  }

  async choosePattern(pattern: string): Promise<void> {
    await this.page.getByRole('radio', { name: new RegExp(`^${escape(this.t(`targets:codes.pattern.${pattern}`))}`) }).check();
  }

  async goToStep(step: Step): Promise<void> {
    const steps = this.page.getByRole('navigation', { name: this.t('targets:wizard.stepsLabel') });
    await steps.getByRole('button', { name: new RegExp(`${escape(this.t(`targets:wizard.step.${step}.title`))}$`) }).click();
  }

  /** Ticks a box of a set (land types, GAP priority areas) by its label. */
  async tick(set: string, label: string): Promise<void> {
    await this.page.getByRole('group', { name: new RegExp(`^${escape(this.t(`targets:field.${set}`))}`) }).getByRole('checkbox', { name: label }).check();
  }

  /** Saves the wizard and waits for the target's page, whose heading is the target sentence. */
  async save(): Promise<string> {
    await this.page.getByRole('button', { name: this.t('targets:wizard.save') }).click();
    await expect(this.page.getByRole('heading', { level: 2, name: this.t('targets:detail.fields'), exact: true })).toBeVisible();
    return (await this.page.getByRole('heading', { level: 1 }).textContent()) ?? '';
  }

  async addLink(link: LinkFields): Promise<void> {
    await this.page.getByRole('button', { name: this.t('targets:link.add') }).click();
    const dialog = this.page.getByRole('dialog');
    const label = (name: string) => dialog.getByLabel(new RegExp(`^${escape(this.t(`targets:link.${name}`))}`));
    await label('framework').selectOption(link.framework);
    await label('commitmentRef').fill(link.commitmentRef);
    await label('relation').selectOption(link.relation);
    await label('sharedAreaKm2').fill(link.sharedAreaKm2);
    if (link.accountingOwner) await dialog.getByRole('checkbox', { name: this.t('targets:link.accountingOwner') }).check();
    await dialog.getByRole('button', { name: this.t('common:save') }).click();
    await expect(dialog).toBeHidden();
  }

  async openTarget(text: string): Promise<void> {
    await this.page.getByRole('link', { name: text, exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: text })).toBeVisible();
  }

  async backToList(): Promise<void> {
    await this.page.getByRole('link', { name: this.t('targets:detail.backToList') }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: this.t('targets:list.title'), exact: true })).toBeVisible();
  }

  async openCommitments(): Promise<void> {
    await this.page.getByRole('link', { name: this.t('targets:crosswalk.title'), exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: this.t('targets:crosswalk.title'), exact: true })).toBeVisible();
  }

  /** The sub-targets listed on a national target's page. */
  get subTargets(): Locator {
    return this.page.locator('section', { has: this.page.getByRole('heading', { level: 2, name: this.t('targets:detail.subTargets'), exact: true }) });
  }

  get rollup(): Locator {
    return this.page.getByRole('region', { name: this.t('targets:rollup.title') });
  }

  /** A total of the roll-up ("counted once", "simply added up") by its term. */
  rollupTotal(term: 'total' | 'gross'): Locator {
    return this.rollup.locator('dt', { hasText: this.t(`targets:rollup.${term}`) }).locator('xpath=following-sibling::dd');
  }
}
