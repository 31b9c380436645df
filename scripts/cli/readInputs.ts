import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { unzipSync } from 'fflate';
import { CliError } from './cliError';

/** The files under `path` (a folder, a zip or one file), by path relative to it with "/" separators. */
export function readInputs(path: string): Map<string, Uint8Array> {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new CliError(`${path}: no such file or folder.`);
  }
  const files = new Map<string, Uint8Array>();
  if (stat.isDirectory()) {
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
        if (entry.name.startsWith('.')) continue;
        const full = join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.isFile()) files.set(relative(path, full).split(sep).join('/'), new Uint8Array(readFileSync(full)));
      }
    };
    walk(path);
    return files;
  }
  const bytes = new Uint8Array(readFileSync(path));
  if (path.toLowerCase().endsWith('.zip')) {
    try {
      for (const [name, data] of Object.entries(unzipSync(bytes))) if (!name.endsWith('/')) files.set(name, data);
    } catch (e) {
      throw new CliError(`${path}: not a readable zip (${e instanceof Error ? e.message : String(e)}).`);
    }
    return files;
  }
  files.set(basename(path), bytes);
  return files;
}

export function readBytes(path: string): Uint8Array {
  try {
    return new Uint8Array(readFileSync(path));
  } catch {
    throw new CliError(`${path}: no such file.`);
  }
}
