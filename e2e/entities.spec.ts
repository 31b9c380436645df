import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { EntitiesPage } from './pages/EntitiesPage';

const MILITIAS = /^US-backed militias said they captured/;
const BACKED = /^Backed forces in Syria strike/;
const GROUP = '4';
const LOCATION = '5';

async function shot(page: Page, name: string): Promise<void> {
  if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/${name}.png` });
}

test('an analyst gathers Daesh, IS and ISIS into one entity, links two spellings of Deir Ezzor, and finds it all after a reload', async ({ workbench: wb, page }) => {
  const entities = new EntitiesPage(page, wb);
  await wb.openArticle(MILITIAS);
  // Three mentions of Daesh tagged first: linking one offers the other two.
  await wb.tagWithKey('Daesh', GROUP, { occurrence: 0 });
  await wb.tagWithKey('Daesh', GROUP, { occurrence: 1 });
  await wb.tagWithKey('Daesh', GROUP, { occurrence: 2 });
  await entities.linkSelected(null, /New entity “Daesh”/);
  await expect(entities.mentionEntity).toContainText('Daesh');
  await expect(entities.offer).toContainText('2 other mentions read “Daesh” and are not linked');
  await entities.offer.getByRole('button', { name: 'Link 2 mentions' }).click();
  await expect(wb.reader.getByRole('status')).toContainText('Linked 2 more mentions of “Daesh” to Daesh.');

  await wb.tagWithKey('Deir Ezzor', LOCATION, { occurrence: 0 });
  await entities.linkSelected(null, /New entity “Deir Ezzor”/);

  await wb.openArticle(BACKED);
  await wb.tagWithKey('ISIS', GROUP, { occurrence: 0 });
  await entities.linkSelected('Daesh', /^Daesh/);
  await wb.tagWithKey('IS had held', GROUP, { to: 2 });
  // "IS" is now an alias's start (ISIS): the picker offers Daesh first, with why.
  await page.keyboard.press('e');
  await expect(entities.pickerOptions.first()).toContainText(/Daesh.*ISIS/);
  await shot(page, 'entity-picker');
  await page.keyboard.press('Enter');
  await expect(entities.picker).toBeHidden();

  await wb.tagWithKey('Deir al-Zour', LOCATION, { occurrence: 0 });
  await page.keyboard.press('e');
  await expect(entities.pickerOptions.first()).toContainText(/Deir Ezzor.*(another|a close) spelling of the name/);
  await page.keyboard.press('Enter');
  await expect(entities.mentionEntity).toContainText('Deir Ezzor');
  await expect(entities.mentionEntity).toContainText('also Deir al-Zour');
  await wb.expectSaved();

  // The entity's page lists every mention with its article and a line of context.
  await wb.annotation('ISIS').click();
  await entities.openFromSidebar();
  await expect(entities.page.getByRole('heading', { level: 1 })).toHaveText('Daesh');
  // Newest article first, the undated one last.
  expect(await entities.mentionRows()).toEqual([
    'US-backed militias said they captured Syria\'s largest oil field: Daesh',
    'US-backed militias said they captured Syria\'s largest oil field: Daesh',
    'US-backed militias said they captured Syria\'s largest oil field: Daesh',
    'Backed forces in Syria strike pro-regime militants, killing at least 100: ISIS',
    'Backed forces in Syria strike pro-regime militants, killing at least 100: IS',
  ]);
  await expect(entities.page.getByRole('list', { name: 'Aliases' })).toContainText('ISIS');

  // Renaming asks, keeps the old name as an alias, and is undoable.
  await entities.page.getByRole('textbox', { name: 'Entity name' }).fill('Islamic State');
  await entities.page.getByRole('textbox', { name: 'Entity name' }).press('Enter');
  await page.getByRole('dialog', { name: 'Rename entity' }).getByRole('button', { name: 'Rename' }).click();
  await expect(entities.page.getByRole('heading', { level: 1 })).toHaveText('Islamic State');
  await expect(entities.page.getByRole('list', { name: 'Aliases' })).toContainText('Daesh');
  await shot(page, 'entity-page');

  // The library filters by the entity.
  await page.keyboard.press('Escape');
  await wb.library.getByRole('combobox', { name: 'Only articles that mention' }).selectOption({ label: 'Islamic State' });
  await expect(wb.articles).toHaveCount(2);

  await page.reload();
  await expect(wb.library).toBeVisible();
  await wb.openArticle(MILITIAS);
  await wb.annotation('Deir Ezzor').click();
  await entities.openFromSidebar();
  await expect(entities.page.getByRole('heading', { level: 1 })).toHaveText('Deir Ezzor');
  expect(await entities.mentionRows()).toEqual([
    'US-backed militias said they captured Syria\'s largest oil field: Deir Ezzor',
    'Backed forces in Syria strike pro-regime militants, killing at least 100: Deir al-Zour',
  ]);
});
