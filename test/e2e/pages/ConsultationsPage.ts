import { expect, type Locator, type Page } from '@playwright/test';
import type { T } from '../support/locale';

export interface PersonFields {
  name: string;
  organisation?: string;
  /** Codes, as in shared/consultations/codes.ts; the page picks their label in the active language. */
  sector: string;
  sex: string;
  isIplc?: boolean;
}

export interface NewcomerFields {
  name: string;
  sex: string;
  ageBand: string;
  sector: string;
}

/** The consultations section: register, consultation editor (attendance, decisions) and participation. */
export class ConsultationsPage {
  constructor(
    private readonly page: Page,
    private readonly t: T,
  ) {}

  async openTab(tab: 'consultations' | 'register' | 'workingGroup' | 'participation'): Promise<void> {
    await this.page.getByRole('navigation', { name: this.t('consultations:nav.label') }).getByRole('link', { name: this.t(`consultations:nav.${tab}`) }).click();
  }

  private get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  private field(scope: Locator, key: string): Locator {
    return scope.getByLabel(new RegExp(`^${this.t(`consultations:${key}`)}`));
  }

  async registerPerson(person: PersonFields): Promise<void> {
    await this.page.getByRole('button', { name: this.t('consultations:register.add') }).first().click();
    await this.field(this.dialog, 'field.name').fill(person.name);
    if (person.organisation) await this.field(this.dialog, 'field.organisation').fill(person.organisation);
    await this.field(this.dialog, 'field.sector').selectOption(person.sector);
    await this.field(this.dialog, 'field.sex').selectOption(person.sex);
    if (person.isIplc) await this.dialog.getByLabel(this.t('consultations:field.isIplc')).check();
    await this.dialog.getByRole('button', { name: this.t('common:save') }).click();
    await expect(this.dialog).toBeHidden();
    await expect(this.page.getByRole('rowheader', { name: person.name, exact: true })).toBeVisible();
  }

  /** Records a held consultation and waits for its own page. */
  async createConsultation(title: string, startDate: string, purpose: string): Promise<void> {
    await this.page.getByRole('link', { name: this.t('consultations:list.add') }).first().click();
    const form = this.page.getByRole('form', { name: this.t('consultations:editor.details') });
    await this.field(form, 'field.title').fill(title);
    await this.field(form, 'field.startDate').fill(startDate);
    await this.field(form, 'field.purpose').selectOption(purpose);
    await form.getByRole('button', { name: this.t('consultations:editor.create') }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  }

  get signIn(): Locator {
    return this.page.getByRole('form', { name: this.t('consultations:attendance.quickAdd') });
  }

  get nameField(): Locator {
    return this.signIn.getByRole('combobox', { name: this.t('consultations:attendance.nameField') });
  }

  /** Types part of a registered name and adds the first match with Enter, as at a sign-in desk. */
  async signInRegistered(typed: string, name: string): Promise<void> {
    await this.nameField.fill(typed);
    await expect(this.signIn.getByRole('option').first()).toContainText(name);
    await this.nameField.press('Enter');
    await expect(this.attendees.getByRole('rowheader', { name, exact: true })).toBeVisible();
    await expect(this.nameField).toBeFocused();
  }

  /** Someone not in the register: name, then Tab through sex, age band and sector, Enter. Keyboard only. */
  async signInNewcomer(person: NewcomerFields): Promise<void> {
    await this.nameField.fill(person.name);
    await this.page.keyboard.press('Tab');
    await this.signIn.getByRole('combobox', { name: this.t('consultations:field.sex') }).selectOption(person.sex);
    await this.page.keyboard.press('Tab');
    await this.signIn.getByRole('combobox', { name: this.t('consultations:field.ageBand') }).selectOption(person.ageBand);
    await this.page.keyboard.press('Tab');
    await this.signIn.getByRole('combobox', { name: this.t('consultations:field.sector') }).selectOption(person.sector);
    await this.page.keyboard.press('Enter');
    await expect(this.attendees.getByRole('rowheader', { name: person.name, exact: true })).toBeVisible();
    await expect(this.nameField).toBeFocused();
  }

  get attendees(): Locator {
    return this.page.getByRole('table', { name: this.t('consultations:attendance.caption') });
  }

  /** Records a decision (with its dissent, if any) that shaped `subject`: a land type or a target, picked by its label. */
  async addDecision(text: string, dissent: string, subject: { type: 'landtype' | 'target'; option: string }): Promise<void> {
    const form = this.page.getByRole('form', { name: this.t('consultations:decisions.add') });
    await form.getByLabel(this.t('consultations:decisions.text'), { exact: true }).fill(text);
    if (dissent) await form.getByLabel(this.t('consultations:decisions.dissent'), { exact: true }).fill(dissent);
    await form.getByRole('combobox', { name: this.t('consultations:decisions.subjectType') }).selectOption(subject.type);
    await form.getByRole('combobox', { name: this.t(`consultations:subjectType.${subject.type}`) }).selectOption({ label: subject.option });
    await form.getByRole('button', { name: this.t('consultations:decisions.add') }).click();
    // Saved: the decision is listed and the form is empty again, ready for the next one.
    await expect(this.page.getByRole('paragraph').filter({ hasText: text })).toBeVisible();
    await expect(form.getByLabel(this.t('consultations:decisions.text'), { exact: true })).toHaveValue('');
  }

  /** The count and percentage cells of one category in a roll-up table (the first table so captioned). */
  share(caption: string, category: string): Locator {
    const table = this.page.getByRole('table', { name: caption }).first();
    return table.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: category, exact: true }) }).getByRole('cell');
  }
}
