/**
 * Imports through the app's Import… (the file chooser, as TransferPage in e2e/ gives files):
 * 200 plain-text articles of 5 kB, then a corpus table of 2,000 rows, into an empty project.
 * Beside them: the same files parsed, hashed and stored without UI, and a raw Dexie bulkPut of the same rows.
 */
import type { Page } from '@playwright/test';
import { arm, copyProfile, elapsed, launchProfile, removeProfile, result, settle } from '../runner/browser';
import { corpusTable, FULL, QUICK, textFiles } from '../seed/generate';
import type { SeedApi } from '../seed/seedPage';
import { APP, type ScenarioContext } from './context';

async function choose(page: Page, files: { name: string; buffer: Buffer }[]): Promise<() => Promise<void>> {
  const chooser = page.waitForEvent('filechooser');
  await page.locator(APP.library).getByRole('button', { name: 'Import…' }).click();
  const fc = await chooser;
  return () => fc.setFiles(files.map((f) => ({ ...f, mimeType: 'application/octet-stream' })));
}

export async function importScenarios(ctx: ScenarioContext): Promise<void> {
  if (!ctx.wants('import') && !ctx.wants('table')) return;
  const { env, rec } = ctx;
  const sizes = env.sizes === 'quick' ? QUICK : FULL;
  const ids = {
    files: rec.define({ id: 'import.files', scenario: 'import', label: `import ${sizes.importFiles} text files of 5 kB: chosen → "Imported" painted`, subject: 'Crosscheck', unit: 'articles/s', target: '≥ 70% of the raw bulkPut rate', meets: (m, _p, all) => m >= 0.7 * (all.get('import.rawPut')?.median ?? Infinity) }),
    filesMs: rec.define({ id: 'import.files.ms', scenario: 'import', label: `import ${sizes.importFiles} text files: total time`, subject: 'Crosscheck', unit: 'ms' }),
    pipeline: rec.define({ id: 'import.pipeline', scenario: 'import', label: 'the same files parsed, hashed and stored, no UI', subject: 'app code alone', unit: 'articles/s' }),
    rawPut: rec.define({ id: 'import.rawPut', scenario: 'import', label: 'the same rows, one raw Dexie bulkPut', subject: 'Dexie', unit: 'articles/s' }),
    tableRead: rec.define({ id: 'import.table.read', scenario: 'table', label: `corpus table of ${sizes.tableRows} rows: "Read" click → import plan painted`, subject: 'Crosscheck', unit: 'ms' }),
    tableStore: rec.define({ id: 'import.table.store', scenario: 'table', label: `corpus table: "Import" click → "Imported" painted`, subject: 'Crosscheck', unit: 'ms' }),
    tableRate: rec.define({ id: 'import.table.rate', scenario: 'table', label: 'corpus table: rows per second (read + store)', subject: 'Crosscheck', unit: 'rows/s' }),
  };
  const golden = await ctx.golden('empty');
  const files = textFiles(env.seed, sizes.importFiles, sizes.importFileChars).map((f) => ({ name: f.name, buffer: Buffer.from(f.text, 'utf8') }));
  const csv = { name: 'corpus.csv', buffer: Buffer.from(corpusTable(env.seed, sizes.tableRows), 'utf8') };
  for (let run = 0; run < ctx.runs; run++) {
    env.log(`  imports, run ${run + 1}/${ctx.runs}`);
    const dir = copyProfile(golden.dir, `import-${run}`, env.cache);
    const { context, page } = await launchProfile(env, dir);
    try {
      const reference = async () => {
        const ref = await context.newPage();
        await ref.goto(`${env.origin}/bench/seed.html`);
        await ref.waitForFunction(() => window.crosscheckSeed !== undefined);
        const r = await ref.evaluate(({ seed, n, chars }) => (window.crosscheckSeed as SeedApi).importReference(seed, n, chars), { seed: env.seed, n: sizes.importFiles, chars: sizes.importFileChars });
        rec.add(ids.pipeline, (r.count / r.pipelineMs) * 1000);
        rec.add(ids.rawPut, (r.count / r.rawPutMs) * 1000);
        await ref.close();
      };
      await page.goto(`${env.origin}/`);
      await page.locator(APP.library).getByRole('button', { name: 'Import…' }).waitFor();
      await settle(page, 300);
      if (ctx.wants('import')) {
        if (run % 2 === 1) await reference();
        const pick = await choose(page, files);
        const probe = await arm(
          page,
          'now',
          (n: number) => {
            if (![...document.querySelectorAll('[role="status"]')].some((e) => (e.textContent ?? '').includes(`Imported ${n} articles`))) return false;
            // A long library draws the rows in view; each says how many there are.
            const rows = document.querySelectorAll('aside[aria-label="Library"] ul[aria-label="Articles"] > li.row');
            return Number(rows[0]?.getAttribute('aria-setsize') ?? rows.length) >= n;
          },
          files.length,
          { timeoutMs: 300_000 },
        );
        await pick();
        const ms = elapsed(await result(page, probe));
        rec.add(ids.filesMs, ms);
        rec.add(ids.files, (files.length / ms) * 1000);
        if (run % 2 === 0) await reference();
        await settle(page, 500);
      }
      if (ctx.wants('table')) {
        const pick = await choose(page, [csv]);
        await pick();
        const mapping = page.getByRole('dialog', { name: 'Import the table corpus.csv' });
        const read = mapping.getByRole('button', { name: /^Read [\d,]+ rows$/ });
        await read.waitFor({ timeout: 60_000 });
        await settle(page, 200);
        let probe = await arm(page, 'click', () => [...document.querySelectorAll('dialog[open] button')].some((b) => /^Import [\d,]+ articles?$/.test(b.textContent ?? '')), null, { timeoutMs: 300_000 });
        await read.click();
        const readMs = elapsed(await result(page, probe));
        rec.add(ids.tableRead, readMs);
        await settle(page, 200);
        const go = page.getByRole('dialog').getByRole('button', { name: /^Import [\d,]+ articles?$/ });
        probe = await arm(page, 'click', () => [...document.querySelectorAll('[role="status"]')].some((e) => /Imported [\d,]+ articles? from corpus\.csv/.test(e.textContent ?? '')), null, { timeoutMs: 300_000 });
        await go.click();
        const storeMs = elapsed(await result(page, probe));
        rec.add(ids.tableStore, storeMs);
        rec.add(ids.tableRate, (sizes.tableRows / (readMs + storeMs)) * 1000);
      }
    } finally {
      await context.close();
      removeProfile(dir);
    }
  }
}
