import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { discardStore } from './pages/discardStore';
import { storedRows } from './pages/storedRows';
import type { WorkbenchPage } from './pages/WorkbenchPage';

const COALITION = /^US-led coalition said it killed/;
const BACKED = /^Backed forces in Syria strike/;
const KILLED_100 = 'killed at least 100 pro-regime fighters';
const MONITOR_45 = 'only confirmed 45 dead among pro-regime forces';
const SOME_100 = 'Some 100 pro-regime forces were killed';

type Project = Record<'articles' | 'bodies' | 'annotations' | 'links' | 'entities' | 'tags' | 'kinds' | 'counted' | 'articleCounts', { id?: string; articleId?: string }[]>;

/** The project as stored, every row, in a stable order: what a restore must give back identically. */
async function project(page: Page): Promise<Project> {
  const rows = await storedRows<Project>(page, ['articles', 'bodies', 'annotations', 'links', 'entities', 'tags', 'kinds', 'counted', 'articleCounts']);
  for (const list of Object.values(rows)) list.sort((a, b) => String(a.id ?? a.articleId).localeCompare(String(b.id ?? b.articleId)));
  return rows;
}

/** A morning's work: claims in two articles, a note, an entity mention, and a contradiction between the articles. */
async function annotate(wb: WorkbenchPage, page: Page): Promise<void> {
  await wb.openArticle(COALITION);
  await wb.tagWithKey(KILLED_100, '1');
  await page.keyboard.press('n');
  await page.keyboard.type('Coalition figure');
  await page.keyboard.press('Escape');
  await wb.tagWithKey(MONITOR_45, '1');
  await wb.tagWithKey('Khasham', '5');
  await wb.openArticle(BACKED);
  await wb.tagWithKey(SOME_100, '1');
  await page.keyboard.press('l');
  const picker = page.getByRole('dialog', { name: 'Link this claim' });
  await page.keyboard.type('45');
  await picker.getByRole('option').first().click();
  await picker.getByRole('button', { name: /Contradicts/ }).click();
  await wb.expectSaved();
}

test('after the browser discards its store, the project is restored from its safety copy, identical', async ({ workbench: wb, page }) => {
  await annotate(wb, page);
  const before = await project(page);
  expect(before.annotations).toHaveLength(4);
  expect(before.links).toHaveLength(1);

  await discardStore(page);
  await page.reload();
  const dialog = page.getByRole('dialog', { name: 'Restore a lost project' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('list', { name: 'Lost projects' }).getByRole('listitem')).toHaveText([/Sample project/]);
  if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/restore-lost-project.png` });
  await dialog.getByRole('button', { name: 'Restore' }).click();
  await expect(dialog).toBeHidden();
  // The sample's import and each action since: no backup was taken yet, so the journal holds it all.
  await expect(page.getByRole('status').filter({ hasText: 'Restored' })).toHaveText(/Restored “Sample project” from \d+ changes since it was made\./);
  await expect(wb.articles).toHaveCount(3);
  expect(await project(page)).toEqual(before);

  // The restored project goes on being copied: another change, another discard, and it is all there.
  await wb.openArticle(COALITION);
  await wb.tagWithKey('Deir Ezzor', '4');
  await wb.expectSaved();
  const later = await project(page);
  // This time local storage goes too (a kill loses its last writes): still no new sample project beside the lost one.
  await discardStore(page);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByRole('dialog', { name: 'Restore a lost project' }).getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Restored' })).toBeVisible();
  await expect(wb.projectSelect.locator('option')).toHaveText(['Sample project']);
  expect(await project(page)).toEqual(later);
});

test('a restore starts from the last backup and replays what came after it; Not now asks again at the next start and from the library', async ({ workbench: wb, page }) => {
  await wb.openArticle(COALITION);
  await wb.tagWithKey(KILLED_100, '1');
  await wb.expectSaved();
  await wb.library.getByRole('button', { name: 'Backups…' }).click();
  const backups = page.getByRole('dialog', { name: 'Backups of “Sample project”' });
  await expect(backups.getByTestId('safety-copy-state')).toHaveText(/^Safety copy: on\./);
  await backups.getByRole('button', { name: 'Back up now' }).click();
  await expect(backups.getByRole('status')).toHaveText('Backed up.');
  await backups.getByRole('button', { name: 'Close' }).click();
  await wb.tagWithKey(MONITOR_45, '1');
  await wb.tagWithKey('Khasham', '5');
  await wb.expectSaved();
  const before = await project(page);

  await discardStore(page);
  await page.reload();
  const dialog = page.getByRole('dialog', { name: 'Restore a lost project' });
  const again = wb.library.getByRole('button', { name: 'Restore lost projects (1)…' });
  await dialog.getByRole('button', { name: 'Not now' }).click();
  await expect(dialog).toBeHidden();
  await expect(again).toBeVisible();
  // Asked again at the next start, and from the library whenever the analyst wants.
  await page.reload();
  await dialog.getByRole('button', { name: 'Not now' }).click();
  await again.click();
  await dialog.getByRole('button', { name: 'Restore' }).click();
  await expect(again).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Restored' })).toHaveText(/^Restored “Sample project” from its last backup and 2 changes after it\./);
  expect(await project(page)).toEqual(before);
});

test('every lost project is offered under its latest name, and one the analyst deleted is not', async ({ workbench: wb, page }) => {
  for (const name of ['Scratch', 'Gone']) {
    await wb.library.getByRole('button', { name: 'New' }).click();
    const create = page.getByRole('dialog', { name: 'New project' });
    await create.getByLabel('Project name').fill(name);
    await create.getByRole('button', { name: 'Create' }).click();
    await expect(wb.projectSelect.locator('option:checked')).toHaveText(name);
  }
  await wb.library.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('dialog', { name: 'Delete project' }).getByRole('button', { name: 'Delete project' }).click();
  await wb.projectSelect.selectOption({ label: 'Scratch' });
  await wb.library.getByRole('button', { name: 'Rename' }).click();
  const rename = page.getByRole('dialog', { name: 'Rename project' });
  await rename.getByLabel('Project name').fill('Scratch, renamed');
  await rename.getByLabel('Project name').press('Enter');
  await expect(wb.projectSelect.locator('option')).toHaveText(['Sample project', 'Scratch, renamed']);
  await wb.expectSaved();

  await discardStore(page);
  await page.reload();
  const many = page.getByRole('dialog', { name: 'Restore lost projects' });
  await expect(many.getByRole('list', { name: 'Lost projects' }).getByRole('listitem')).toHaveText([/^Sample project/, /^Scratch, renamed/]);
  await many.getByRole('listitem').filter({ hasText: 'Scratch, renamed' }).getByRole('button', { name: 'Restore' }).click();
  const one = page.getByRole('dialog', { name: 'Restore a lost project' });
  await expect(one.getByRole('listitem')).toHaveText([/^Sample project/]);
  await one.getByRole('button', { name: 'Restore' }).click();
  await expect(one).toBeHidden();
  await expect(wb.projectSelect.locator('option')).toHaveText(['Sample project', 'Scratch, renamed']);
});
