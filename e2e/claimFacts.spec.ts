import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';

const COALITION = /^US-led coalition said it killed/;
const KILLED_100 = 'killed at least 100 pro-regime fighters';
const MONITOR_45 = 'only confirmed 45 dead among pro-regime forces';

async function shot(page: Page, name: string): Promise<void> {
  if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/${name}.png` });
}

test('an analyst accepts proposed figures and sources, and confirms the contradiction the app suggests', async ({ workbench: wb, page }) => {
  const figure = wb.sidebar.getByRole('region', { name: 'Figure' });
  const source = wb.sidebar.getByRole('region', { name: 'Attribution' });
  await wb.openArticle(COALITION);

  // The coalition's claim: the app reads "at least 100", killed, and who said it.
  await wb.tagWithKey(KILLED_100, '1');
  await expect(figure).toContainText('Proposed “at least 100” — 100 or more · Killed');
  await expect(source).toContainText('Proposed The US-led coalition');
  await shot(page, 'figure-proposed');
  await figure.getByRole('button', { name: 'Accept' }).click();
  await source.getByRole('button', { name: 'Accept' }).click();
  await expect(figure.getByRole('textbox', { name: 'Figure words' })).toHaveValue('at least 100');
  await expect(figure.getByRole('combobox', { name: 'What the figure counts' })).toHaveValue('killed');
  await expect(source.getByRole('textbox', { name: 'Source' })).toHaveValue('The US-led coalition');
  await shot(page, 'figure-fields');

  // The monitor's 45: the proposal stays a proposal until accepted, and is never written over what the analyst set.
  await wb.tagWithKey(MONITOR_45, '1');
  await expect(figure).toContainText('Proposed “45” — 45 · Killed');
  await expect(source).toContainText('Proposed the Syrian Observatory for Human Rights');
  await figure.getByRole('button', { name: 'Accept' }).click();
  await source.getByRole('button', { name: 'Accept' }).click();
  await figure.getByRole('textbox', { name: 'Highest value' }).fill('46');
  await figure.getByRole('textbox', { name: 'Highest value' }).press('Enter');
  await expect(figure).toContainText('45–46');
  // Ctrl+Z in a field is the field's own; the app's undo is for keys pressed outside it.
  await wb.sidebar.getByRole('heading', { name: /Annotations/ }).click();
  await page.keyboard.press('Control+z');
  await expect(figure.getByRole('textbox', { name: 'Highest value' })).toHaveValue('45');
  await wb.expectSaved();

  // The review suggests the contradiction, says why, and only the analyst confirms it.
  await page.keyboard.press('g');
  await page.keyboard.press('r');
  const queue = page.getByRole('complementary', { name: 'Review queue' });
  await expect(queue).toBeVisible();
  await page.keyboard.press('s');
  const verdict = page.getByRole('region', { name: 'Verdict' });
  await expect(verdict).toContainText(
    'Killed: “at least 100” (The US-led coalition) against “45” (the Syrian Observatory for Human Rights) cannot both hold; same article, two sources; same day.',
  );
  await expect(verdict.locator('.link-status')).toHaveText('Candidate');
  await shot(page, 'suggested-candidate');
  await page.keyboard.press('c');
  await wb.expectSaved();
  expect(await wb.storedLinks()).toContain(`contradicts|${KILLED_100}|${MONITOR_45}`);

  // Suggesting again proposes nothing twice.
  await page.keyboard.press('s');
  await expect(page.getByRole('status').filter({ hasText: 'No new candidates' })).toBeVisible();

  await page.reload();
  await expect(wb.library).toBeVisible();
  await wb.openArticle(COALITION);
  await wb.annotation(KILLED_100).click();
  await expect(figure.getByRole('textbox', { name: 'Figure words' })).toHaveValue('at least 100');
  await expect(source.getByRole('textbox', { name: 'Source' })).toHaveValue('The US-led coalition');
});
