import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { TransferPage } from './pages/TransferPage';

async function shot(page: Page, name: string): Promise<void> {
  if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/${name}.png` });
}

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
  await shot(page, 'import-archive');
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

test('a corpus table imports with a column mapping: its encoding detected, its duplicates and empty rows reported by line', async ({ workbench: wb, page }) => {
  const transfer = new TransferPage(page, wb);
  await transfer.importFiles([{ name: 'news-1252.csv', buffer: readFileSync('e2e/data/news-1252.csv') }]);
  const mapping = page.getByRole('dialog', { name: 'Import the table news-1252.csv' });
  await expect(mapping).toBeVisible();
  await expect(mapping.getByRole('combobox', { name: 'Encoding' })).toHaveValue('windows-1252');
  // Guessed from the names: body is the text, headline the title, publisher the outlet.
  await expect(mapping.getByRole('combobox', { name: 'Column for the text' })).toHaveValue('body');
  await expect(mapping.getByRole('combobox', { name: 'Column for the title' })).toHaveValue('headline');
  await expect(mapping.getByRole('combobox', { name: 'Column for the outlet' })).toHaveValue('publisher');
  await expect(mapping.getByRole('table', { name: 'First rows as they will be read' })).toContainText('Café owners “worried”');
  await shot(page, 'table-mapping');
  await mapping.getByRole('button', { name: /^Read \d+ rows$/ }).click();

  await expect(transfer.planDialog).toContainText('2 articles from');
  await shot(page, 'import-report');
  // Lines are the file's own: the first row's text runs over lines 2 and 3.
  await expect(transfer.reportRows()).toHaveText([
    'Skipped news-1252.csv, line 5: the text is the same as on line 2; skipped',
    'Skipped news-1252.csv, line 8: the text column (“body”) is empty; skipped',
    'Note news-1252.csv, line 4: the date “08/02/2018” could be 8 February or 2 August 2018, and no other date in the column settles which; the date is left empty',
  ]);
  await transfer.planDialog.getByRole('button', { name: 'Import 2 articles' }).click();
  await expect(wb.article('Café owners “worried”')).toHaveCount(1);
  await expect(wb.article('Strikes near Khasham')).toContainText('AFP · 2018-02-08');
  await expect(wb.articles).toHaveCount(5);
});

test('every format exports from the app; W3C comes back onto the same project and brat opens in a new one, with the same annotations', async ({ workbench: wb, page }) => {
  const transfer = new TransferPage(page, wb);
  const MONITOR_45 = 'only confirmed 45 dead among pro-regime forces';
  await wb.openArticle(COALITION);
  await wb.tagWithKey(KILLED_100, '1');
  await wb.tagWithKey(MONITOR_45, '1');
  await wb.tagWithKey('Khasham', '5');
  await wb.annotation(KILLED_100).click();
  await page.keyboard.press('l');
  const picker = page.getByRole('dialog', { name: 'Link this claim' });
  await picker.getByRole('option').filter({ hasText: MONITOR_45 }).click();
  await picker.getByRole('button', { name: /Contradicts/ }).click();
  await wb.expectSaved();
  const before = (await wb.storedAnnotations()).map((a) => `${a.tag}|${a.exact}|${a.start}`).sort();
  expect(before).toHaveLength(3);

  const files = new Map<string, { path: string; name: string }>();
  for (const [label, name] of [
    [/^W3C Web Annotation/, 'Sample project.jsonld'],
    [/^brat standoff/, 'Sample project.zip'],
    [/^CoNLL-2003/, 'Sample project.conll'],
    [/^Claim pairs/, 'Sample project.jsonl'],
    [/^Review queue/, 'Sample project.csv'],
  ] as const) {
    const saved = await transfer.exportAs(label);
    expect(saved.name).toBe(name);
    files.set(name, saved);
  }
  const text = (name: string) => readFileSync((files.get(name) as { path: string }).path, 'utf8');
  expect(text('Sample project.conll')).toMatch(/^Khasham _ _ B-Location$/m);
  expect(JSON.parse(text('Sample project.jsonl').trim())).toMatchObject({ type: 'contradicts', a: { text: KILLED_100 }, b: { text: MONITOR_45 } });
  expect(text('Sample project.csv').startsWith('\uFEFF')).toBe(true);

  // Undo everything, then the W3C file puts it back: same tags, same places, the link too.
  await wb.sidebar.getByRole('heading', { name: /Annotations/ }).click();
  for (let i = 0; i < 4; i++) await page.keyboard.press('Control+z');
  await wb.expectSaved();
  expect(await wb.storedAnnotations()).toEqual([]);
  const w3c = files.get('Sample project.jsonld') as { path: string; name: string };
  await transfer.importFiles([{ name: w3c.name, buffer: readFileSync(w3c.path) }]);
  await expect(transfer.planDialog).toContainText('3 annotations, 1 link and 0 entities onto the articles of “Sample project”.');
  await transfer.planDialog.getByRole('button', { name: 'Import 3 annotations and 1 link' }).click();
  await wb.expectSaved();
  expect((await wb.storedAnnotations()).map((a) => `${a.tag}|${a.exact}|${a.start}`).sort()).toEqual(before);
  expect(await wb.storedLinks()).toEqual([`contradicts|${KILLED_100}|${MONITOR_45}`]);

  // brat opens in an empty project: the documents come with their annotations.
  await wb.library.getByRole('button', { name: 'New' }).click();
  const create = page.getByRole('dialog', { name: 'New project' });
  await create.getByRole('textbox').fill('From brat');
  await create.getByRole('button', { name: 'Create' }).click();
  await expect(wb.projectSelect.locator('option:checked')).toHaveText('From brat');
  const brat = files.get('Sample project.zip') as { path: string; name: string };
  await transfer.importFiles([{ name: brat.name, buffer: readFileSync(brat.path) }]);
  await expect(transfer.planDialog).toContainText('3 documents with 3 annotations, 1 link and 0 entities.');
  await transfer.planDialog.getByRole('button', { name: 'Import 3 documents' }).click();
  await expect(wb.articles).toHaveCount(3);
  await wb.openArticle(COALITION);
  await expect(wb.annotations).toHaveCount(3);
});
