import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import type { FileMap } from '../../renderer/src/core/formats/projectSnapshot';
import { CliError } from './cliError';

function write(path: string, data: string | Uint8Array): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, data);
  } catch (e) {
    throw new CliError(`${path} could not be written: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Writes one file. */
export function writeOne(path: string, data: string | Uint8Array): void {
  write(path, data);
}

/** Writes a set of files into a folder (a path ending in "/") or a zip. */
export function writeFiles(path: string, files: FileMap): void {
  if (path.endsWith('/') || path.endsWith('\\')) {
    for (const [name, data] of files) write(join(path, name), data);
    return;
  }
  const entries: Record<string, Uint8Array> = {};
  for (const [name, data] of files) entries[name] = typeof data === 'string' ? strToU8(data) : data;
  write(path, zipSync(entries, { level: 6 }));
}
