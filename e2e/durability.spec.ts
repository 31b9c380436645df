import { expect, test } from './fixtures';
import { storedRows } from './pages/storedRows';

const COALITION = /^US-led coalition said it killed/;
const KILLED_100 = 'killed at least 100 pro-regime fighters';

test('a note typed just before a reload shows Saving; the reload asks first, and staying stores it', async ({ workbench: wb, page }) => {
  await wb.openArticle(COALITION);
  await wb.tagWithKey(KILLED_100, '1');
  await wb.expectSaved();
  await page.keyboard.press('n');
  await page.keyboard.type('Typed a moment before the reload');
  // Within the autosave delay: the edit is pending, and the status bar says so.
  await expect(wb.saveState).toHaveText('Saving…');
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.type());
    void d.dismiss();
  });
  // A reload while the note waits: the browser asks, the analyst stays, and the note is stored.
  await page.evaluate(() => setTimeout(() => location.reload(), 0));
  await expect.poll(() => dialogs).toEqual(['beforeunload']);
  await wb.expectSaved();
  await page.reload();
  await expect(wb.library).toBeVisible();
  expect(dialogs).toEqual(['beforeunload']);
  expect((await wb.storedAnnotations()).map((a) => a.note)).toEqual(['Typed a moment before the reload']);
});

test('closing the tab while a note is still being written asks first; staying stores it, and then it closes without asking', async ({ workbench: wb, page, context }) => {
  await wb.openArticle(COALITION);
  await wb.tagWithKey(KILLED_100, '1');
  await wb.expectSaved();
  await page.keyboard.press('n');
  await page.keyboard.type('Typed a moment before closing');
  const dialogs: string[] = [];
  // The analyst chooses to stay the first time.
  page.on('dialog', (d) => {
    dialogs.push(d.type());
    void (dialogs.length === 1 ? d.dismiss() : d.accept());
  });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => dialogs).toEqual(['beforeunload']);
  await wb.expectSaved();
  const closed = page.waitForEvent('close');
  await page.close({ runBeforeUnload: true });
  await closed;
  expect(dialogs).toEqual(['beforeunload']);
  const again = await context.newPage();
  await again.goto('/');
  await expect(again.getByRole('complementary', { name: 'Library' })).toBeVisible();
  const { annotations } = await storedRows<{ annotations: { note: string }[] }>(again, ['annotations']);
  const notes = annotations.map((r) => r.note);
  expect(notes).toEqual(['Typed a moment before closing']);
});

test('two tabs opened together on a first start make one sample project', async ({ browser }) => {
  const context = await browser.newContext();
  const [a, b] = await Promise.all([context.newPage(), context.newPage()]);
  await Promise.all([a.goto('/'), b.goto('/')]);
  for (const p of [a, b]) await expect(p.getByRole('complementary', { name: 'Library' }).getByRole('list', { name: 'Articles' }).getByRole('listitem')).toHaveCount(3);
  await b.reload();
  await expect(b.getByLabel('Project', { exact: true }).locator('option')).toHaveText(['Sample project']);
  await context.close();
});

test('a backup restores as a new project identical to the project it was taken of', async ({ workbench: wb, page }) => {
  await wb.openArticle(COALITION);
  await wb.tagWithKey(KILLED_100, '1');
  await wb.expectSaved();
  await wb.library.getByRole('button', { name: 'Backups…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Backups of “Sample project”' });
  await dialog.getByRole('button', { name: 'Back up now' }).click();
  await expect(dialog.getByRole('status')).toHaveText(/Backed up\.|Nothing changed since the last backup\./);
  const rows = dialog.getByRole('list', { name: 'Backups' }).getByRole('listitem');
  await expect(rows.first()).toContainText('3 articles, 1 annotation, 0 links');
  if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/backups.png` });
  await rows.first().getByRole('button', { name: 'Restore' }).click();
  await expect(dialog).toBeHidden();
  await expect(wb.projectSelect.locator('option:checked')).toHaveText(/^Sample project \(backup \d{4}-\d\d-\d\d \d\d:\d\d UTC\)$/);
  await wb.openArticle(COALITION);
  await expect(wb.annotations).toHaveText([new RegExp(KILLED_100)]);
  await expect(wb.projectSelect.locator('option')).toHaveCount(2);
});

test('a newer Crosscheck upgrading the project in another tab: this tab steps aside, says why, and keeps what it saved', async ({ workbench: wb, page }) => {
  await wb.openArticle(COALITION);
  await wb.tagWithKey(KILLED_100, '1');
  await wb.expectSaved();
  // Another tab of the same browser opens the project's database at a newer schema version, as a newer build would.
  const other = await page.context().newPage();
  await other.goto('/');
  const upgraded = await other.evaluate(async () => {
    const name = `crosscheck-project-${localStorage.getItem('crosscheck.currentProject') ?? ''}`;
    const found = (await indexedDB.databases()).find((d) => d.name === name);
    return new Promise<number>((resolve, reject) => {
      const req = indexedDB.open(name, (found?.version ?? 0) + 10);
      req.onupgradeneeded = () => undefined;
      req.onsuccess = () => {
        const v = req.result.version;
        req.result.close();
        resolve(v);
      };
      // This tab's own app holds the database too: it must step aside as well, or this waits.
      req.onblocked = () => undefined;
      req.onerror = () => reject(req.error);
    });
  });
  expect(upgraded).toBeGreaterThan(50);
  await expect(page.getByText(/was opened by a newer version of Crosscheck in another window, which upgraded it\. Reload this window/)).toBeVisible();
  const { annotations } = await storedRows<{ annotations: { quotes: { exact: string }[] }[] }>(page, ['annotations']);
  expect(annotations.map((a) => a.quotes[0]?.exact)).toEqual([KILLED_100]);
  await other.close();
});
