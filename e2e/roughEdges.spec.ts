import { expect, test } from './fixtures';
import { WorkbenchPage } from './pages/WorkbenchPage';

const COALITION = /^US-led coalition said it killed/;
const OIL_FIELD = /^US-backed militias said they captured/;

test('the same tag twice on the same words is refused and the existing annotation selected; another tag is allowed', async ({ workbench: wb, page }) => {
  await wb.openArticle(COALITION);
  await wb.tagWithKey('Bashar al-Assad', '2');
  await wb.tagWithKey('Damascus', '5');
  await wb.tagWithKey('Bashar al-Assad', '2');
  await expect(wb.reader.getByRole('status')).toContainText('“Bashar al-Assad” is already tagged as Person');
  await expect(wb.annotations).toHaveCount(2);
  await expect(wb.annotation('Bashar al-Assad')).toHaveAttribute('aria-selected', 'true');

  await wb.tagWithKey('Bashar al-Assad', '4');
  await expect.poll(() => wb.annotationRows()).toEqual([
    ['Location', 'Damascus'],
    ['Person', 'Bashar al-Assad'],
    ['Group', 'Bashar al-Assad'],
  ]);
  await wb.expectSaved();
  // Undo takes back the Group only: the refusal was not an action.
  await page.keyboard.press('Control+z');
  await expect(wb.annotations).toHaveCount(2);
});

test('a selection that runs from the title into the text says why it cannot be tagged', async ({ workbench: wb, page }) => {
  await wb.openArticle(COALITION);
  const title = await wb.reader.getByRole('heading', { level: 1 }).boundingBox();
  const word = await wb.phraseBox('BEIRUT');
  if (!title) throw new Error('no title');
  // On the first line of the title (its middle falls between its two lines).
  await page.mouse.move(title.x + 20, title.y + 14);
  await page.mouse.down();
  await page.mouse.move(word.x2, word.y2, { steps: 2 });
  await page.mouse.up();
  await expect(wb.reader.getByRole('status')).toContainText('The selection runs outside the article text');
  await expect(wb.popover).toBeHidden();
  await page.keyboard.press('1');
  await expect(wb.annotations).toHaveCount(0);
});

test('articles are deleted with their annotations after a question that counts them, and Ctrl+Z brings them back', async ({ workbench: wb, page }) => {
  await wb.openArticle(COALITION);
  await wb.tagWithKey('Damascus', '5');
  await wb.tagWithKey('CENTCOM', '3');
  await wb.openArticle(OIL_FIELD);
  await wb.tagWithKey('Lilwa al-Abdallah', '2');
  await wb.expectSaved();

  await wb.library.getByRole('checkbox', { name: /^Select US-led coalition/ }).check();
  await wb.library.getByRole('checkbox', { name: /^Select US-backed militias/ }).check();
  await expect(wb.library.getByRole('toolbar', { name: 'Selected articles' })).toContainText('2 articles selected');
  await wb.library.getByRole('button', { name: 'Delete…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete 2 articles' });
  await expect(dialog).toContainText('Delete 2 articles with 3 annotations? Ctrl+Z brings them back.');
  // Cancel first: nothing changes.
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(wb.articles).toHaveCount(3);
  await wb.library.getByRole('button', { name: 'Delete…' }).click();
  await page.getByRole('dialog', { name: 'Delete 2 articles' }).getByRole('button', { name: 'Delete' }).click();
  await expect(wb.articles).toHaveCount(1);
  await expect(wb.reader).toContainText('Open an article from the list.');
  await wb.expectSaved();

  await page.keyboard.press('Control+z');
  await expect(wb.articles).toHaveCount(3);
  await expect(wb.article(COALITION)).toContainText('0 claims · 2 entities');
  await expect(wb.article(OIL_FIELD)).toContainText('0 claims · 1 entity');
  await wb.openArticle(COALITION);
  await expect.poll(() => wb.annotationRows()).toEqual([
    ['Location', 'Damascus'],
    ['Organization', 'CENTCOM'],
  ]);
  await page.reload();
  await expect(wb.articles).toHaveCount(3);
});

test('Arabic paragraphs run right to left, and mixed lines still select and highlight exactly', async ({ workbench: wb, page }) => {
  const text = 'Deir Ezzor report\n\nقالت وكالة Reuters إن القوات سيطرت على حقل العمر.\n\nThe SDF said the Omar field was taken.';
  await wb.importFiles([{ name: 'arabic.txt', mimeType: 'text/plain', buffer: Buffer.from(text) }]);
  await wb.openArticle(/^Deir Ezzor report/);
  await expect(wb.text.locator('p')).toHaveCount(2);
  for (const p of await wb.text.locator('p').all()) await expect(p).toHaveAttribute('dir', 'auto');
  expect(await wb.text.locator('p').first().evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  expect(await wb.text.locator('p').last().evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');

  await wb.multiClick('Reuters', 2);
  await page.keyboard.press('3');
  await wb.multiClick('القوات', 2);
  await page.keyboard.press('4');
  await wb.multiClick('Omar', 2);
  await page.keyboard.press('6');
  await expect.poll(() => wb.annotationRows()).toEqual([
    ['Organization', 'Reuters'],
    ['Group', 'القوات'],
    ['Facility', 'Omar'],
  ]);
  await expect.poll(() => wb.highlightTexts()).toEqual(['Reuters', 'القوات', 'Omar']);
});

test('clicking another annotation while a note is typed saves the note and selects the one clicked', async ({ workbench: wb, page }) => {
  await wb.openArticle(COALITION);
  await wb.tagWithKey('Damascus', '5');
  await wb.tagWithKey('CENTCOM', '3');
  await wb.annotation('Damascus').click();
  await page.keyboard.press('n');
  await page.keyboard.type('Capital');
  await wb.annotation('CENTCOM').locator('.quote').click();
  await expect(wb.annotation('CENTCOM')).toHaveAttribute('aria-selected', 'true');
  await expect(wb.annotation('Damascus')).toHaveAttribute('aria-selected', 'false');
  await expect(wb.annotation('Damascus').locator('.note')).toHaveText('Capital');
  await wb.expectSaved();
  await page.reload();
  await expect(wb.annotation('Damascus').locator('.note')).toHaveText('Capital');

  // N on a note already written continues it: the caret goes to its end.
  await wb.annotation('Damascus').click();
  await page.keyboard.press('n');
  await page.keyboard.type(' city');
  await page.keyboard.press('Control+Enter');
  await expect(wb.annotation('Damascus').locator('.note')).toHaveText('Capital city');
});

test('with no project left, the page says what to do', async ({ workbench: wb, page }) => {
  await wb.library.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('dialog', { name: 'Delete project' }).getByRole('button', { name: 'Delete project' }).click();
  await expect(wb.library).toContainText('No project is open.');
  await expect(wb.reader).toContainText('Create or choose a project to start.');
  await expect(wb.library.getByRole('button', { name: 'Import…' })).toBeDisabled();
});

test('two windows: a note being typed is shown, not lost, when the other window deletes its annotation; a project deleted there is announced here', async ({
  workbench: wb,
  page,
  context,
}) => {
  await wb.openArticle(COALITION);
  const other = new WorkbenchPage(await context.newPage());
  await other.goto();
  await other.openArticle(COALITION);
  await other.tagWithKey('CENTCOM', '3');
  await other.expectSaved();

  // The tag made in the other window shows here without a reload.
  await expect(wb.annotation('CENTCOM')).toBeVisible();
  await wb.annotation('CENTCOM').click();
  await page.keyboard.press('n');
  await page.keyboard.type('draft from this window');

  await other.annotation('CENTCOM').click();
  await other.page.keyboard.press('Delete');
  await other.expectSaved();
  await expect(wb.annotations).toHaveCount(0);
  await expect(wb.reader.getByRole('status')).toContainText('was deleted in another window. Your note: “draft from this window”');

  // The other window deletes the project: this one says so instead of switching silently.
  await other.library.getByRole('button', { name: 'New' }).click();
  await other.page.getByRole('dialog', { name: 'New project' }).getByLabel('Project name').fill('Second');
  await other.page.getByRole('dialog', { name: 'New project' }).getByRole('button', { name: 'Create' }).click();
  await expect(other.projectSelect.locator('option:checked')).toHaveText('Second');
  await expect(other.articles).toHaveCount(0);
  await other.projectSelect.selectOption({ label: 'Sample project' });
  await expect(other.articles).toHaveCount(3);
  await other.library.getByRole('button', { name: 'Delete' }).click();
  const ask = other.page.getByRole('dialog', { name: 'Delete project' });
  await expect(ask).toContainText('Delete Sample project with all its articles');
  await ask.getByRole('button', { name: 'Delete project' }).click();
  await expect(other.projectSelect.locator('option:checked')).toHaveText('Second');
  await expect(page.getByRole('status').filter({ hasText: 'The project “Sample project” was deleted in another window.' })).toBeVisible();
  await expect(wb.projectSelect.locator('option:checked')).toHaveText('Second');
});

test('two windows typing one note: the one still typing is told, writes nothing over the other, and the analyst keeps mine, theirs or both', async ({ workbench: wb, page, context }) => {
  await wb.openArticle(COALITION);
  await wb.tagWithKey('CENTCOM', '3');
  await wb.expectSaved();
  const other = new WorkbenchPage(await context.newPage());
  await other.goto();
  await other.openArticle(COALITION);
  await other.annotation('CENTCOM').click();
  const note = (w: WorkbenchPage) => w.sidebar.getByPlaceholder('Why this matters, who said it…');
  const conflict = wb.sidebar.getByRole('alert');

  const cases = [
    { answer: 'Keep both', mine: 'From this window.', theirs: 'From the other window.', stored: 'From the other window.\n\nFrom this window.' },
    { answer: 'Use theirs', mine: 'Mine, dropped.', theirs: 'Theirs again.', stored: 'Theirs again.' },
    { answer: 'Keep mine', mine: 'Mine at last.', theirs: 'Theirs, overruled.', stored: 'Mine at last.' },
    // Leaving the note unanswered (another annotation chosen, the article closed) keeps both.
    { answer: null, mine: 'Left unanswered.', theirs: 'Written there.', stored: 'Written there.\n\nLeft unanswered.' },
  ];
  for (const { answer, mine, theirs, stored } of cases) {
    await wb.annotation('CENTCOM').click();
    await page.keyboard.press('n');
    await page.keyboard.press('Control+a');
    await page.keyboard.type(mine);
    // The other window writes the same note meanwhile and leaves the field: it is stored.
    await note(other).fill(theirs);
    await note(other).blur();
    await other.expectSaved();
    await expect(conflict).toContainText('Changed in another window while you typed. There it reads:');
    await expect(conflict.locator('q')).toHaveText(theirs);
    if (process.env.SCREENSHOT_DIR && answer === 'Keep both') await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/note-changed-elsewhere.png` });
    // This window writes nothing over it, however long it waits, even out of the field, until the analyst answers.
    await note(wb).blur();
    // Longer than the autosave delay (600 ms): a save would have been written by now.
    await page.waitForTimeout(800);
    await expect(wb.saveState).toHaveText('Saving…');
    expect((await wb.storedAnnotations()).map((a) => a.note)).toEqual([theirs]);
    if (answer) {
      await conflict.getByRole('button', { name: answer }).click();
      await expect(conflict).toBeHidden();
      await expect(note(wb)).toHaveValue(stored);
    } else await page.keyboard.press('Escape');
    await wb.expectSaved();
    expect((await wb.storedAnnotations()).map((a) => a.note)).toEqual([stored]);
    await expect(note(other)).toHaveValue(stored);
  }
});
