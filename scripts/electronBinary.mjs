import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The Electron executable, or null with the reason it is not there. */
export function findElectron() {
  try {
    const binary = require('electron');
    if (typeof binary === 'string' && existsSync(binary)) return { binary, reason: null };
    return { binary: null, reason: `the Electron binary is missing at ${binary}` };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { binary: null, reason: /failed to install correctly/.test(message) ? 'the Electron binary was not downloaded' : message };
  }
}
