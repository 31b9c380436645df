import { expect, test } from './fixtures';
import { TransferPage } from './pages/TransferPage';

// The bench found it: 200 files into an empty project opened an article whose editor was not
// mounted yet, TipTap threw on reading its view, and the whole window went blank.
test('200 files into an empty project, then a table of 2,000 rows: the window stays and says what it imported', async ({ workbench: wb, page }) => {
  const transfer = new TransferPage(page, wb);
  await wb.library.getByRole('button', { name: 'New' }).click();
  const create = page.getByRole('dialog', { name: 'New project' });
  await create.getByLabel('Project name').fill('Empty');
  await create.getByRole('button', { name: 'Create' }).click();
  await expect(wb.articles).toHaveCount(0);
  const files = Array.from({ length: 200 }, (_, i) => ({ name: `a${i}.txt`, mimeType: 'text/plain', buffer: Buffer.from(`Title ${i}\n\n${`Some text number ${i} about things. `.repeat(250)}`) }));
  await wb.importFiles(files);
  await expect(page.getByRole('status').filter({ hasText: 'Imported 200 articles' })).toBeVisible();
  const rows = ['title,text', ...Array.from({ length: 2000 }, (_, i) => `Row ${i},"Body number ${i} about the oil field and the strikes ${'x'.repeat(i % 50)}."`)];
  await transfer.importFiles([{ name: 'corpus.csv', buffer: Buffer.from(rows.join('\n')) }]);
  await page.getByRole('dialog', { name: 'Import the table corpus.csv' }).getByRole('button', { name: /^Read [\d,]+ rows$/ }).click();
  await transfer.planDialog.getByRole('button', { name: /^Import [\d,]+ articles$/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported 2,000 articles from corpus.csv' })).toBeVisible({ timeout: 30_000 });
  await expect(wb.library).toBeVisible();
});
