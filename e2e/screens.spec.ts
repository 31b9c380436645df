import path from 'node:path';
import { expect, test } from './fixtures';

/**
 * Screens for people to look at, each checked for what it must show: the workbench with a
 * claim, nested entities, a selected annotation and its note; the tag menu; the key list.
 * `npm run screenshots` writes them to docs/ for the README; in `npm test` they go to the
 * test's output folder. Shot at the design size and at a small laptop window.
 */
for (const size of [
  { width: 1440, height: 900, suffix: '' },
  { width: 1024, height: 700, suffix: '-1024' },
]) {
  test(`the workbench screens show what they must at ${size.width}x${size.height}`, async ({ workbench: wb, page }, testInfo) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    const dir = process.env.SCREENSHOT_DIR ?? testInfo.outputPath();
    const shot = (name: string) => page.screenshot({ path: path.join(dir, `${name}${size.suffix}.png`) });

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

    // The workbench: counts in the library, eight highlights with one selected, the sidebar in text order, the note.
    await expect(wb.article(/^US-led coalition said it killed/)).toContainText('2 claims · 6 entities');
    await expect.poll(() => wb.selectedHighlight()).toBe('US Central Command');
    await expect(wb.annotations).toHaveCount(8);
    await expect(wb.sidebar.getByRole('region', { name: 'Selected annotation' })).toContainText('US Central Command');
    await expect(wb.annotation('US Central Command')).toContainText('compare SOHR’s 45.');
    await expect(wb.saveState).toHaveText('Saved');
    // The reading column keeps a comfortable measure even in the small window.
    const perLine = await wb.text.evaluate((el) => {
      const p = el.querySelector('p');
      const ctx = document.createElement('canvas').getContext('2d');
      if (!p || !ctx) throw new Error('no paragraph to measure');
      ctx.font = getComputedStyle(p).font;
      const charWidth = ctx.measureText('abcdefghijklmnopqrstuvwxyz '.repeat(4)).width / 108;
      return p.getBoundingClientRect().width / charWidth;
    });
    expect(perLine).toBeGreaterThan(55);
    await shot('workbench');

    // The tag menu: next to the selection, every tag with its key, inside the window above the status bar.
    await wb.dragSelect('oil and gas installations');
    await expect(wb.popover).toContainText('“oil and gas installations”');
    await expect(wb.popover.getByRole('menuitem')).toHaveCount(8);
    const menu = await wb.popover.boundingBox();
    const status = await page.locator('.status-bar').boundingBox();
    expect(menu && status && menu.y + menu.height <= status.y).toBe(true);
    await shot('tag-menu');
    await page.keyboard.press('Escape');

    // The key list: every command of the table.
    await page.keyboard.press('?');
    const keys = page.getByRole('dialog', { name: 'Keyboard' });
    await expect(keys.locator('kbd')).toContainText(['1 – 9', 'Click', 'Alt + drag', 'Esc', 'J', 'K', 'Delete, Backspace', 'N', 'Ctrl+Z', 'Shift+Ctrl+Z, Ctrl+Y', '?']);
    await shot('keys');
  });
}
