import { expect, test } from './fixtures';

const ARTICLE = /^US-led coalition said it killed/;

test('an analyst tags a claim and entities, retags, undoes, and finds it all after a reload', async ({ workbench: wb, page }) => {
  await expect(wb.articles).toHaveCount(3);
  await wb.openArticle(ARTICLE);
  await expect(wb.sidebar).toContainText('No annotations yet');

  // A claim with the mouse: the popover lists the tags with their keys.
  await wb.dragSelect('it killed at least 100 pro-regime fighters');
  await expect(wb.popover.getByRole('menuitem')).toHaveText([/1\s*Claim/, /2\s*Person/, /3\s*Organization/, /4\s*Group/, /5\s*Location/, /6\s*Facility/, /7\s*Date/, /8\s*Quantity/]);
  await wb.popover.getByRole('menuitem', { name: 'Claim' }).click();

  // Two entities with the keyboard; the second drag starts and ends inside words and snaps to them.
  await wb.tagWithKey('Bashar al-Assad', '2');
  await wb.tagWithKey('US Central Command', '3', { from: 5, to: 14 });
  await wb.expectSaved();

  await expect.poll(() => wb.annotationRows()).toEqual([
    ['Claim', 'it killed at least 100 pro-regime fighters'],
    ['Person', 'Bashar al-Assad'],
    ['Organization', 'Central Command'],
  ]);
  await expect.poll(() => wb.highlightTexts()).toEqual(['it killed at least 100 pro-regime fighters', 'Bashar al-Assad', 'Central Command']);
  await expect.poll(() => wb.highlightTexts('claim')).toEqual(['it killed at least 100 pro-regime fighters']);

  // The new annotation is selected; K and J walk the annotations in text order; 4 retags.
  await expect(wb.annotation('Central Command')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('k');
  await page.keyboard.press('k');
  await expect(wb.annotation('it killed')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('j');
  await expect(wb.annotation('Bashar al-Assad')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('4');
  await expect(wb.annotation('Bashar al-Assad').locator('.chip')).toHaveText('Group');

  // Undo brings Person back, redo makes it a Group again.
  await page.keyboard.press('Control+z');
  await expect(wb.annotation('Bashar al-Assad').locator('.chip')).toHaveText('Person');
  await page.keyboard.press('Control+Shift+z');
  await expect(wb.annotation('Bashar al-Assad').locator('.chip')).toHaveText('Group');

  // A note with N, saved with Ctrl+Enter.
  await page.keyboard.press('n');
  await page.keyboard.type('President of Syria');
  await page.keyboard.press('Control+Enter');
  await expect(wb.annotation('Bashar al-Assad')).toContainText('President of Syria');

  // Delete and undo the delete.
  await wb.annotation('Central Command').click();
  await page.keyboard.press('Delete');
  await expect(wb.annotations).toHaveCount(2);
  await page.keyboard.press('Control+z');
  await expect(wb.annotations).toHaveCount(3);
  await wb.expectSaved();

  const before = await wb.annotationRows();
  await page.reload();
  await expect(wb.text).toBeVisible();
  await expect.poll(() => wb.annotationRows()).toEqual(before);
  expect(before).toEqual([
    ['Claim', 'it killed at least 100 pro-regime fighters'],
    ['Group', 'Bashar al-Assad'],
    ['Organization', 'Central Command'],
  ]);
  await expect(wb.annotation('Bashar al-Assad')).toContainText('President of Syria');
  await expect.poll(async () => (await wb.painted()).length).toBe(3);
  await expect(wb.article(ARTICLE)).toContainText('1 claim · 2 entities');
});

test('overlapping and nested annotations show together and a click selects the innermost', async ({ workbench: wb }) => {
  await wb.openArticle(ARTICLE);
  await wb.tagWithKey('forces loyal to President Bashar al-Assad', '1');
  await wb.tagWithKey('Bashar al-Assad', '2');
  await wb.tagWithKey('President Bashar', '2');
  await expect.poll(() => wb.highlightTexts()).toEqual(['forces loyal to President Bashar al-Assad', 'President Bashar', 'Bashar al-Assad']);
  // "Bashar" lies under all three: the claim and both crossing persons, each painted, so each colour shows.
  await expect.poll(async () => (await wb.painted()).map((h) => `${h.kind} ${h.tag}`)).toEqual(['claim claim', 'entity person', 'entity person']);

  // Hovering there lists all three, outermost first.
  const bashar = await wb.phraseBox('President Bashar', { from: 10 });
  await wb.page.mouse.move((bashar.x1 + bashar.x2) / 2, bashar.y1);
  const card = wb.page.getByRole('tooltip');
  await expect(card.locator('.chip')).toHaveText(['Claim', 'Person', 'Person']);
  await expect(card).toContainText('forces loyal to President Bashar al-Assad');

  const assad = await wb.phraseBox('President Bashar al-Assad', { from: 17 });
  await wb.page.mouse.click((assad.x1 + assad.x2) / 2, assad.y1);
  await expect(wb.annotation(/^PersonBashar al-Assad$/)).toHaveAttribute('aria-selected', 'true');
});

test('Escape closes the tag menu without tagging, and Alt keeps a partial word', async ({ workbench: wb, page }) => {
  await wb.openArticle(ARTICLE);
  await wb.dragSelect('Damascus');
  await expect(wb.popover).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(wb.popover).toBeHidden();
  await expect(wb.annotations).toHaveCount(0);

  await wb.tagWithKey('Damascus', '5', { from: 0, to: 4, alt: true });
  await expect.poll(() => wb.annotationRows()).toEqual([['Location', 'Dama']]);
});

test('a note saves itself while it is typed, survives a reload, and undoes in one step', async ({ workbench: wb, page }) => {
  await wb.openArticle(ARTICLE);
  await wb.tagWithKey('CENTCOM', '3');
  await page.keyboard.press('n');
  await page.keyboard.type('Central Command, Tampa', { delay: 20 });
  // No blur, no Ctrl+Enter: the autosave alone must have stored it.
  await expect(wb.annotation('CENTCOM')).toContainText('Central Command, Tampa');
  await wb.expectSaved();
  await page.reload();
  await expect(wb.annotation('CENTCOM')).toContainText('Central Command, Tampa');

  // A second editing session, typed in bursts that autosave several times, undoes as one step.
  await wb.annotation('CENTCOM').click();
  await page.keyboard.press('n');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('US Central', { delay: 20 });
  await expect(wb.annotation('CENTCOM').locator('.note')).toHaveText('US Central');
  await page.keyboard.type(' Command', { delay: 20 });
  await expect(wb.annotation('CENTCOM').locator('.note')).toHaveText('US Central Command');
  await wb.annotation('CENTCOM').locator('.quote').click();
  await page.keyboard.press('Control+z');
  await expect(wb.annotation('CENTCOM').locator('.note')).toHaveText('Central Command, Tampa');
  await page.keyboard.press('Control+Shift+z');
  await expect(wb.annotation('CENTCOM').locator('.note')).toHaveText('US Central Command');
});
