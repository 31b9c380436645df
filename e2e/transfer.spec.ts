import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { TransferPage } from './pages/TransferPage';

const COALITION = /^US-led coalition said it killed/;
const KILLED_100 = 'killed at least 100 pro-regime fighters';

test('a project archive exported from the app opens as a new project, and merges into one without doubling anything', async ({ workbench: wb, page }) => {
  const transfer = new TransferPage(page, wb);
  await wb.openArticle(COALITION);
  await wb.tagWithKey(KILLED_100, '1');
  await wb.expectSaved();

  const saved = await transfer.exportAs(/Project archive/);
  expect(saved.name).toBe('Sample project.crosscheck');
  const bytes = readFileSync(saved.path);

  // Merging into the project it came from: everything is already there.
  await transfer.importFiles([{ name: saved.name, buffer: bytes }]);
  await expect(transfer.planDialog).toContainText('“Sample project”: 3 articles, 1 annotation, 0 links, 0 entities.');
  await expect(transfer.planDialog).toContainText('Everything in it is already in “Sample project”.');
  await expect(transfer.planDialog.getByRole('button', { name: /^Merge into/ })).toHaveCount(0);

  await transfer.planDialog.getByRole('button', { name: 'Open as a new project' }).click();
  await expect(wb.projectSelect.locator('option:checked')).toHaveText('Sample project (2)');
  await wb.openArticle(COALITION);
  await expect(wb.annotations).toHaveText([new RegExp(KILLED_100)]);

  await page.reload();
  await expect(wb.projectSelect.locator('option:checked')).toHaveText('Sample project (2)');
});

test('a file that is not a project archive is refused with what is wrong, and nothing is imported', async ({ workbench: wb, page }) => {
  const transfer = new TransferPage(page, wb);
  const broken = JSON.stringify({ format: 'crosscheck-project', version: 1, project: { name: 'x', articles: [{ id: 'a' }] } });
  await transfer.importFiles([{ name: 'broken.json', buffer: Buffer.from(broken) }]);
  await expect(transfer.planDialog.getByRole('heading')).toHaveText('broken.json cannot be imported');
  await expect(transfer.reportRows().first()).toHaveText('Error broken.json, articles[0].title: should be text, not missing');
  await transfer.planDialog.getByRole('button', { name: 'Close' }).click();
  await expect(wb.projectSelect.locator('option')).toHaveCount(1);
});
