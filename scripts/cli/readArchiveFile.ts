import { basename } from 'node:path';
import { readArchive } from '../../renderer/src/core/formats/archive/readArchive';
import type { ProjectSnapshot } from '../../renderer/src/core/formats/projectSnapshot';
import { CliError } from './cliError';
import { reportLines, type Output } from './output';
import { readBytes } from './readInputs';

/** A project archive read and checked whole; its problems are printed and the command stops on any. */
export function readArchiveFile(path: string, out: Output): ProjectSnapshot {
  const read = readArchive(readBytes(path), basename(path));
  if (!read.ok) {
    for (const line of reportLines(read.report)) out.err(line);
    throw new CliError(`${path}: not a project archive this version can read; nothing was written.`);
  }
  return read.snapshot;
}
