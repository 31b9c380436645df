import { expect, test } from './fixtures';
import type { Locator, Page } from '@playwright/test';
import { paintedHighlights } from './pages/paintedHighlights';
import { WorkbenchPage } from './pages/WorkbenchPage';

const COALITION = /^US-led coalition said it killed/;
const BACKED = /^Backed forces in Syria strike/;
const KILLED_100 = 'killed at least 100 pro-regime fighters';
const MONITOR_45 = 'only confirmed 45 dead among pro-regime forces';
const SOME_100 = 'Some 100 pro-regime forces were killed';

/** `npm run screenshots` keeps these in docs/ for the README. */
async function shot(page: Page, name: string): Promise<void> {
  if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/${name}.png` });
}

test('an analyst links claims across articles, follows a link, and deletes a linked claim with its links', async ({ workbench: wb, page }) => {
  await wb.openArticle(COALITION);
  await wb.tagWithKey(KILLED_100, '1');
  await wb.tagWithKey(MONITOR_45, '1');
  await wb.tagWithKey('Khasham', '5');
  await wb.openArticle(BACKED);
  await wb.tagWithKey(SOME_100, '1');
  await wb.expectSaved();

  // 003's claim is selected: L, find the coalition's claim by typing, Enter, 3 = same claim. Keys only.
  await page.keyboard.press('l');
  const picker = page.getByRole('dialog', { name: 'Link this claim' });
  await expect(picker).toBeVisible();
  await expect(picker.getByRole('option')).toHaveCount(2);
  await page.keyboard.type('45');
  await expect(picker.getByRole('option')).toHaveText([new RegExp(MONITOR_45)]);
  await page.keyboard.press('Control+a');
  await page.keyboard.type('fighters afp');
  await expect(picker.getByRole('option')).toHaveCount(2);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  const active = picker.getByRole('option', { selected: true });
  await expect(active).toContainText(KILLED_100);
  await expect(active).toContainText('US-led coalition said it killed at least 100 pro-regime fighters · AFP · 2018-02-08');
  await shot(page, 'link-picker');
  await page.keyboard.press('Enter');
  await expect(picker.getByRole('group', { name: 'Link type' })).toBeVisible();
  await shot(page, 'link-types');
  await page.keyboard.press('3');
  await expect(picker).toBeHidden();
  await expect(wb.reader.getByRole('status')).toContainText(`Linked: same claim “${KILLED_100}”`);
  const links = wb.sidebar.getByRole('region', { name: 'Links' });
  await expect(links.getByRole('listitem')).toHaveText([/same claim.*killed at least 100 pro-regime fighters.*US-led coalition said it killed/]);
  await expect.poll(async () => (await wb.painted()).filter((h) => h.linked).map((h) => h.text)).toEqual([SOME_100]);

  // The monitor's 45 contradicts both, made with the mouse.
  await wb.openArticle(COALITION);
  await wb.annotation(MONITOR_45).click();
  await wb.sidebar.getByRole('button', { name: /Link…/ }).click();
  await picker.getByRole('option').filter({ hasText: SOME_100 }).click();
  await picker.getByRole('button', { name: /Contradicts/ }).click();
  await expect(picker).toBeHidden();
  await page.keyboard.press('l');
  await picker.getByRole('option').filter({ hasText: KILLED_100 }).click();
  await picker.getByRole('button', { name: /Contradicts/ }).click();
  await expect(picker).toBeHidden();

  // Refusals: the same link again, and a link to an entity mention.
  await page.keyboard.press('l');
  await picker.getByRole('option').filter({ hasText: KILLED_100 }).click();
  await page.keyboard.press('1');
  await expect(picker.getByRole('alert')).toHaveText('These two claims are already linked as contradicts.');
  await page.keyboard.press('Escape');
  await expect(picker).toBeHidden();
  await wb.annotation('Khasham').click();
  await page.keyboard.press('l');
  await expect(wb.reader.getByRole('status')).toContainText('Links join claims; this is a location mention');
  await expect(picker).toBeHidden();

  await wb.expectSaved();
  await expect(wb.article(COALITION)).toContainText('2 open contradictions');
  await expect(wb.article(BACKED)).toContainText('1 open contradiction');
  await wb.annotation(MONITOR_45).click();
  await expect(links.getByRole('listitem')).toHaveCount(2);
  await shot(page, 'sidebar-links');

  // Follow a link: the other article opens, scrolled to its claim, selected.
  await links.getByRole('listitem').filter({ hasText: SOME_100 }).getByRole('button', { name: new RegExp(SOME_100) }).click();
  await expect(wb.reader.getByRole('heading', { level: 1 })).toHaveText(BACKED);
  await expect(wb.annotation(SOME_100)).toHaveAttribute('aria-selected', 'true');
  await expect.poll(async () => (await wb.painted()).filter((h) => h.selected).map((h) => [h.text, h.inView])).toEqual([[SOME_100, true]]);
  await expect(links.getByRole('listitem')).toHaveText([/same claim.*killed at least 100/, /contradicts.*only confirmed 45/]);

  // Delete a linked claim: the question counts its links; undo brings the claim and both links back.
  await page.keyboard.press('Delete');
  const ask = page.getByRole('dialog', { name: 'Delete annotation' });
  await expect(ask).toContainText('This claim has 2 links to other claims. Delete it and its links?');
  await ask.getByRole('button', { name: 'Delete' }).click();
  await expect(wb.annotations).toHaveCount(0);
  await wb.expectSaved();
  await expect(wb.article(COALITION)).toContainText('1 open contradiction');
  await page.keyboard.press('Control+z');
  await expect(wb.annotations).toHaveCount(1);
  await wb.annotation(SOME_100).click();
  await expect(links.getByRole('listitem')).toHaveCount(2);
  await wb.expectSaved();

  await page.reload();
  await expect(wb.article(COALITION)).toContainText('2 open contradictions');
  await wb.annotation(SOME_100).click();
  await expect(links.getByRole('listitem')).toHaveCount(2);
});

/** The issue's three claims and links, made quickly: 45 contradicts both hundreds; 003's hundred is the same claim as the coalition's. */
async function linkTheSample(wb: WorkbenchPage): Promise<void> {
  const { page } = wb;
  const picker = page.getByRole('dialog', { name: 'Link this claim' });
  await wb.openArticle(BACKED);
  await wb.tagWithKey(SOME_100, '1');
  await wb.openArticle(COALITION);
  await wb.tagWithKey(KILLED_100, '1');
  await page.keyboard.press('l');
  await picker.getByRole('option').filter({ hasText: SOME_100 }).click();
  await page.keyboard.press('3');
  await wb.tagWithKey(MONITOR_45, '1');
  for (const target of [KILLED_100, SOME_100]) {
    await page.keyboard.press('l');
    await picker.getByRole('option').filter({ hasText: target }).click();
    await page.keyboard.press('1');
    await expect(picker).toBeHidden();
  }
  await wb.expectSaved();
}

test('the review shows both claims side by side; verdicts by key move the queue on, undo takes one back, and it all survives a reload', async ({
  workbench: wb,
  page,
}) => {
  await linkTheSample(wb);
  await page.keyboard.press('g');
  await page.keyboard.press('r');
  const queue = page.getByRole('listbox', { name: 'Links' });
  const rows = queue.getByRole('option');
  const statuses = () => rows.locator('.link-status').allTextContents();
  await expect(rows).toHaveCount(3);
  // Same dates: the queue keeps the order the links were made in.
  await expect(rows.nth(0)).toContainText('Same claim');
  await expect(rows.nth(0)).toHaveAttribute('aria-selected', 'true');
  const first = page.getByRole('region', { name: "First claim's article" });
  const second = page.getByRole('region', { name: "Second claim's article" });
  const selectedIn = async (pane: Locator) => (await paintedHighlights(pane)).filter((h) => h.selected).map((h) => [h.text, h.inView]);
  await expect.poll(() => selectedIn(first)).toEqual([[KILLED_100, true]]);
  await expect.poll(() => selectedIn(second)).toEqual([[SOME_100, true]]);
  await expect(page.getByRole('region', { name: 'Verdict' })).toContainText('Backed forces in Syria strike pro-regime militants, killing at least 100');
  await shot(page, 'review');

  // J to the 45-against-100 contradiction; X then 1 explains it (different time); the queue moves on.
  await page.keyboard.press('j');
  await expect(rows.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect.poll(() => selectedIn(first)).toEqual([[MONITOR_45, true]]);
  await page.keyboard.press('x');
  await expect(page.getByRole('group', { name: 'Reason' })).toContainText('Different time');
  await page.keyboard.press('1');
  await expect.poll(statuses).toEqual(['Candidate', 'Explained', 'Candidate']);
  await expect(rows.nth(2)).toHaveAttribute('aria-selected', 'true');

  // R by mistake on the last one; Ctrl+Z takes the verdict back.
  await page.keyboard.press('r');
  await expect.poll(statuses).toEqual(['Candidate', 'Explained', 'Rejected']);
  await page.keyboard.press('Control+z');
  await expect.poll(statuses).toEqual(['Candidate', 'Explained', 'Candidate']);
  await rows.nth(1).click();
  await page.getByLabel('Rationale').fill('SOHR counts confirmed dead only, a day earlier.');
  await page.getByLabel('Rationale').blur();
  // Filter to what was explained; the place in the queue is kept across a reload.
  await page.getByRole('radiogroup', { name: 'Status' }).getByText('Explained').click();
  await expect(rows).toHaveCount(1);
  await wb.expectSaved();

  await page.reload();
  await expect(wb.article(COALITION)).toContainText('1 open contradiction');
  await expect(wb.article(BACKED)).toContainText('1 open contradiction');
  await page.getByRole('button', { name: /Review links/ }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveAttribute('aria-selected', 'true');
  await expect(rows.first()).toContainText(MONITOR_45);
  await expect(page.getByLabel('Rationale')).toHaveValue('SOHR counts confirmed dead only, a day earlier.');

  // Show in article: back in the reader, on the claim.
  await page.getByRole('group', { name: 'First claim' }).getByRole('button', { name: 'Show in article' }).click();
  await expect(wb.annotation(MONITOR_45)).toHaveAttribute('aria-selected', 'true');
  await expect(wb.sidebar.getByRole('region', { name: 'Links' })).toContainText('Explained');
});

test('an empty review says how to make the first link', async ({ workbench: wb, page }) => {
  await page.keyboard.press('g');
  await page.keyboard.press('r');
  await expect(page.getByText('No links yet. Select a claim and press L to link it.')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(wb.library).toBeVisible();
});

test('a project adds its own link type, links with its key, and cannot delete it while a link uses it', async ({ workbench: wb, page }) => {
  await wb.openArticle(COALITION);
  await wb.tagWithKey(KILLED_100, '1');
  await wb.tagWithKey(MONITOR_45, '1');
  await page.keyboard.press('l');
  const picker = page.getByRole('dialog', { name: 'Link this claim' });
  // Enter takes the highlighted claim: the analyst presses it once the list shows one.
  await expect(picker.getByRole('option', { selected: true })).toBeVisible();
  await page.keyboard.press('Enter');
  await picker.getByText('New link type…').click();
  await picker.getByLabel('Name of the new link type').fill('Revises count');
  await picker.getByLabel('directed').check();
  await picker.getByRole('button', { name: 'Add' }).click();
  await expect(picker.getByRole('button', { name: /^5 Revises count/ })).toBeVisible();
  await picker.getByRole('group', { name: 'Link type' }).press('5');
  await expect(picker).toBeHidden();
  const links = wb.sidebar.getByRole('region', { name: 'Links' });
  await expect(links.getByRole('listitem')).toHaveText([/revises count →.*killed at least 100/]);

  await page.keyboard.press('l');
  await expect(picker.getByRole('option', { selected: true })).toBeVisible();
  await page.keyboard.press('Enter');
  await picker.getByRole('button', { name: 'Delete the link type Revises count' }).click();
  await expect(picker.getByRole('alert')).toHaveText('1 link has the type Revises count; give it another type first.');
});

test('a link made in one window shows in the other without a reload, in the sidebar, the library and the review', async ({ workbench: wb, page, context }) => {
  await wb.openArticle(COALITION);
  await wb.tagWithKey(KILLED_100, '1');
  await wb.tagWithKey(MONITOR_45, '1');
  await wb.expectSaved();
  const other = new WorkbenchPage(await context.newPage());
  await other.goto();
  await other.openArticle(COALITION);
  await other.annotation(MONITOR_45).click();
  await other.page.keyboard.press('l');
  await other.page.getByRole('dialog', { name: 'Link this claim' }).getByRole('option').filter({ hasText: KILLED_100 }).click();
  await other.page.keyboard.press('1');
  await other.expectSaved();

  await wb.annotation(KILLED_100).click();
  await expect(wb.sidebar.getByRole('region', { name: 'Links' }).getByRole('listitem')).toHaveText([/contradicts.*only confirmed 45/]);
  await expect(wb.article(COALITION)).toContainText('1 open contradiction');
  await page.keyboard.press('g');
  await page.keyboard.press('r');
  await expect(page.getByRole('listbox', { name: 'Links' }).getByRole('option')).toHaveCount(1);
  // A verdict given here reaches the other window's sidebar.
  await page.keyboard.press('c');
  await expect(other.sidebar.getByRole('region', { name: 'Links' }).getByLabel('Link status')).toHaveValue('confirmed');
});

test('the claim to link to can be clicked in another article opened beside the first', async ({ workbench: wb, page }) => {
  await wb.openArticle(COALITION);
  await wb.tagWithKey(KILLED_100, '1');
  await wb.tagWithKey('Khasham', '5');
  await wb.openArticle(BACKED);
  await wb.tagWithKey(SOME_100, '1');
  await page.keyboard.press('l');
  const picker = page.getByRole('dialog', { name: 'Link this claim' });
  await picker.getByRole('button', { name: /open another article beside this one/ }).click();
  await expect(picker).toBeHidden();
  const beside = page.getByRole('region', { name: 'Article beside' });
  await expect(beside.getByLabel('Article to open beside')).toHaveValue(/.+/);
  await expect(beside.getByLabel('Article to open beside').locator('option:checked')).toHaveText(COALITION);
  // Only claims show there; clicking one asks for the type.
  await expect.poll(async () => (await paintedHighlights(beside)).map((h) => h.text)).toEqual([KILLED_100]);
  await shot(page, 'link-beside');
  const [claim] = await paintedHighlights(beside);
  await page.mouse.click(claim?.at.x ?? 0, claim?.at.y ?? 0);
  await expect(picker.getByRole('group', { name: 'Link type' })).toBeVisible();
  await expect(picker).toContainText(`to ${KILLED_100}`);
  await page.keyboard.press('3');
  await expect(picker).toBeHidden();
  await expect(beside).toBeHidden();
  await expect(wb.sidebar.getByRole('region', { name: 'Links' }).getByRole('listitem')).toHaveText([/same claim.*killed at least 100/]);

  // Esc leaves the article beside without linking.
  await page.keyboard.press('l');
  await picker.getByRole('button', { name: /open another article beside this one/ }).click();
  await expect(beside).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(beside).toBeHidden();
  await expect(picker).toBeHidden();
});
