import { expect, type Locator, type Page } from '@playwright/test';
import type { T } from '../support/locale';

/** The outbox: the submission endpoint setting and the queued packages with their states. */
export class OutboxPage {
  constructor(
    private readonly page: Page,
    private readonly t: T,
  ) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: this.t('outbox:title') });
  }

  /** The outbox needs no open workspace; it is reached by its address like a bookmark. */
  async open(): Promise<void> {
    await this.page.goto('/#/outbox');
    await expect(this.heading).toBeVisible();
  }

  async setEndpoint(url: string): Promise<void> {
    const field = this.page.getByLabel(this.t('outbox:endpoint.label'));
    await field.fill(url);
    await this.page.getByRole('button', { name: this.t('outbox:endpoint.save') }).click();
    await expect(this.page.getByText(this.t('outbox:endpoint.saved'))).toBeVisible();
  }

  /** One package's card, found by its file name and, when the same package goes two ways, its destination. */
  item(fileName: string, destination?: 'endpoint' | 'prais'): Locator {
    const cards = this.page.getByRole('listitem').filter({ hasText: fileName });
    return destination ? cards.filter({ hasText: this.t(`outbox:destination.${destination}`) }) : cards;
  }

  state(fileName: string, destination?: 'endpoint' | 'prais'): Locator {
    return this.item(fileName, destination).locator('.outbox-state');
  }

  /** "Try now" on a queued package: the uploader tries at once instead of at its next poll. */
  async tryNow(fileName: string, destination?: 'endpoint' | 'prais'): Promise<void> {
    await this.item(fileName, destination).getByRole('button', { name: this.t('outbox:sendNow') }).click();
  }
}
