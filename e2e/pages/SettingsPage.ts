import { expect, type Locator, type Page } from '@playwright/test';
import { storedRows } from './storedRows';

export interface StoredTag {
  id: string;
  label: string;
  kind: string;
  color: string;
  key: string;
  order: number;
  attributes: { label: string; type: string; choices: string[] }[];
}

/** The settings page as an analyst sees it: the tags, the kinds and the counted things. */
export class SettingsPage {
  readonly main: Locator;
  readonly status: Locator;
  readonly tagList: Locator;
  readonly tagRows: Locator;
  readonly kinds: Locator;
  readonly counted: Locator;
  readonly addTagForm: Locator;
  readonly deleteDialog: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main', { name: 'Settings' });
    this.status = this.main.getByRole('status');
    this.tagList = this.main.getByRole('list', { name: 'Tags' });
    // The tag rows alone, not the attribute rows inside them.
    this.tagRows = this.tagList.locator(':scope > li');
    this.kinds = this.main.getByRole('list', { name: 'Kinds' });
    this.counted = this.main.getByRole('list', { name: 'Counted things' });
    this.addTagForm = this.main.getByRole('group', { name: 'Add a tag' });
    this.deleteDialog = page.getByRole('dialog', { name: /^Delete the tag/ });
  }

  async openWithButton(): Promise<void> {
    await this.page.getByRole('complementary', { name: 'Library' }).getByRole('button', { name: 'Settings' }).click();
    await expect(this.main).toBeVisible();
  }

  async openWithKeys(): Promise<void> {
    await this.page.keyboard.press('g');
    await this.page.keyboard.press('s');
    await expect(this.main).toBeVisible();
  }

  async back(): Promise<void> {
    await this.main.getByRole('button', { name: 'Back to articles' }).click();
    await expect(this.main).toBeHidden();
  }

  tag(name: string): Locator {
    return this.tagList.getByRole('listitem', { name, exact: true });
  }

  /** The tag names in the order shown. */
  tagNames(): Promise<string[]> {
    return this.tagRows.evaluateAll((rows) => rows.map((r) => r.querySelector('.tag-name .inline-edit-text')?.textContent ?? ''));
  }

  async renameTag(from: string, to: string): Promise<void> {
    await this.tag(from).getByRole('button', { name: `Rename tag ${from}` }).click();
    const field = this.tag(from).getByRole('textbox', { name: `New name for tag ${from}` });
    await expect(field).toBeFocused();
    await field.fill(to);
    await field.press('Enter');
  }

  /** Opens the tag's colours and picks a palette colour by its name ("Purple"). */
  async recolourTag(name: string, colour: string): Promise<void> {
    await this.tag(name).getByRole('button', { name: new RegExp(`^Colour of ${name}:`) }).click();
    await this.tag(name).getByRole('group', { name: `Colour for ${name}` }).getByRole('button', { name: colour, exact: true }).click();
  }

  keySelect(name: string): Locator {
    return this.tag(name).getByRole('combobox', { name: `Key of ${name}` });
  }

  async moveTag(name: string, direction: 'up' | 'down'): Promise<void> {
    await this.tag(name).getByRole('button', { name: `Move tag ${name} ${direction}` }).click();
  }

  async addTag(name: string): Promise<void> {
    await this.addTagForm.getByRole('textbox', { name: 'Name of the new tag' }).fill(name);
    await this.addTagForm.getByRole('button', { name: 'Add tag' }).click();
    await expect(this.tag(name)).toBeVisible();
  }

  attributes(tag: string): Locator {
    return this.tag(tag).getByRole('region', { name: `Attributes of ${tag}` });
  }

  async addAttribute(tag: string, attr: { name: string; type: 'Text' | 'Number' | 'Choice'; choices?: string[] }): Promise<void> {
    const form = this.attributes(tag).getByRole('group', { name: `New attribute of ${tag}` });
    await form.getByRole('textbox', { name: `Name of the new attribute of ${tag}` }).fill(attr.name);
    await form.getByRole('combobox', { name: `Type of the new attribute of ${tag}` }).selectOption({ label: attr.type });
    if (attr.choices) await form.getByRole('textbox', { name: /^Choices of the new attribute/ }).fill(attr.choices.join('\n'));
    await form.getByRole('button', { name: 'Add attribute' }).click();
  }

  /** The tags as stored in the open project's IndexedDB, read past the app, in their order. */
  async storedTags(): Promise<StoredTag[]> {
    const { tags } = await storedRows<{ tags: StoredTag[] }>(this.page, ['tags']);
    return tags.sort((a, b) => a.order - b.order);
  }
}
