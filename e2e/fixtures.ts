import { test as base, expect } from '@playwright/test';
import { WorkbenchPage } from './pages/WorkbenchPage';

/**
 * Every test gets a fresh browser context (so a fresh IndexedDB: a first run) and fails
 * if the page threw, or if the Content Security Policy blocked anything the app did.
 */
export const test = base.extend<{ workbench: WorkbenchPage; pageProblems: string[] }>({
  pageProblems: async ({ page }, use) => {
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' && !/favicon/.test(m.text())) problems.push(`console: ${m.text()}`);
    });
    await use(problems);
    expect(problems, 'the page reported errors').toEqual([]);
  },
  workbench: async ({ page, pageProblems: _ }, use) => {
    const workbench = new WorkbenchPage(page);
    await workbench.goto();
    await use(workbench);
  },
});

export { expect };
