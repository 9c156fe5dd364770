import type { Locator, Page } from '@playwright/test';
import type { T } from '../support/locale';

/** The frame around every workspace page: side navigation and status bar. */
export class WorkspaceShell {
  constructor(
    private readonly page: Page,
    private readonly t: T,
  ) {}

  get nav(): Locator {
    return this.page.getByRole('navigation', { name: this.t('nav:label') });
  }

  get main(): Locator {
    return this.page.getByRole('main');
  }

  get statusBar(): Locator {
    return this.page.getByRole('contentinfo');
  }

  async goToPage(page: 'overview' | 'landTypes' | 'history'): Promise<void> {
    await this.nav.getByRole('link', { name: this.t(`nav:page.${page}`), exact: true }).click();
  }

  async goToSection(section: 'baseline' | 'consultations' | 'plans' | 'worksheets' | 'targets' | 'reporting'): Promise<void> {
    // Exact: "Reporting" is also part of other entries' names in some languages ("Printable report").
    await this.nav.getByRole('link', { name: this.t(`nav:section.${section}`), exact: true }).click();
  }
}
