import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { _electron as electron, expect, test } from '@playwright/test';

/**
 * The Crosscheck window itself, launched: its security settings as Electron applied them, and
 * what the page can and cannot do. Electron's binary cannot be downloaded on every machine
 * (not on this project's CI, which has no network beyond the npm registry); where it is not
 * installed this spec is skipped and says why. The same settings are asserted on the pure
 * functions that make them in `electron/*.test.ts`, which run everywhere.
 */
function electronBinary(): { path: string | null; why: string } {
  try {
    const path: unknown = createRequire(import.meta.url)('electron');
    if (typeof path === 'string' && existsSync(path)) return { path, why: '' };
    return { path: null, why: `the Electron binary is missing at ${String(path)}` };
  } catch (error) {
    return { path: null, why: error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error) };
  }
}

const binary = electronBinary();

test('the Crosscheck window is isolated, sandboxed, keeps to its own origin and is refused every permission', async () => {
  test.skip(binary.path === null, `Electron is not installed here (${binary.why}); run npm install where its download works`);
  if (!existsSync('dist-electron/main.cjs')) expect(spawnSync(process.execPath, ['scripts/build-electron.mjs'], { stdio: 'inherit' }).status).toBe(0);
  // As root (CI containers) Chromium's sandbox cannot start.
  const args = [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), '.'];
  const app = await electron.launch({ executablePath: binary.path as string, args });
  try {
    const win = await app.firstWindow();
    await expect(win.getByRole('complementary', { name: 'Library' })).toBeVisible();
    expect(win.url()).toMatch(/^app:\/\/crosscheck\//);

    // No Node in the page (nodeIntegration off, sandboxed), only the preload's API of functions
    // (contextIsolation: the page gets a copy, not the preload's objects).
    expect(await win.evaluate(() => ['require', 'process', 'Buffer', 'module'].map((name) => typeof (window as unknown as Record<string, unknown>)[name]))).toEqual(['undefined', 'undefined', 'undefined', 'undefined']);
    expect(await win.evaluate(() => Object.values((window as unknown as { crosscheck: Record<string, unknown> }).crosscheck).every((f) => typeof f === 'function'))).toBe(true);
    // webSecurity: the app's origin cannot read local files.
    expect(await win.evaluate(() => fetch('file:///etc/hosts').then(() => 'read', () => 'refused'))).toBe('refused');

    // The CSP: an inline script put into the page does not run.
    expect(
      await win.evaluate(() => {
        const s = document.createElement('script');
        s.textContent = 'window.__ran = true';
        document.body.append(s);
        return (window as unknown as { __ran?: boolean }).__ran ?? false;
      }),
    ).toBe(false);

    // Navigation away and window.open are refused; the window stays on the app.
    expect(await win.evaluate(() => window.open('https://example.com/') === null)).toBe(true);
    await win.evaluate(() => {
      location.href = 'https://example.com/';
    });
    await expect(win.getByRole('complementary', { name: 'Library' })).toBeVisible();
    expect(win.url()).toMatch(/^app:\/\/crosscheck\//);
    expect(app.windows()).toHaveLength(1);

    // Every permission is refused.
    expect(await win.evaluate(() => Notification.requestPermission())).toBe('denied');
    expect(await win.evaluate(async () => (await navigator.permissions.query({ name: 'geolocation' })).state)).toBe('denied');

    // The safety copy works under the app's scheme (the origin private file system).
    await win.getByRole('complementary', { name: 'Library' }).getByRole('button', { name: 'Backups…' }).click();
    await expect(win.getByTestId('safety-copy-state')).toHaveText(/^Safety copy: on\./);
  } finally {
    await app.close();
  }
});
