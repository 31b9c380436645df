import path from 'node:path';
import { expect, test } from './fixtures';

/**
 * Screens for people to look at: the workbench with a claim, nested entities and a
 * selected annotation; the tag menu; the import review. `npm run screenshots` writes
 * them to docs/ for the README; in `npm test` they go to the test's output folder.
 */
test('the workbench screens render as designed', async ({ workbench: wb, page }, testInfo) => {
  const dir = process.env.SCREENSHOT_DIR ?? testInfo.outputPath();
  const shot = (name: string) => page.screenshot({ path: path.join(dir, `${name}.png`) });

  await wb.openArticle(/^US-led coalition said it killed/);
  await wb.tagWithKey('The US-led coalition said Thursday it killed at least 100 pro-regime fighters', '1');
  await wb.tagWithKey('US-led coalition', '3');
  await wb.tagWithKey('Damascus', '5');
  await wb.tagWithKey('President Bashar al-Assad', '2');
  await wb.tagWithKey('Deir Ezzor province', '5');
  await wb.tagWithKey('forces loyal to President Bashar al-Assad', '1');
  await wb.tagWithKey('US Central Command', '3');
  await wb.tagWithKey('CENTCOM', '3');
  await page.keyboard.press('k');
  await page.keyboard.press('n');
  await page.keyboard.type('The coalition names the attackers; compare SOHR’s 45.');
  await page.keyboard.press('Control+Enter');
  await wb.expectSaved();
  await expect(wb.text.locator('.hl-selected')).toHaveCount(1);
  await shot('workbench');

  await wb.dragSelect('oil and gas installations');
  await expect(wb.popover).toBeVisible();
  await shot('tag-menu');
  await page.keyboard.press('Escape');

  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard' })).toBeVisible();
  await shot('keys');
});
