// npm install runs this instead of electron's own install script (denied in package.json's
// allowScripts so an offline install never fails). It tries the download once where a
// network allows and says in one line what happened; it never fails the install.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findElectron } from './electronBinary.mjs';

if (!existsSync('node_modules/electron/install.js')) process.exit(0);
if (findElectron().binary) process.exit(0);
if (process.env.CI || process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
  console.log('crosscheck: Electron binary download skipped (CI or ELECTRON_SKIP_BINARY_DOWNLOAD); npm start will serve the workbench for a browser tab.');
  process.exit(0);
}
const run = spawnSync(process.execPath, ['node_modules/electron/install.js'], { stdio: ['ignore', 'ignore', 'pipe'], timeout: 180_000 });
if (findElectron().binary) {
  console.log('crosscheck: Electron binary downloaded; npm start opens the Crosscheck window.');
} else {
  const why = run.error?.message ?? (run.stderr?.toString().match(/(ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN)[^\n]*/)?.[0] ?? 'download failed');
  console.log(`crosscheck: Electron binary not downloaded (${why.trim()}); npm start will serve the workbench for a browser tab instead.`);
}
