import { expect, type Locator, type Page } from '@playwright/test';
import type { T } from '../support/locale';

export interface NewWorkspace {
  name: string;
  countrySearch: string;
  countryIso3: string;
  level?: 'national' | 'subnational';
  areaName?: string;
  landAreaKm2: string;
}

export class WelcomePage {
  constructor(
    private readonly page: Page,
    private readonly t: T,
  ) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: this.t('workspace:welcome.title') });
  }

  private get createForm(): Locator {
    return this.page.locator('form').filter({ has: this.page.getByRole('button', { name: this.t('workspace:create.submit') }) });
  }

  async fillCreateForm(ws: NewWorkspace): Promise<void> {
    const form = this.createForm;
    await form.getByLabel(this.t('workspace:field.name')).fill(ws.name);
    await form.getByRole('searchbox', { name: this.t('workspace:create.countrySearch') }).fill(ws.countrySearch);
    await form.getByRole('combobox', { name: new RegExp(`^${this.t('workspace:field.country')}`) }).selectOption(ws.countryIso3);
    await form.getByRole('radio', { name: this.t(`workspace:level.${ws.level ?? 'national'}`), exact: true }).check();
    if (ws.areaName !== undefined) await form.getByLabel(this.t('workspace:field.areaName')).fill(ws.areaName);
    await form.getByLabel(this.t('workspace:field.landAreaKm2')).fill(ws.landAreaKm2);
  }

  async submitCreate(): Promise<void> {
    await this.createForm.getByRole('button', { name: this.t('workspace:create.submit') }).click();
  }

  async createWorkspace(ws: NewWorkspace): Promise<void> {
    await this.fillCreateForm(ws);
    await this.submitCreate();
    await expect(this.page.getByRole('heading', { level: 1, name: ws.name })).toBeVisible();
  }

  recent(name: string): Locator {
    return this.page.getByRole('listitem').filter({ hasText: name });
  }

  async openByPath(path: string): Promise<void> {
    await this.page.getByLabel(this.t('workspace:open.byPath')).fill(path);
    await this.page.getByRole('button', { name: this.t('workspace:open.submit'), exact: true }).click();
  }
}
