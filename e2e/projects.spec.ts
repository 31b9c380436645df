import { expect, test } from './fixtures';

test('an analyst creates, renames, switches and deletes projects', async ({ workbench: wb, page }) => {
  await expect(wb.projectSelect.locator('option:checked')).toHaveText('Sample project');

  await wb.library.getByRole('button', { name: 'New' }).click();
  const create = page.getByRole('dialog', { name: 'New project' });
  await create.getByRole('button', { name: 'Create' }).click();
  await expect(create.getByRole('alert')).toHaveText('A project needs a name.');
  await create.getByLabel('Project name').fill('Khasham strikes');
  await create.getByRole('button', { name: 'Create' }).click();
  await expect(create).toBeHidden();
  await expect(wb.projectSelect.locator('option:checked')).toHaveText('Khasham strikes');
  await expect(wb.articles).toHaveCount(0);
  await expect(wb.library).toContainText('No articles yet');

  await wb.library.getByRole('button', { name: 'Rename' }).click();
  const rename = page.getByRole('dialog', { name: 'Rename project' });
  await rename.getByLabel('Project name').fill('Khasham, Feb 2018');
  await rename.getByLabel('Project name').press('Enter');
  await expect(wb.projectSelect.locator('option:checked')).toHaveText('Khasham, Feb 2018');

  // Switching back shows the sample's articles and the article that was open there.
  await wb.projectSelect.selectOption({ label: 'Sample project' });
  await expect(wb.articles).toHaveCount(3);
  await wb.openArticle(/^US-backed militias/);
  await wb.projectSelect.selectOption({ label: 'Khasham, Feb 2018' });
  await expect(wb.articles).toHaveCount(0);
  await wb.projectSelect.selectOption({ label: 'Sample project' });
  await expect(wb.reader.getByRole('heading', { level: 1 })).toHaveText(/^US-backed militias/);

  // Delete asks first; Cancel keeps the project.
  await wb.projectSelect.selectOption({ label: 'Khasham, Feb 2018' });
  await wb.library.getByRole('button', { name: 'Delete' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete project' });
  await expect(confirm).toContainText('Delete Khasham, Feb 2018 with all its articles and annotations?');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(wb.projectSelect.locator('option')).toHaveText(['Khasham, Feb 2018', 'Sample project']);

  await wb.library.getByRole('button', { name: 'Delete' }).click();
  await confirm.getByRole('button', { name: 'Delete project' }).click();
  await expect(wb.projectSelect.locator('option')).toHaveText(['Sample project']);
  await expect(wb.articles).toHaveCount(3);

  // Gone for good: a reload does not bring it back, and the sample is not recreated twice.
  await page.reload();
  await expect(wb.projectSelect.locator('option')).toHaveText(['Sample project']);
});

test('article details are editable and validated', async ({ workbench: wb, page }) => {
  await wb.article(/^Backed forces in Syria/).getByRole('button', { name: /Edit details/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Article details' });
  await dialog.getByLabel('Date').fill('8 Feb 2018');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('The date must look like 2018-02-08.');
  await dialog.getByLabel('Date').fill('2018-02-08');
  await dialog.getByLabel('Outlet').fill('Al Jazeera');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(wb.article(/^Backed forces in Syria/)).toContainText('Al Jazeera · 2018-02-08');
  await page.reload();
  await expect(wb.article(/^Backed forces in Syria/)).toContainText('Al Jazeera · 2018-02-08');
});
