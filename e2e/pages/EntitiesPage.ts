import { expect, type Locator, type Page } from '@playwright/test';
import type { WorkbenchPage } from './WorkbenchPage';

/** The entity picker (E), a mention's entity in the sidebar, and the entity page. */
export class EntitiesPage {
  readonly picker: Locator;
  readonly pickerSearch: Locator;
  readonly pickerOptions: Locator;
  readonly page: Locator;
  readonly mentionEntity: Locator;
  readonly offer: Locator;

  constructor(
    readonly browser: Page,
    readonly wb: WorkbenchPage,
  ) {
    this.picker = browser.getByRole('dialog', { name: 'Link this mention to an entity' });
    this.pickerSearch = this.picker.getByRole('searchbox', { name: 'Find an entity' });
    this.pickerOptions = this.picker.getByRole('option');
    this.page = browser.getByRole('main', { name: 'Entity' });
    this.mentionEntity = wb.sidebar.getByRole('region', { name: 'Entity' });
    this.offer = wb.sidebar.getByRole('status', { name: 'Link the same mentions' });
  }

  /** E on the selected mention, then Enter on the first option (or on the new-entity row when `create`). */
  async linkSelected(query: string | null, expectFirst: RegExp): Promise<void> {
    await this.browser.keyboard.press('e');
    await expect(this.picker).toBeVisible();
    if (query !== null) await this.pickerSearch.fill(query);
    await expect(this.pickerOptions.first()).toContainText(expectFirst);
    await this.browser.keyboard.press('Enter');
    await expect(this.picker).toBeHidden();
  }

  /** The entity page's mentions, as "article title: mention" rows in the order shown. */
  async mentionRows(): Promise<string[]> {
    return this.page.locator('.mention-article').evaluateAll((articles) =>
      articles.flatMap((a) => [...a.querySelectorAll('.mention-row mark')].map((m) => `${a.querySelector('h3')?.firstChild?.textContent?.trim() ?? ''}: ${m.textContent ?? ''}`)),
    );
  }

  async openFromSidebar(): Promise<void> {
    await this.mentionEntity.locator('.entity-name').click();
    await expect(this.page).toBeVisible();
  }
}
