import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

const payload = readFileSync(new URL('./data/payload.html', import.meta.url));

test('an imported HTML article with script, handler and remote payloads runs and loads nothing', async ({ workbench: wb, page }) => {
  const remote: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/remote/')) remote.push(r.url());
  });
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });

  await wb.importFiles([{ name: 'khasham.html', mimeType: 'text/html', buffer: payload }]);
  await expect(page.getByRole('status').filter({ hasText: 'Imported 1 article.' })).toBeVisible();
  await expect(wb.articles).toHaveCount(4);
  const row = wb.article(/^Strikes near Khasham: what we know/);
  await expect(row).toContainText('The Test Gazette · 2018-02-09');

  await wb.openArticle(/^Strikes near Khasham: what we know/);
  await expect(wb.text).toContainText('Coalition aircraft struck pro-regime forces near Khasham on Wednesday night.');
  await expect(wb.text).toContainText('Officials said about 100 fighters were killed.');
  await expect(wb.text).toContainText('The SDF reported one injury.');
  await expect(wb.text).not.toContainText('Home | World');
  await expect(wb.text).not.toContainText('inline script ran');
  await expect(wb.text.locator('script, img, iframe, svg, object, form, math, [onclick], [onerror], [href]')).toHaveCount(0);

  // Click everything a payload could hang off, then look for any sign it ran.
  await wb.text.getByText('Russia said').click();
  await wb.text.getByText('about 100').click();
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
  expect(remote).toEqual([]);
  expect(dialogs).toBe(0);

  // The article is annotatable like any other.
  await wb.tagWithKey('pro-regime forces', '4');
  await expect.poll(() => wb.annotationRows()).toEqual([['Group', 'pro-regime forces']]);
});

test('a batch with unreadable files imports the rest only when the analyst says so, or nothing', async ({ workbench: wb, page }) => {
  const good = [
    { name: 'crlf.txt', mimeType: 'text/plain', buffer: Buffer.from('\uFEFFOil field retaken\r\n\r\nThe SDF said on Sunday.\r\nA second line.\r\n') },
    { name: 'brief.md', mimeType: 'text/markdown', buffer: Buffer.from('# Deir Ezzor brief\n\nThe *coalition* said **100** were killed.\n\n- one\n- two\n') },
  ];
  const bad = [
    { name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n') },
    { name: 'latin1.txt', mimeType: 'text/plain', buffer: Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]) },
    { name: 'empty.md', mimeType: 'text/markdown', buffer: Buffer.alloc(0) },
    { name: 'binary.txt', mimeType: 'text/plain', buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]) },
  ];

  await wb.importFiles([...good, ...bad]);
  const dialog = page.getByRole('dialog', { name: '4 files cannot be imported' });
  await expect(dialog).toBeVisible();
  const problems = dialog.getByRole('list', { name: 'Import problems' }).getByRole('listitem');
  await expect(problems).toHaveText([
    'scan.pdf: files of type "pdf" cannot be imported; use .txt, .md or .html.',
    'latin1.txt: it is not UTF-8 text (save it as UTF-8 and import again).',
    'empty.md: the file is empty.',
    'binary.txt: it is a binary file, not text.',
  ]);

  // "Import nothing" leaves the project as it was.
  await dialog.getByRole('button', { name: 'Import nothing' }).click();
  await expect(wb.articles).toHaveCount(3);

  await wb.importFiles([...good, ...bad]);
  await page.getByRole('button', { name: 'Import the other 2' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported 2 articles; 4 skipped.' })).toBeVisible();
  await expect(wb.articles).toHaveCount(5);

  await wb.openArticle(/^Oil field retaken/);
  // The headline is the title, shown once above the text; BOM gone, CRLF now LF: the paragraph keeps its line break.
  await expect(wb.reader.getByRole('heading', { level: 1 })).toHaveText('Oil field retaken');
  await expect(wb.text.locator('p')).toHaveText(['The SDF said on Sunday.\nA second line.']);
  await wb.openArticle(/^Deir Ezzor brief/);
  await expect(wb.reader.getByRole('heading', { name: 'Deir Ezzor brief' })).toHaveCount(1);
  await expect(wb.text.locator('h1')).toHaveCount(0);
  await expect(wb.text.locator('em')).toHaveText('coalition');
  await expect(wb.text.locator('li')).toHaveText(['one', 'two']);

  // The same files again are recognised as already in the project.
  await wb.importFiles(good);
  await expect(page.getByRole('dialog', { name: '2 files cannot be imported' })).toContainText('the project already has this text as "Oil field retaken"');
});

test('files dropped on the library are imported', async ({ workbench: wb, page }) => {
  const transfer = await page.evaluateHandle(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['Dropped report\n\nThe SDF held the field.'], 'dropped.txt', { type: 'text/plain' }));
    return dt;
  });
  await wb.library.dispatchEvent('dragover', { dataTransfer: transfer });
  await expect(wb.library).toHaveClass(/dropping/);
  await wb.library.dispatchEvent('drop', { dataTransfer: transfer });
  await expect(page.getByRole('status').filter({ hasText: 'Imported 1 article.' })).toBeVisible();
  await expect(wb.article(/^Dropped report/)).toBeVisible();
  await expect(wb.library).not.toHaveClass(/dropping/);
});
