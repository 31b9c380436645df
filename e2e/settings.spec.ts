import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { SettingsPage } from './pages/SettingsPage';

const ARTICLE = /^US-led coalition said it killed/;
const DEFAULT_ORDER = ['Claim', 'Person', 'Organization', 'Group', 'Location', 'Facility', 'Date', 'Quantity'];

/** `SCREENSHOT_DIR=docs` keeps this in docs/ for the README. */
async function shot(page: Page, name: string): Promise<void> {
  if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/${name}.png` });
}

test('the settings open with the button and with G then S, and Esc goes back', async ({ workbench: wb, page }) => {
  const settings = new SettingsPage(page);
  await settings.openWithButton();
  await expect.poll(() => settings.tagNames()).toEqual(DEFAULT_ORDER);
  await expect(settings.tag('Person')).toContainText('0 annotations');
  await settings.back();
  await expect(wb.library).toBeVisible();

  await settings.openWithKeys();
  await page.keyboard.press('Escape');
  await expect(settings.main).toBeHidden();
  await expect(wb.library).toBeVisible();
});

test('an analyst renames, recolours, re-keys, reorders, adds and deletes tags; the reader follows, and undo and a reload keep it', async ({ workbench: wb, page }) => {
  const settings = new SettingsPage(page);
  await wb.openArticle(ARTICLE);
  await wb.tagWithKey('Bashar al-Assad', '2');
  await wb.tagWithKey('Rami Abdel Rahman', '2');
  await wb.expectSaved();

  await settings.openWithButton();
  await expect(settings.tag('Person')).toContainText('2 annotations');

  // Rename with Enter; Esc in the field puts the name back.
  await settings.renameTag('Person', 'People');
  await expect(settings.tag('People')).toBeVisible();
  await expect(settings.tag('People').getByRole('button', { name: 'Rename tag People' })).toBeFocused();
  await settings.tag('People').getByRole('button', { name: 'Rename tag People' }).click();
  await page.keyboard.type('Nobody');
  await page.keyboard.press('Escape');
  await expect(settings.main).toBeVisible();
  await expect(settings.tag('People')).toBeVisible();

  // A name another tag has is refused under the field, and nothing is saved.
  await settings.renameTag('People', 'group');
  await expect(settings.tag('People').getByRole('alert')).toHaveText('There is already a tag named “Group”.');
  await page.keyboard.press('Escape');

  await settings.recolourTag('People', 'Purple');
  await expect(settings.tag('People').getByRole('button', { name: 'Colour of People: Purple' })).toBeVisible();

  // Key 3 is Organization's: refused with the rule's words, and the select shows 2 again.
  await settings.keySelect('People').selectOption('3');
  await expect(settings.tag('People').getByRole('alert')).toHaveText('Key 3 already applies “Organization”; give that tag another key first.');
  await expect(settings.keySelect('People')).toHaveValue('2');
  await settings.keySelect('Quantity').selectOption('');
  await settings.keySelect('Date').selectOption('8');

  // Reorder: a button, then Alt+ArrowUp in a row (the focus stays in the moved row).
  await settings.moveTag('Group', 'up');
  await settings.tag('Quantity').getByRole('button', { name: 'Rename tag Quantity' }).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await page.keyboard.press('Alt+ArrowUp');
  await expect.poll(() => settings.tagNames()).toEqual(['Claim', 'People', 'Group', 'Organization', 'Location', 'Quantity', 'Facility', 'Date']);
  await expect(settings.tag('Quantity').getByRole('button', { name: 'Rename tag Quantity' })).toBeFocused();

  // A new tag takes the first free key and the next unused palette colour; then a choice attribute.
  await settings.addTag('Weapon');
  await expect(settings.keySelect('Weapon')).toHaveValue('7');
  await expect(settings.tag('Weapon').getByRole('button', { name: 'Colour of Weapon: Sky blue' })).toBeVisible();
  await settings.tag('Weapon').getByRole('button', { name: 'Attributes of Weapon' }).click();
  await settings.addAttribute('Weapon', { name: 'Certainty', type: 'Choice', choices: ['sure'] });
  await expect(settings.attributes('Weapon').getByRole('alert')).toHaveText('A choice needs at least two values, one a line.');
  await settings.addAttribute('Weapon', { name: 'Certainty', type: 'Choice', choices: ['likely', 'confirmed', ''] });
  await expect(settings.attributes('Weapon').getByRole('listitem')).toHaveText([/Certainty\s*Choice: likely, confirmed/]);
  await expect(settings.tag('Weapon').getByRole('button', { name: 'Attributes of Weapon' })).toHaveText('Attributes (1)');
  await wb.expectSaved();
  await shot(page, 'settings');

  // The reader's tag menu and chips follow: the new name, the new order and keys.
  await settings.back();
  await expect(wb.annotation('Bashar al-Assad').locator('.chip')).toHaveText('People');
  await wb.dragSelect('Khasham');
  await expect(wb.popover.getByRole('menuitem')).toHaveText([
    /1\s*Claim/,
    /2\s*People/,
    /4\s*Group/,
    /3\s*Organization/,
    /5\s*Location/,
    /^\s*Quantity/,
    /6\s*Facility/,
    /8\s*Date/,
    /7\s*Weapon/,
  ]);
  await page.keyboard.press('7');
  await expect(wb.annotation('Khasham').locator('.chip')).toHaveText('Weapon');

  // A tag no annotation uses goes at once, and says it can be undone.
  await settings.openWithKeys();
  await settings.tag('Facility').getByRole('button', { name: 'Delete tag Facility' }).click();
  await expect(settings.status).toHaveText('Deleted tag Facility — Ctrl+Z undoes');
  await expect(settings.tag('Facility')).toHaveCount(0);
  // The focus, lost with the row, goes to the list's heading (so Tab goes on from there, and Ctrl+Z is the page's).
  await expect(settings.main.getByRole('heading', { name: 'Tags' })).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(settings.tag('Facility')).toBeVisible();
  await expect(settings.status).toHaveText('');

  // Deleting a tag in use asks what becomes of its annotations, read when confirmed.
  await settings.tag('People').getByRole('button', { name: 'Delete tag People' }).click();
  await expect(settings.deleteDialog).toContainText('2 annotations use “People”. What becomes of them?');
  await expect(settings.deleteDialog.getByRole('combobox', { name: 'Retag them as' })).toHaveValue('group');
  await settings.deleteDialog.getByRole('combobox', { name: 'Retag them as' }).selectOption({ label: 'Organization' });
  await settings.deleteDialog.getByRole('radio', { name: 'Delete them with the tag' }).check();
  await expect(settings.deleteDialog.getByRole('button', { name: 'Delete People and its 2 annotations' })).toBeVisible();
  await settings.deleteDialog.getByRole('radio', { name: 'Retag them as' }).check();
  await settings.deleteDialog.getByRole('button', { name: 'Retag 2 as Organization and delete People' }).click();
  await expect(settings.deleteDialog).toBeHidden();
  await expect(settings.status).toHaveText('Deleted tag People; 2 annotations are now Organization — Ctrl+Z undoes');
  await expect(settings.tag('People')).toHaveCount(0);
  await expect(settings.tag('Organization')).toContainText('2 annotations');
  await settings.back();
  await expect.poll(() => wb.annotationRows()).toEqual([
    ['Organization', 'Bashar al-Assad'],
    ['Weapon', 'Khasham'],
    ['Organization', 'Rami Abdel Rahman'],
  ]);

  // One Ctrl+Z undoes the delete and the retagging together.
  await page.keyboard.press('Control+z');
  await expect.poll(() => wb.annotationRows()).toEqual([
    ['People', 'Bashar al-Assad'],
    ['Weapon', 'Khasham'],
    ['People', 'Rami Abdel Rahman'],
  ]);
  await wb.expectSaved();

  // After a reload the renamed, recoloured tag is still there, where it was moved to.
  await page.reload();
  await expect(wb.library).toBeVisible();
  await settings.openWithKeys();
  await expect(settings.tag('People').getByRole('button', { name: 'Colour of People: Purple' })).toBeVisible();
  await expect.poll(() => settings.tagNames()).toEqual(['Claim', 'People', 'Group', 'Organization', 'Location', 'Quantity', 'Facility', 'Date', 'Weapon']);
  const stored = await settings.storedTags();
  expect(stored.find((t) => t.id === 'person')).toMatchObject({ label: 'People', color: '#CC79A7', key: '2' });
  expect(stored.find((t) => t.label === 'Weapon')?.attributes).toMatchObject([{ label: 'Certainty', type: 'choice', choices: ['likely', 'confirmed'] }]);
});

test('kinds and counted things: rename, refuse, add, move and delete', async ({ workbench: _, page }) => {
  const settings = new SettingsPage(page);
  await settings.openWithButton();

  // A built-in kind can be renamed, not deleted.
  await settings.kinds.getByRole('listitem', { name: 'Entity' }).getByRole('button', { name: 'Delete kind Entity' }).click();
  await expect(settings.kinds.getByRole('listitem', { name: 'Entity' }).getByRole('alert')).toHaveText(
    '“Entity” is built in: entities gather mentions. It can be renamed, not deleted.',
  );
  const addKind = settings.main.getByRole('group', { name: 'Add a kind' });
  await addKind.getByRole('textbox', { name: 'Name of the new kind' }).fill('Event');
  await addKind.getByRole('textbox', { name: 'Name of the new kind' }).press('Enter');
  const event = settings.kinds.getByRole('listitem', { name: 'Event' });
  await expect(event).toContainText('0 tags');
  await addKind.getByRole('textbox', { name: 'Name of the new kind' }).fill('event');
  await addKind.getByRole('button', { name: 'Add kind' }).click();
  await expect(addKind.getByRole('alert')).toHaveText('There is already a kind named “Event”.');

  // A kind in use cannot go until its tags have another kind.
  await settings.tag('Date').getByRole('combobox', { name: 'Kind of Date' }).selectOption({ label: 'Event' });
  await expect(event).toContainText('1 tag');
  await event.getByRole('button', { name: 'Delete kind Event' }).click();
  await expect(event.getByRole('alert')).toHaveText('1 tag is of kind “Event” (Date); give it another kind first.');
  await settings.tag('Date').getByRole('combobox', { name: 'Kind of Date' }).selectOption({ label: 'Entity' });
  await event.getByRole('button', { name: 'Delete kind Event' }).click();
  await expect(settings.kinds.getByRole('listitem')).toHaveText([/^Claim/, /^Entity/]);

  // Counted things: a word already proposing another is refused; rename, new words, move, add, delete.
  const killed = settings.counted.getByRole('listitem', { name: 'Killed' });
  await killed.getByRole('button', { name: 'Edit the words for Killed' }).click();
  await killed.getByRole('textbox', { name: /^Words that propose Killed/ }).fill('killed, dead, casualties');
  await killed.getByRole('textbox', { name: /^Words that propose Killed/ }).press('Enter');
  await expect(killed.getByRole('alert')).toHaveText('“casualties” already proposes Wounded; remove it there first.');
  await killed.getByRole('textbox', { name: /^Words that propose Killed/ }).fill('killed, dead,  slain ,dead');
  await killed.getByRole('textbox', { name: /^Words that propose Killed/ }).press('Enter');
  await expect(killed).toContainText('killed, dead, slain');

  const troops = settings.counted.getByRole('listitem', { name: 'Troops' });
  await troops.getByRole('button', { name: 'Rename counted thing Troops' }).click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Fighters');
  await page.keyboard.press('Enter');
  const fighters = settings.counted.getByRole('listitem', { name: 'Fighters' });
  await fighters.getByRole('button', { name: 'Move counted thing Fighters up' }).click();
  const addCounted = settings.main.getByRole('group', { name: 'Add a counted thing' });
  await addCounted.getByRole('textbox', { name: 'Name of the new counted thing' }).fill('Displaced');
  await addCounted.getByRole('textbox', { name: 'Words of the new counted thing' }).fill('displaced, fled');
  await addCounted.getByRole('button', { name: 'Add counted thing' }).click();
  await settings.counted.getByRole('listitem', { name: 'Rounds' }).getByRole('button', { name: 'Delete counted thing Rounds' }).click();
  await expect(settings.status).toHaveText('Deleted counted thing Rounds — Ctrl+Z undoes');
  await expect(settings.counted.getByRole('listitem')).toHaveText([/^Killed/, /^Fighters/, /^Wounded/, /^Barrels per day/, /^Displaced.*displaced, fled/]);

  await page.keyboard.press('Control+z');
  await expect(settings.counted.getByRole('listitem', { name: 'Rounds' })).toBeVisible();
});
