import { expect, test } from './fixtures';

const OIL_FIELD = /^US-backed militias said they captured/;
const COALITION = /^US-led coalition said it killed/;
const PARAGRAPH = 'Daesh militants were holed up in buildings in a nearby district, where the SDF was trying to hunt them down, she said.';

test('a key tags exactly what is highlighted, never an earlier selection', async ({ workbench: wb, page }) => {
  await wb.openArticle(OIL_FIELD);
  await wb.tagWithKey('Lilwa', '2');

  // Triple-click a paragraph and tag it as a claim.
  await wb.multiClick('Daesh militants were holed up', 3);
  await expect(wb.popover).toBeVisible();
  await page.keyboard.press('1');
  await expect(wb.popover).toBeHidden();
  expect(await wb.selectedText()).toBe('');

  // Then a double-click on one word: the menu is for that word, and 5 tags that word.
  await wb.multiClick('Lilwa', 2);
  await expect(wb.popover).toContainText('“Lilwa”');
  await page.keyboard.press('5');
  await expect.poll(() => wb.annotationRows()).toEqual([
    ['Person', 'Lilwa'],
    ['Location', 'Lilwa'],
    ['Claim', PARAGRAPH],
  ]);
  await wb.expectSaved();
});

test('after tagging, undo, Esc or the key list, no earlier selection comes back', async ({ workbench: wb, page }) => {
  await wb.openArticle(COALITION);
  await wb.tagWithKey('Damascus', '5');
  await wb.multiClick('CENTCOM', 2);
  await expect(wb.popover).toBeVisible();
  await page.keyboard.press('3');
  await expect(wb.popover).toBeHidden();

  await page.keyboard.press('Control+z');
  await expect(wb.annotations).toHaveCount(1);
  await wb.expectSaved();
  expect(await wb.selectedText()).toBe('');
  await expect(wb.popover).toBeHidden();

  await page.keyboard.press('?');
  await page.getByRole('dialog', { name: 'Keyboard' }).getByRole('button', { name: 'Close' }).click();
  expect(await wb.selectedText()).toBe('');

  // Nothing is selected now: a digit must not tag a leftover range, and Esc leaves nothing behind.
  await page.keyboard.press('Escape');
  await page.keyboard.press('8');
  await expect(wb.popover).toBeHidden();
  await expect.poll(() => wb.annotationRows()).toEqual([['Location', 'Damascus']]);

  // A fresh partial selection is what a digit acts on, not the selected annotation.
  await wb.annotation('Damascus').click();
  await wb.dragSelect('Wednesday', { from: 0, to: 3, alt: true });
  await page.keyboard.press('7');
  await expect.poll(() => wb.annotationRows()).toEqual([
    ['Location', 'Damascus'],
    ['Date', 'Wed'],
  ]);
});

test('the annotation a key creates is selected at once: N and typing right after go to its note', async ({ workbench: wb, page }) => {
  await wb.openArticle(COALITION);
  await wb.dragSelect('CENTCOM');
  await page.keyboard.press('3');
  await page.keyboard.press('n');
  await page.keyboard.type('Central Command, Tampa');
  await page.keyboard.press('Control+Enter');
  await expect(wb.annotation('CENTCOM')).toContainText('Central Command, Tampa');
  await wb.expectSaved();
  await page.reload();
  await expect(wb.annotation('CENTCOM').locator('.note')).toHaveText('Central Command, Tampa');
});

test('a retag right after a note keeps the note: a write never puts back an older row', async ({ workbench: wb, page }) => {
  await wb.openArticle(COALITION);
  const words = ['CENTCOM', 'Damascus', 'Khasham', 'Euphrates'];
  for (const word of words) {
    await wb.tagWithKey(word, '3');
    await page.keyboard.press('n');
    await page.keyboard.type(`note on ${word}`);
    await page.keyboard.press('Control+Enter');
    await page.keyboard.press('4');
  }
  await wb.expectSaved();
  await page.reload();
  await expect(wb.annotations).toHaveCount(words.length);
  for (const word of words) {
    await expect(wb.annotation(word).locator('.chip')).toHaveText('Group');
    await expect(wb.annotation(word).locator('.note')).toHaveText(`note on ${word}`);
  }
});
