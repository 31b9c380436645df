import { expect, type Download, type Locator, type Page } from '@playwright/test';
import type { WorkbenchPage } from './WorkbenchPage';

/** Export… and Import… as an analyst uses them: a format chosen and saved, a file picked and its plan answered. */
export class TransferPage {
  readonly exportDialog: Locator;
  readonly planDialog: Locator;

  constructor(
    readonly page: Page,
    readonly wb: WorkbenchPage,
  ) {
    this.exportDialog = page.getByRole('dialog', { name: 'Export the project' });
    this.planDialog = page.getByRole('dialog').filter({ has: page.getByRole('heading', { name: /^Import |cannot be imported$/ }) });
  }

  /** Exports in `format` (its label) and returns the saved file's path and name. */
  async exportAs(format: RegExp): Promise<{ path: string; name: string }> {
    await this.wb.library.getByRole('button', { name: 'Export…' }).click();
    await expect(this.exportDialog).toBeVisible();
    await this.exportDialog.getByRole('radio', { name: format }).check();
    if (process.env.SCREENSHOT_DIR) await this.page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/export.png` });
    const download: Promise<Download> = this.page.waitForEvent('download');
    await this.exportDialog.getByRole('button', { name: /^Export as/ }).click();
    const file = await download;
    const path = await file.path();
    await expect(this.exportDialog).toBeHidden();
    return { path, name: file.suggestedFilename() };
  }

  /** Picks files with Import… as the file dialog would. */
  async importFiles(files: { name: string; buffer: Buffer; mimeType?: string }[]): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.wb.library.getByRole('button', { name: 'Import…' }).click();
    await (await chooser).setFiles(files.map((f) => ({ mimeType: 'application/octet-stream', ...f })));
  }

  /** The import's report rows as shown. */
  reportRows(): Locator {
    return this.planDialog.getByRole('list', { name: 'Import report' }).getByRole('listitem');
  }
}
