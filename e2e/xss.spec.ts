import { expect, test as base } from './fixtures';
import { bratZip, corpusTable, fileNames, htmlArticles, markdownArticle, projectArchive, textArticle, w3cCollection } from './data/xss/corpus';
import { payloadsFor, SHORT, tiny, type Payload } from './data/xss/payloads';
import { EntitiesPage } from './pages/EntitiesPage';
import { SettingsPage } from './pages/SettingsPage';
import { TransferPage } from './pages/TransferPage';
import { WorkbenchPage } from './pages/WorkbenchPage';
import { storedArticleIds, XssProbe } from './pages/XssProbe';

/**
 * The XSS corpus (`e2e/data/xss`) through every path that shows user or imported text: article
 * files, their titles, outlets and names, what the analyst types, and every import format. The
 * probe (`pages/XssProbe.ts`) is installed before the app loads; each test drives the screens
 * that show what it brought in, then asserts that nothing ran, loaded, navigated or opened, that
 * the Content Security Policy had nothing to block, and that no live markup is in the page.
 */
const test = base.extend<{ probe: XssProbe }>({
  probe: async ({ page, baseURL }, use) => {
    await use(await XssProbe.install(page, baseURL ?? 'http://127.0.0.1/'));
  },
  // The workbench loads the app: after the probe, so that its first script already sees it.
  workbench: async ({ page, probe: _probe, pageProblems: _problems }, use) => {
    const workbench = new WorkbenchPage(page);
    await workbench.goto();
    await use(workbench);
  },
});

/** One line per path for the run's log: how many payloads went through it, and that none ran or loaded. */
function tried(path: string, payloads: readonly Payload[], probe: XssProbe): void {
  const ids = new Set(payloads.map((p) => p.id));
  process.stdout.write(`xss ${path}: ${ids.size} payloads tried, ${probe.ran.length} ran, ${probe.remote.length} loaded, ${probe.csp.length} blocked by the CSP\n`);
}

const firstWords = (p: Payload) => p.text.slice(0, 24);

test('HTML, Markdown and text articles: markup, links, titles, outlets and file names', async ({ workbench: wb, page, probe }) => {
  const html = htmlArticles();
  const md = markdownArticle();
  const txt = textArticle();
  const names = fileNames();

  await wb.importFiles([...html.value, ...md.value, ...txt.value, ...names.value.good]);
  const imported = html.value.length + md.value.length + txt.value.length + names.value.good.length;
  await expect(page.getByRole('status').filter({ hasText: `Imported ${imported} articles.` })).toBeVisible();
  await probe.expectClean('import of HTML, Markdown and text files');

  // Titles and outlets are shown as the text they are.
  const htmlRow = wb.article(/^XSS html page/);
  await expect(htmlRow).toContainText(`XSS html page ${payloadsFor('html-title', SHORT)[0]?.text}`);
  await expect(htmlRow).toContainText(`Outlet ${payloadsFor('html-outlet', SHORT)[0]?.text}`);
  await expect(wb.article(/^XSS markdown/)).toContainText('<svg onload=');
  await expect(wb.article(/^XSS text/)).toContainText("<script>__pwned='txt-title:script'</script>");
  // A file with no title of its own is named after its file: the payload, shown as text.
  await expect(wb.articles.filter({ hasText: "onerror=\"__pwned='file-name:img-onerror'\"" })).toHaveCount(1);

  // Every article open in the reader; its links and marks hovered and clicked as a reader would.
  const count = await wb.articles.count();
  expect(count).toBe(imported + 3);
  for (let i = 0; i < count; i++) {
    await wb.articles.nth(i).locator('.row-main').click();
    await expect(wb.text).toBeVisible();
    await probe.poke('.article-text .article-link, .article-text strong, .article-text em, .article-header .article-url');
  }
  await probe.expectClean('HTML, Markdown and text articles open in the reader');

  await wb.openArticle(/^XSS html page/);
  // Markup is gone; the escaped copy of each payload is text, whole.
  await expect(wb.text).toContainText('Coalition aircraft struck near Khasham.');
  for (const p of payloadsFor('html-text').slice(0, 6)) await expect(wb.text).toContainText(p.text);
  // Only web links are kept (as data: a span with the target as its tooltip), and clicking one goes nowhere.
  await expect(wb.text.locator('.article-link')).toHaveCount(2);
  for (const link of await wb.text.locator('.article-link').all()) await link.click();
  await wb.reader.getByRole('button', { name: 'Edit details' }).click();
  const details = page.getByRole('dialog', { name: 'Article details' });
  await expect(details.getByRole('textbox', { name: 'Outlet' })).toHaveValue(new RegExp(`^Outlet <script>__pwned='html-outlet:script'`));
  await expect(details).toContainText('Imported from xss-page.html');
  await details.getByRole('button', { name: 'Cancel' }).click();

  await wb.openArticle(/^XSS markdown/);
  await expect(wb.text).toContainText("<img src=x onerror=__pwned='md:code-span'>");
  await expect(wb.text).toContainText("<script>__pwned='md:code-block'</script>");
  for (const link of await wb.text.locator('.article-link').all()) await link.click();

  // The file name, where the details dialog shows it.
  await wb.articles.filter({ hasText: "file-name:svg-onload" }).getByRole('button', { name: /^Edit details of/ }).click();
  await expect(details).toContainText("Imported from <svg onload=\"__pwned='file-name:svg-onload'\">");
  await details.getByRole('button', { name: 'Cancel' }).click();
  await probe.expectClean('article details of imported files');

  // Refused files are listed by name in the problems dialog.
  await wb.importFiles(names.value.bad);
  const problems = page.getByRole('dialog', { name: `${names.value.bad.length} files cannot be imported` });
  await expect(problems).toBeVisible();
  await expect(problems.getByRole('listitem').first()).toContainText(firstWords(payloadsFor('file-name-refused', SHORT)[0] as Payload));
  await probe.expectClean('the problems dialog listing refused file names');
  await problems.getByRole('button', { name: /^(Import nothing|Close|OK)$/ }).first().click();

  tried('HTML articles', html.payloads, probe);
  tried('Markdown articles', md.payloads, probe);
  tried('text articles', txt.payloads, probe);
  tried('file names', names.payloads, probe);
});

const COALITION = /^US-led coalition said it killed/;
const KILLED_100 = 'killed at least 100 pro-regime fighters';
const MONITOR_45 = 'only confirmed 45 dead among pro-regime forces';

test('what the analyst types: project and article details, notes, links, link types, rationales, entities, tags, kinds and counted things', async ({ workbench: wb, page, probe }) => {
  const typed: Payload[] = [];
  const take = (path: string, only?: readonly string[]) => {
    const ps = payloadsFor(path, only);
    typed.push(...ps);
    return ps.map((p) => p.text).join(' ');
  };
  // Names limited to 40 characters get one short payload each.
  const small = (path: string, n: number) => {
    const p = tiny(path)[n] as Payload;
    typed.push(p);
    return p.text;
  };

  // The project's name.
  await wb.library.getByRole('button', { name: 'Rename' }).click();
  const rename = page.getByRole('dialog', { name: 'Rename project' });
  // A project name has at most 120 characters: two payloads.
  const projectName = `Sample ${take('typed-project', ['script', 'img-onerror'])}`;
  await rename.getByRole('textbox', { name: 'Project name' }).fill(projectName);
  await rename.getByRole('button', { name: 'Rename' }).click();
  await expect(wb.projectSelect.locator('option:checked')).toHaveText(projectName);

  // An article's title, outlet and URL.
  await wb.article(COALITION).getByRole('button', { name: /^Edit details of/ }).click();
  const details = page.getByRole('dialog', { name: 'Article details' });
  await details.getByRole('textbox', { name: 'Title' }).fill(`US-led coalition said it killed ${take('typed-title', SHORT)}`);
  await details.getByRole('textbox', { name: 'Outlet' }).fill(take('typed-outlet', SHORT));
  await details.getByRole('textbox', { name: 'URL' }).fill(`https://attacker.invalid/typed-url"><img src=x onerror=__pwned='typed-url'>`);
  typed.push({ id: 'typed-url', text: '' });
  await details.getByRole('button', { name: 'Save' }).click();
  await expect(details).toBeHidden();
  await expect(wb.article(COALITION)).toContainText(payloadsFor('typed-outlet', SHORT)[0]?.text ?? '');
  await probe.expectClean('project name and article details typed');

  // Claims and a mention, a note with the whole corpus, attributes.
  await wb.openArticle(COALITION);
  await expect(wb.reader.locator('.article-url')).toContainText("onerror=__pwned='typed-url'");
  await wb.tagWithKey(KILLED_100, '1');
  const note = take('typed-note');
  await wb.sidebar.getByRole('textbox', { name: /^Note/ }).fill(note);
  await wb.sidebar.getByRole('heading', { name: /Annotations/ }).click();
  await wb.expectSaved();
  await wb.tagWithKey(MONITOR_45, '1');
  await wb.tagWithKey('Khasham', '5');
  await expect(wb.annotation(KILLED_100)).toContainText(payloadsFor('typed-note')[0]?.text.slice(0, 20) ?? '');

  // A link of a new type named with payloads.
  await wb.annotation(KILLED_100).click();
  await page.keyboard.press('l');
  const picker = page.getByRole('dialog', { name: 'Link this claim' });
  await picker.getByRole('option').filter({ hasText: MONITOR_45 }).click();
  await picker.getByText('New link type…').click();
  const linkType = small('lt', 0);
  await picker.getByLabel('Name of the new link type').fill(linkType);
  await picker.getByRole('button', { name: 'Add' }).click();
  // The new type is listed (from storage) under key 5, its name as text; then 5 picks it.
  await expect(picker.getByRole('button', { name: /^5 / })).toContainText(linkType);
  await picker.getByRole('group', { name: 'Link type' }).press('5');
  await expect(picker).toBeHidden();
  const links = wb.sidebar.getByRole('region', { name: 'Links' });
  await expect(links.getByRole('listitem')).toContainText(linkType.toLowerCase());
  await probe.expectClean('a note and a link type typed');

  // An entity named with payloads, renamed (the old name becomes an alias), and an alias added.
  const entities = new EntitiesPage(page, wb);
  await wb.annotation('Khasham').click();
  // An entity name has at most 120 characters: two payloads.
  const entityName = `Place ${take('typed-entity', ['script', 'img-onerror'])}`;
  await entities.linkSelected(entityName, /New entity/);
  await expect(entities.mentionEntity).toContainText(entityName);
  await entities.openFromSidebar();
  await entities.page.getByRole('textbox', { name: 'Entity name' }).fill(`Renamed ${take('typed-entity-rename', ['svg-onload'])}`);
  await entities.page.getByRole('textbox', { name: 'Entity name' }).press('Enter');
  await page.getByRole('dialog', { name: 'Rename entity' }).getByRole('button', { name: 'Rename' }).click();
  await entities.page.getByRole('textbox', { name: 'New alias' }).fill(take('typed-alias', ['img-onerror', 'attribute-breakout']));
  await entities.page.getByRole('textbox', { name: 'New alias' }).press('Enter');
  await expect(entities.page.getByRole('list', { name: 'Aliases' })).toContainText(entityName);
  await expect(entities.page.getByRole('list', { name: 'Aliases' })).toContainText("onerror=__pwned='typed-alias:attribute-breakout'");
  await probe.expectClean('an entity named, renamed and given an alias');
  await entities.page.getByRole('button', { name: /^Back to articles/ }).click();

  // Tags, attributes, kinds and counted things in the settings.
  const settings = new SettingsPage(page);
  await settings.openWithButton();
  const tagName = small('tag', 0);
  await settings.addTag(tagName);
  await settings.addTag(small('tag', 3));
  await settings.renameTag('Person', small('tag', 1));
  await settings.renameTag('Group', small('tag', 2));
  await settings.tag('Claim').getByRole('button', { name: 'Attributes of Claim' }).click();
  const attributeName = small('att', 0);
  await settings.addAttribute('Claim', { name: attributeName, type: 'Choice', choices: payloadsFor('typed-choice', SHORT).map((p) => (typed.push(p), p.text)) });
  await settings.addAttribute('Claim', { name: small('att', 1), type: 'Text' });
  const addKind = settings.main.getByRole('group', { name: 'Add a kind' });
  await addKind.getByRole('textbox', { name: 'Name of the new kind' }).fill(small('kind', 0));
  await addKind.getByRole('button', { name: 'Add kind' }).click();
  const addCounted = settings.main.getByRole('group', { name: 'Add a counted thing' });
  await addCounted.getByRole('textbox', { name: 'Name of the new counted thing' }).fill(small('cnt', 0));
  await addCounted.getByRole('textbox', { name: 'Words of the new counted thing' }).fill(`fled, ${small('word', 0)}, ${small('word', 3)}`);
  await addCounted.getByRole('button', { name: 'Add counted thing' }).click();
  await expect(settings.kinds).toContainText(tiny('kind')[0]?.text ?? '');
  await expect(settings.counted).toContainText(tiny('cnt')[0]?.text ?? '');
  await wb.expectSaved();
  await probe.expectClean('tags, attributes, kinds and counted things typed in the settings');
  await settings.back();

  // The sidebar shows the new attribute fields, the tag menu the new tags.
  await wb.annotation(KILLED_100).click();
  await expect(wb.sidebar.getByRole('region', { name: 'Selected annotation' })).toContainText(attributeName);
  await wb.dragSelect('Deir Ezzor');
  await expect(wb.popover).toContainText(tagName);
  await page.keyboard.press('Escape');
  await probe.pokeHighlights();

  // A rationale in the review.
  await page.keyboard.press('g');
  await page.keyboard.press('r');
  const queue = page.getByRole('listbox', { name: 'Links' });
  await expect(queue.getByRole('option')).toHaveCount(1);
  await page.getByLabel('Rationale').fill(take('typed-rationale'));
  await page.getByLabel('Rationale').blur();
  await wb.expectSaved();
  await expect(page.getByRole('region', { name: 'Verdict' })).toContainText(linkType);
  await probe.expectClean('a rationale typed in the review');

  // Everything again after a reload, read back from storage.
  await page.reload();
  await expect(wb.library).toBeVisible();
  await page.keyboard.press('g');
  await page.keyboard.press('r');
  await expect(page.getByLabel('Rationale')).toHaveValue(payloadsFor('typed-rationale').map((p) => p.text).join(' '));
  await page.keyboard.press('Escape');
  await wb.openArticle(COALITION);
  await wb.annotation(KILLED_100).click();
  await expect(wb.sidebar.getByRole('textbox', { name: /^Note/ })).toHaveValue(note);
  await probe.poke('.sidebar li');
  await probe.pokeHighlights();
  await probe.expectClean('everything typed, after a reload');
  tried('typed fields', typed, probe);
});

const BACKED = /^Backed forces in Syria strike/;
const SOME_100 = 'Some 100 pro-regime forces were killed';

test('a corpus table: payloads in the title, text, outlet, URL, label and id columns and a column name', async ({ workbench: wb, page, probe }) => {
  const table = corpusTable();
  const transfer = new TransferPage(page, wb);
  await transfer.importFiles(table.value);
  const mapping = page.getByRole('dialog', { name: 'Import the table xss-corpus.csv' });
  await expect(mapping).toBeVisible();
  await expect(mapping.getByRole('combobox', { name: 'Column for the text' })).toHaveValue('body');
  await expect(mapping.getByRole('combobox', { name: 'Column for the title' })).toHaveValue('headline');
  await expect(mapping.getByRole('combobox', { name: 'Column for the outlet' })).toHaveValue('publisher');
  await expect(mapping.getByRole('table', { name: 'First rows as they will be read' })).toContainText(payloadsFor('csv-text')[0]?.text ?? '');
  await probe.expectClean('the mapping dialog of a corpus table');
  await mapping.getByRole('button', { name: /^Read \d+ rows$/ }).click();
  await expect(transfer.planDialog).toBeVisible();
  await probe.expectClean('the import plan of a corpus table');
  await transfer.planDialog.getByRole('button', { name: /^Import \d+ articles$/ }).click();
  await expect(wb.article(/^XSS csv 1 /)).toHaveCount(1);
  await expect(wb.article(/^XSS csv 1 /)).toContainText(payloadsFor('csv-outlet')[0]?.text ?? '');
  for (const n of [1, 2, 3, 18, 34]) {
    await wb.openArticle(new RegExp(`^XSS csv ${n} `));
    await probe.poke('.article-header .article-url');
  }
  // A web URL is kept as it was given, quotes and markup in it too; the others are dropped.
  await wb.article(/^XSS csv 1 /).getByRole('button', { name: /^Edit details of/ }).click();
  const details = page.getByRole('dialog', { name: 'Article details' });
  await expect(details.getByRole('textbox', { name: 'URL' })).toHaveValue(/^https:\/\/attacker.invalid\/csv-url-0"><img src=x onerror=/);
  await details.getByRole('button', { name: 'Cancel' }).click();
  await probe.expectClean('articles of a corpus table');
  tried('corpus table', table.payloads, probe);
});

test('brat standoff: type names in the .ann, annotation.conf and visual.conf, notes, attributes, entity names, folder and text', async ({ workbench: wb, page, probe }) => {
  const brat = bratZip();
  const transfer = new TransferPage(page, wb);
  await transfer.importFiles(brat.value);
  await expect(transfer.planDialog).toContainText('1 document with');
  await expect(transfer.planDialog).toContainText('New tags for brat types');
  await probe.expectClean('the import plan of a brat collection');
  await transfer.planDialog.getByRole('button', { name: 'Import 1 document' }).click();
  await expect(transfer.planDialog).toBeHidden();
  await wb.openArticle(/^Alpha Bravo/);
  await expect(wb.annotations).toHaveCount(6);
  for (const row of await wb.annotations.all()) {
    await row.click();
    await probe.poke('.sidebar .links li, .sidebar .fact');
  }
  await probe.pokeHighlights();
  await expect(wb.sidebar).toContainText(payloadsFor('brat-note')[0]?.text.slice(0, 30) ?? '');
  await probe.expectClean('brat annotations in the reader and the sidebar');

  // The entity the normalization named, on its page.
  await wb.annotation('Alpha').click();
  await new EntitiesPage(page, wb).openFromSidebar();
  await expect(page.getByRole('main', { name: 'Entity' }).getByRole('heading', { level: 1 })).toContainText('<');
  await page.getByRole('main', { name: 'Entity' }).getByRole('button', { name: /^Back to articles/ }).click();

  // The new tags, named by visual.conf, in the settings.
  const settings = new SettingsPage(page);
  await settings.openWithButton();
  await expect(settings.tagList).toContainText(payloadsFor('brat-label', SHORT)[0]?.text ?? '');
  await probe.expectClean('brat types as tags in the settings');
  await settings.back();
  await wb.article(/^Alpha Bravo/).getByRole('button', { name: /^Edit details of/ }).click();
  await expect(page.getByRole('dialog', { name: 'Article details' })).toContainText("onerror=\"__pwned='brat-folder:img-onerror'\"");
  await page.getByRole('dialog', { name: 'Article details' }).getByRole('button', { name: 'Cancel' }).click();
  await probe.expectClean('a brat file name in the article details');
  tried('brat standoff', brat.payloads, probe);
});

test('W3C Web Annotation: tag labels, notes, entity names and aliases, link labels, attributes and an unknown cc:url', async ({ workbench: wb, page, probe }) => {
  const ids = await storedArticleIds(page);
  const id = (title: RegExp) => [...ids].find(([t]) => title.test(t))?.[1] ?? '';
  const w3c = w3cCollection([
    { articleId: id(COALITION), exact: KILLED_100 },
    { articleId: id(BACKED), exact: SOME_100 },
  ]);
  const transfer = new TransferPage(page, wb);
  await transfer.importFiles(w3c.value);
  await expect(transfer.planDialog).toBeVisible();
  // What is skipped is named in the report: a tag and a link type the project does not have, a target no article has.
  await expect(transfer.planDialog).toContainText(payloadsFor('w3c-tag', SHORT)[0]?.text ?? '');
  await expect(transfer.planDialog).toContainText("urn:crosscheck:article:missing\"><img src=x onerror=__pwned='w3c-source-id'>");
  await probe.expectClean('the import plan of a W3C file');
  await transfer.planDialog.getByRole('button', { name: /^Import \d+ annotations?/ }).click();
  await expect(transfer.planDialog).toBeHidden();
  await wb.openArticle(COALITION);
  await expect(wb.annotations).toHaveCount(2);
  for (const row of await wb.annotations.all()) {
    await row.click();
    await probe.poke('.sidebar .links li, .sidebar .fact');
  }
  await probe.pokeHighlights();
  await expect(wb.sidebar).toContainText(payloadsFor('w3c-entity', SHORT)[0]?.text ?? '');
  await wb.annotation(KILLED_100).click();
  await expect(wb.sidebar.getByRole('textbox', { name: /^Note/ })).toHaveValue(payloadsFor('w3c-note').map((p) => p.text).join(' '));
  await probe.expectClean('W3C annotations in the reader and the sidebar');

  // The entity and its aliases on its page; the link in the review.
  await wb.annotation('Khasham').click();
  const entities = new EntitiesPage(page, wb);
  await entities.openFromSidebar();
  await expect(entities.page.getByRole('list', { name: 'Aliases' })).toContainText(payloadsFor('w3c-alias', SHORT)[0]?.text ?? '');
  await entities.page.getByRole('button', { name: /^Back to articles/ }).click();
  await page.keyboard.press('g');
  await page.keyboard.press('r');
  await expect(page.getByRole('listbox', { name: 'Links' }).getByRole('option')).toHaveCount(1);
  await probe.poke('.verdict-bar, .review-pane mark');
  await probe.expectClean('W3C entities and links');
  tried('W3C Web Annotation', w3c.payloads, probe);
});

test('a project archive with a payload in every text field, opened as a new project and read on every screen', async ({ workbench: wb, page, probe }) => {
  const archive = projectArchive('XSS archive');
  const transfer = new TransferPage(page, wb);
  await transfer.importFiles(archive.value);
  await expect(transfer.planDialog).toBeVisible();
  await probe.expectClean('the import plan of a project archive');
  await transfer.planDialog.getByRole('button', { name: 'Open as a new project' }).click();
  await expect(wb.projectSelect.locator('option:checked')).toContainText('XSS archive');
  await expect(wb.article(/^XSS archive 1 /)).toContainText(payloadsFor('archive-outlet-1', SHORT)[0]?.text ?? '');
  await probe.expectClean('the library of an archive');

  // Both articles in the reader, every annotation selected, every highlight and link hovered.
  for (const title of [/^XSS archive 2 /, /^XSS archive 1 /]) {
    await wb.openArticle(title);
    for (const row of await wb.annotations.all()) {
      await row.click();
      await probe.poke('.sidebar .links li, .sidebar .fact, .sidebar .chip');
    }
    await probe.poke('.article-text .article-link, .article-header .article-url');
    await probe.pokeHighlights();
  }
  await expect(wb.text).toContainText(payloadsFor('archive-text')[0]?.text ?? '');
  await wb.annotation('killed at least 100 fighters').click();
  await expect(wb.sidebar.getByRole('textbox', { name: /^Note/ })).toHaveValue(new RegExp(`^${payloadsFor('archive-note')[0]?.text.slice(0, 20)}`));
  await probe.expectClean('archive articles, annotations and links in the reader');

  // The link picker lists claims with their articles' titles and outlets, and the link types.
  await page.keyboard.press('l');
  const picker = page.getByRole('dialog', { name: 'Link this claim' });
  await expect(picker).toBeVisible();
  await picker.getByRole('option').first().click();
  await expect(picker.getByRole('group', { name: 'Link type' })).toContainText('Link type');
  await probe.expectClean('the link picker on archive claims and link types');
  await picker.getByRole('button', { name: 'Cancel' }).click();

  // The entity page.
  await wb.annotation('Khasham').click();
  await new EntitiesPage(page, wb).openFromSidebar();
  await probe.poke('.entity-page li, .entity-page mark');
  await probe.expectClean('an archive entity on its page');
  await page.getByRole('main', { name: 'Entity' }).getByRole('button', { name: /^Back to articles/ }).click();

  // The review: both links, with their rationales, reasons and whys.
  await page.keyboard.press('g');
  await page.keyboard.press('r');
  const queue = page.getByRole('listbox', { name: 'Links' });
  await expect(queue.getByRole('option')).toHaveCount(2);
  for (const row of await queue.getByRole('option').all()) {
    await row.click();
    await probe.poke('.verdict-bar, .review-pane mark');
  }
  await probe.expectClean('archive links in the review');
  await page.keyboard.press('Escape');

  // The settings: tags with their attributes, kinds and counted things.
  const settings = new SettingsPage(page);
  await settings.openWithButton();
  for (const button of await settings.tagList.getByRole('button', { name: /^Attributes of/ }).all()) await button.click();
  await expect(settings.kinds).toContainText(payloadsFor('archive-kind', SHORT)[0]?.text ?? '');
  await expect(settings.counted).toContainText(payloadsFor('archive-counted', SHORT)[0]?.text ?? '');
  await probe.expectClean('archive tags, kinds and counted things in the settings');
  await settings.back();

  // Exported again: the export dialog names the project.
  await wb.library.getByRole('button', { name: 'Export…' }).click();
  await expect(transfer.exportDialog).toBeVisible();
  await probe.expectClean('the export dialog of an archive project');
  tried('project archive', archive.payloads, probe);
});

test('the probe sees a payload that is live in the page: the CSP blocks it, and without the CSP it runs and loads', async ({ browser, baseURL }) => {
  // A check of the check: what every test above expects never to see, seen here on purpose.
  for (const bypassCSP of [false, true]) {
    const context = await browser.newContext({ bypassCSP });
    const page = await context.newPage();
    const probe = await XssProbe.install(page, baseURL ?? '');
    const wb = new WorkbenchPage(page);
    await wb.goto();
    const live = payloadsFor('control', ['img-onerror', 'img-remote', 'a-javascript', 'css-url-remote']);
    await page.evaluate((html) => {
      document.body.insertAdjacentHTML('beforeend', html);
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('[data-tag="x"] { background: url(https://attacker.invalid/control-sheet.png) }');
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    }, live.map((p) => p.text).join(''));
    await expect.poll(() => probe.auditDom()).toEqual([
      expect.stringMatching(/^handler onerror on <img/),
      expect.stringMatching(/^src on <img src="https:\/\/attacker.invalid/),
      expect.stringMatching(/^href on <a href="javascript:/),
      expect.stringMatching(/^style <p style="background-image:url\(https:\/\/attacker.invalid/),
      expect.stringMatching(/^CSS background-image: url\("https:\/\/attacker.invalid\/control-sheet.png"\)/),
    ]);
    if (bypassCSP) {
      await expect.poll(() => probe.ran).toEqual(['control:img-onerror']);
      await expect.poll(() => [...probe.remote].sort()).toEqual(['https://attacker.invalid/control%3Acss-url-remote-bg.png', 'https://attacker.invalid/control%3Aimg-remote.png']);
    } else {
      // Blocked, and reported: the inline handler, the remote image and the inline style (in the page, and on the console).
      await expect.poll(() => probe.csp.filter((c) => !c.startsWith('console:')).sort()).toEqual([
        expect.stringMatching(/^img-src blocked https:\/\/attacker.invalid/),
        expect.stringMatching(/^script-src-attr blocked inline/),
        expect.stringMatching(/^style-src-attr blocked inline/),
      ]);
      expect(probe.ran).toEqual([]);
      expect(probe.remote).toEqual([]);
    }
    // A javascript: URL runs when clicked (and, as its value is a string, replaces the page with it).
    await page.locator('a[href^="javascript:"]').click();
    if (bypassCSP) await expect.poll(() => probe.ran).toContain('control:a-javascript');
    else await expect.poll(() => probe.csp.filter((c) => c.startsWith('script-src-elem') || c.includes('javascript'))).not.toEqual([]);
    await context.close();
  }
});
