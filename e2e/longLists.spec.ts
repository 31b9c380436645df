import { expect, test } from './fixtures';
import { longProjectArchive } from './data/longProject';
import { TransferPage } from './pages/TransferPage';
import { paintedHighlights } from './pages/paintedHighlights';

const COALITION = /^US-led coalition said it killed/;

test('long lists draw the rows in view, keep the selection in sight, and the library counts a project opened from an archive', async ({ workbench: wb, page }) => {
  const archive = longProjectArchive();
  const transfer = new TransferPage(page, wb);
  await transfer.importFiles([{ name: 'long.crosscheck', buffer: archive.bytes }]);
  await transfer.planDialog.getByRole('button', { name: 'Open as a new project' }).click();
  await expect(wb.projectSelect.locator('option:checked')).toHaveText('Sample project (2)');

  // The library's counts come from the counts the archive's rows were given on the way in.
  await expect(wb.article(COALITION)).toContainText(`${archive.claimsIn002} claims`);
  await expect(wb.article(COALITION)).toContainText(`${archive.openIn002} open contradictions`);

  // The library draws the rows in view of its 203 articles; the last brief is reached by scrolling.
  await expect(wb.articles.first()).toHaveAttribute('aria-setsize', String(archive.articles));
  expect(await wb.articles.count()).toBeLessThan(archive.articles / 4);
  await wb.library.getByRole('list', { name: 'Articles' }).evaluate((el) => el.scrollTo({ top: 1e9, behavior: 'instant' }));
  await expect(wb.article('Brief 199')).toBeVisible();
  await wb.library.getByRole('list', { name: 'Articles' }).evaluate((el) => el.scrollTo({ top: 0, behavior: 'instant' }));

  await wb.openArticle(COALITION);
  const heading = wb.sidebar.getByRole('heading', { name: /Annotations/ });
  await expect(heading).toContainText(/\d+/);
  const total = Number((await heading.textContent())?.replace(/\D/g, ''));
  expect(total).toBeGreaterThan(archive.mentions);
  // Highlights are registered near the view only; what is in view is all painted.
  const inView = (await wb.painted()).filter((h) => h.inView);
  expect(inView.length).toBeGreaterThan(20);
  // Far fewer rows than annotations are drawn, each telling its place in the whole list.
  const drawn = await wb.annotations.count();
  expect(drawn).toBeGreaterThan(5);
  expect(drawn).toBeLessThan(total / 4);
  await expect(wb.annotations.first()).toHaveAttribute('aria-setsize', String(total));

  // J selects in text order; the selected row is drawn and in sight.
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  const selected = wb.sidebar.locator('[aria-selected="true"]');
  await expect(selected).toHaveAttribute('aria-posinset', '3');
  await expect(selected).toBeInViewport();

  // A highlight near the end of the article: its row, not drawn until now, is selected and scrolled to.
  const last = await wb.text.evaluate((el) => {
    el.closest('.reader-scroll')?.scrollTo({ top: 1e9, behavior: 'instant' });
    return el.closest('.reader-scroll')?.scrollTop ?? 0;
  });
  expect(last).toBeGreaterThan(0);
  const visible = (await wb.painted()).filter((h) => h.inView && h.kind === 'entity');
  const target = visible[visible.length - 1];
  if (!target) throw new Error('no highlight in view at the end of the article');
  await page.mouse.click(target.at.x, target.at.y);
  await expect(selected).toHaveAttribute('aria-posinset', /\d+/);
  expect(Number(await selected.getAttribute('aria-posinset'))).toBeGreaterThan(total / 2);
  await expect(selected).toBeInViewport();
  await expect(selected.locator('.quote')).toHaveText(target.text);
  if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/long-article.png` });

  // The review queue draws its rows in view too; End goes to the last link, drawn and in sight.
  await page.keyboard.press('g');
  await page.keyboard.press('r');
  const queue = page.getByRole('listbox', { name: 'Links' });
  await expect(queue.getByRole('option').first()).toHaveAttribute('aria-setsize', String(archive.links));
  expect(await queue.getByRole('option').count()).toBeLessThan(archive.links / 4);
  await queue.focus();
  await page.keyboard.press('End');
  const lastRow = queue.locator('[aria-selected="true"]');
  await expect(lastRow).toHaveAttribute('aria-posinset', String(archive.links));
  await expect(lastRow).toBeInViewport();
  await expect(queue).toHaveAttribute('aria-activedescendant', (await lastRow.getAttribute('id')) ?? '');
  // Both claims of the last link are painted, selected and in sight, in their articles.
  for (const pane of [page.getByRole('region', { name: "First claim's article" }), page.getByRole('region', { name: "Second claim's article" })]) {
    await expect.poll(async () => (await paintedHighlights(pane)).filter((h) => h.selected && h.inView).length).toBe(1);
  }
  if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/long-review.png` });
});
