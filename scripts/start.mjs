// npm start: build the workbench, then open it in Electron when its binary is present,
// or serve the same build for a browser tab when it is not.
import { spawn } from 'node:child_process';
import { build, preview } from 'vite';
import { findElectron } from './electronBinary.mjs';

const CONFIG = 'renderer/vite.config.ts';
const quiet = { configFile: CONFIG, logLevel: 'warn' };

console.log('crosscheck: building the workbench…');
await build(quiet);
const electron = findElectron();

if (electron.binary) {
  await import('./build-electron.mjs');
  console.log('crosscheck: opening the Crosscheck window (data: Electron user-data folder, see README).');
  const child = spawn(electron.binary, ['.'], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  // A fixed address: the browser keeps a tab's data per origin, so another port would
  // show an empty workbench instead of the user's projects.
  const port = Number(process.env.PORT ?? 5180);
  let server;
  try {
    server = await preview({ ...quiet, preview: { host: '127.0.0.1', port, strictPort: true, open: false } });
  } catch (error) {
    console.error(`crosscheck: port ${port} is busy (${error instanceof Error ? error.message : error}). Is Crosscheck already running? Use that tab, or stop it; PORT=<n> npm start picks another port, whose browser data is separate.`);
    process.exit(1);
  }
  const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
  console.log(`crosscheck: ${electron.reason}, so no window opens; the workbench is at ${url} — open it in Chromium, Chrome, Edge or Firefox. Ctrl+C stops it.`);
}
