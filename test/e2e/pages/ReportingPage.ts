import { expect, type Locator, type Page } from '@playwright/test';
import type { T } from '../support/locale';

/** The reporting checklist: errors and warnings of `reporting.validate`, each a link to its fix, and the export. */
export class ReportingPage {
  constructor(
    private readonly page: Page,
    private readonly t: T,
  ) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: this.t('reporting:title') });
  }

  /** The errors' region; its heading is "Errors (n)". */
  get errors(): Locator {
    return this.page.getByRole('region', { name: new RegExp(`^${this.t('reporting:errors.title')}`) });
  }

  get warnings(): Locator {
    return this.page.getByRole('region', { name: new RegExp(`^${this.t('reporting:warnings.title')}`) });
  }

  get allClear(): Locator {
    return this.page.getByRole('heading', { name: this.t('reporting:allClear.title') });
  }

  get exportButton(): Locator {
    return this.page.getByRole('button', { name: this.t('reporting:export.button') });
  }

  /** Runs the check again and waits until the button is back (the check has answered). */
  async recheck(): Promise<void> {
    const button = this.page.getByRole('button', { name: this.t('reporting:recheck') });
    await button.click();
    await expect(button).toBeEnabled();
  }

  /** Chooses a licence on the USL form ("CC-BY-4.0"…, as listed) and saves it. */
  async chooseLicence(code: string): Promise<void> {
    await this.page.getByRole('radio', { name: code, exact: true }).check();
    await this.page.getByRole('button', { name: this.t('reporting:licence.save') }).click();
    await expect(this.page.getByText(this.t('reporting:licence.current', { licence: code }))).toBeVisible();
  }

  /** Follows the link of the issue whose message is `message` to the screen that fixes it. */
  async followIssue(message: string): Promise<void> {
    await this.page.getByRole('link', { name: message, exact: true }).click();
  }
}
