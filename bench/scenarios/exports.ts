/**
 * Exports of the large project, each format through the app's Export… (click "Export as …"
 * to the dialog closed and "Exported" painted), beside a raw Dexie bulkPut of the same rows
 * and the repository's snapshot read alone.
 */
import { arm, elapsed, launchProfile, result, settle } from '../runner/browser';
import { EXPORT_FORMATS } from '../../renderer/src/core/formats/exportFormats';
import type { SeedApi } from '../seed/seedPage';
import { APP, rotate, type ScenarioContext } from './context';

export async function exportScenarios(ctx: ScenarioContext): Promise<void> {
  if (!ctx.wants('export')) return;
  const { env, rec } = ctx;
  const ids = new Map(EXPORT_FORMATS.map((f) => [f.id, rec.define({ id: `export.${f.id}`, scenario: 'export', label: `export the large project as ${f.label}: click → "Exported" painted`, subject: 'Crosscheck', unit: 'ms' })]));
  const snapshot = rec.define({ id: 'export.snapshot', scenario: 'export', label: 'the project read as a snapshot (every export’s read), no UI', subject: 'repository alone', unit: 'ms' });
  const rawPut = rec.define({ id: 'export.rawPut', scenario: 'export', label: 'the same rows, one raw Dexie bulkPut', subject: 'Dexie', unit: 'ms' });
  const golden = await ctx.golden('large');
  for (let run = 0; run < ctx.exportRuns; run++) {
    env.log(`  exports, run ${run + 1}/${ctx.exportRuns}`);
    const { context, page } = await launchProfile(env, golden.dir);
    try {
      await context.addInitScript(() => {
        if (!location.protocol.startsWith('http')) return;
        for (const k of Object.keys(localStorage)) if (k.startsWith('crosscheck.openArticle.')) localStorage.removeItem(k);
      });
      const reference = async () => {
        const ref = await context.newPage();
        await ref.goto(`${env.origin}/bench/seed.html`);
        await ref.waitForFunction(() => window.crosscheckSeed !== undefined);
        const r = await ref.evaluate((id) => (window.crosscheckSeed as SeedApi).exportReference(id), golden.projectId);
        rec.add(snapshot, r.snapshotMs);
        rec.add(rawPut, r.rawPutMs);
        await ref.close();
      };
      // The reference writes every row of the project once more (minutes at full size): first run only, before the app starts.
      if (run === 0) await reference();
      await page.goto(`${env.origin}/`);
      await page.locator(APP.articleRows).first().waitFor({ timeout: 300_000 });
      await settle(page, 1000);
      for (const format of rotate(EXPORT_FORMATS, run)) {
        await page.locator(APP.library).getByRole('button', { name: 'Export…' }).click();
        const dialog = page.getByRole('dialog', { name: 'Export the project' });
        await dialog.getByRole('radio', { name: new RegExp(`^${format.label.replace(/[()]/g, '\\$&')}`) }).check();
        await settle(page, 100);
        const probe = await arm(page, 'click', () => !document.querySelector('dialog[open]') && [...document.querySelectorAll('[role="status"]')].some((e) => (e.textContent ?? '').startsWith('Exported ')), null, { timeoutMs: 600_000 });
        await dialog.getByRole('button', { name: /^Export as/ }).click();
        rec.add(ids.get(format.id) as string, elapsed(await result(page, probe)));
        await page.locator('.toast').getByRole('button', { name: 'Dismiss' }).click();
        await settle(page, 300);
      }
    } finally {
      await context.close();
    }
  }
}
