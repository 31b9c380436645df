import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const bad = (name: string, as = name) => ({ name: as, mimeType: 'application/octet-stream', buffer: readFileSync(new URL(`./data/bad/${name}`, import.meta.url)) });
const made = (name: string, text: string) => ({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(text) });

interface FrameWatch {
  longestGap: number;
  longestTask: number;
  last: number;
  on: boolean;
}

/**
 * Starts recording how long the window was unresponsive: the longest wait between two
 * animation frames, and the longest task the page's own thread ran (Long Tasks API).
 */
async function watchFrames(page: Page): Promise<void> {
  await page.evaluate(() => {
    const watch: FrameWatch = { longestGap: 0, longestTask: 0, last: performance.now(), on: true };
    (window as unknown as { frameWatch: FrameWatch }).frameWatch = watch;
    const tick = (now: number) => {
      watch.longestGap = Math.max(watch.longestGap, now - watch.last);
      watch.last = now;
      if (watch.on) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    new PerformanceObserver((list) => {
      for (const task of list.getEntries()) if (watch.on) watch.longestTask = Math.max(watch.longestTask, task.duration);
    }).observe({ type: 'longtask' });
  });
}

async function stopWatching(page: Page): Promise<{ longestGap: number; longestTask: number }> {
  return page.evaluate(() => {
    const watch = (window as unknown as { frameWatch: FrameWatch }).frameWatch;
    watch.on = false;
    return { longestGap: watch.longestGap, longestTask: watch.longestTask };
  });
}

test('a batch mixing good and bad files lists each bad one with its reason; the analyst imports the rest or nothing', async ({ workbench: wb, page }) => {
  const good = [
    bad('utf16le-bom.txt'),
    bad('utf8-bom-crlf.txt'),
    bad('truncated.html'),
    // A name with folders and a right-to-left override: stored and shown as "brief.md".
    made('..\\..\\reports\\\u202Ebrief\u202C.md', 'A plain paragraph about the brief.'),
    // Nested exactly as deep as allowed (200 lists, 100 emphases): read in the worker without running out of stack.
    made('deep.html', `<html><body>${'<ul><li>'.repeat(200)}${'<em>'.repeat(100)}At the bottom of the lists.</body></html>`),
  ];
  const refused = [
    bad('image-png.txt'),
    bad('scan-pdf.txt'),
    bad('archive-zip.txt'),
    bad('utf16le-nobom.txt'),
    bad('arabic-1256.txt'),
    bad('nul-bytes.txt'),
    bad('empty.md'),
    bad('whitespace-only.txt'),
    made('invoice\u202Etxt.exe', 'MZ'),
    made('report.html', `${'<div>'.repeat(2013)}deep${'</div>'.repeat(2013)}`),
    made('lists.md', `${'- '.repeat(10_000)}x`),
    made('long.txt', 'x'.repeat(1_000_001)),
  ];
  const reasons = [
    'image-png.txt: it is a binary file, not text.',
    'scan-pdf.txt: it is a binary file, not text.',
    'archive-zip.txt: it is a binary file, not text.',
    'utf16le-nobom.txt: it looks like UTF-16 text without a byte-order mark (save it as UTF-8 and import again).',
    'arabic-1256.txt: it is not UTF-8 text (save it as UTF-8 and import again).',
    'nul-bytes.txt: it is a binary file, not text.',
    'empty.md: the file is empty.',
    'whitespace-only.txt: it contains no article text.',
    'invoicetxt.exe: files of type "exe" cannot be imported; use .txt, .md or .html.',
    'report.html: the HTML is nested 2,013 levels deep; the limit is 500.',
    'lists.md: the Markdown is nested 10,000 levels deep; the limit is 100.',
    'long.txt: the text is 1,000,001 characters long; the limit is 1,000,000 characters.',
  ];
  // The files in the order the dialog lists them: each good one is read, each bad one listed.
  const batch = [...good.slice(0, 2), ...refused.slice(0, 6), ...good.slice(2), ...refused.slice(6)];

  await wb.importFiles(batch);
  const dialog = page.getByRole('dialog', { name: '12 files cannot be imported' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('list', { name: 'Import problems' }).getByRole('listitem')).toHaveText(reasons);

  // "Import nothing" leaves the project as it was.
  await dialog.getByRole('button', { name: 'Import nothing' }).click();
  await expect(dialog).toBeHidden();
  await expect(wb.articles).toHaveCount(3);

  await wb.importFiles(batch);
  await page.getByRole('dialog', { name: '12 files cannot be imported' }).getByRole('button', { name: 'Import the other 5' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported 5 articles; 12 skipped. Read as UTF-16LE: utf16le-bom.txt.' })).toBeVisible();
  await expect(wb.articles).toHaveCount(8);
  for (const title of ['Ceasefire holds in Deir Ezzor', 'Oil field retaken', 'Cut short', 'brief', 'deep']) await expect(wb.article(title)).toHaveCount(1);

  await wb.openArticle('Ceasefire holds in Deir Ezzor');
  await expect(wb.text).toContainText('قالت قوات سوريا الديمقراطية إن الهدنة صامدة.');
  await wb.openArticle('brief');
  await expect(wb.reader.getByRole('heading', { level: 1 })).toHaveText('brief');
  await wb.openArticle('deep');
  await expect(wb.text.locator('li')).toHaveText(['At the bottom of the lists.']);
});

test('a 20,000-paragraph page shows its progress, keeps the window responsive, and Cancel stops it mid-file with nothing imported', async ({ workbench: wb, page }) => {
  // 20 MB of markup around 20,000 short paragraphs: seconds of parsing, within both limits.
  // Made in the page and dropped on the library: Playwright's file chooser builds a picked
  // File from base64 on the page's own thread (9 s for 20 MB here), which would be measured
  // as the app freezing.
  const transfer = await page.evaluateHandle(() => {
    const span = (i: number) => `<span class="story-word" data-track="convoy" data-n="${i}">ab</span> `;
    const paragraph = `<p>${Array.from({ length: 15 }, (_, i) => span(i % 10)).join('')}</p>\n`;
    const html = `<html><body><article>${paragraph.repeat(20_000)}</article></body></html>`;
    const dt = new DataTransfer();
    dt.items.add(new File([html], 'paragraphs.html', { type: 'text/html' }));
    return dt;
  });
  expect(await transfer.evaluate((dt) => dt.files[0]?.size ?? 0)).toBeLessThan(20 * 1_048_576);

  await watchFrames(page);
  await wb.library.dispatchEvent('drop', { dataTransfer: transfer });
  const progress = page.getByRole('status', { name: 'Import progress' });
  await expect(progress).toContainText('Reading paragraphs.html (1 of 1)…');
  // Let the worker get well into the file before cancelling it.
  await page.waitForTimeout(500);
  await expect(progress).toContainText('Reading paragraphs.html (1 of 1)…');
  await progress.getByRole('button', { name: 'Cancel' }).click();
  // Cancel ends the parse there and then, not after the file.
  await expect(page.getByRole('status').filter({ hasText: 'Import cancelled; nothing was imported.' })).toBeVisible({ timeout: 2_000 });
  // Nothing the page ran took 200 ms. Frames are held to a second: on a busy two-core
  // machine the scheduler alone, with no task running, left 216 ms between two frames.
  const { longestGap, longestTask } = await stopWatching(page);
  expect(longestTask).toBeLessThan(200);
  expect(longestGap).toBeLessThan(1_000);
  await expect(wb.articles).toHaveCount(3);
});
