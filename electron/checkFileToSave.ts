import type { FileToSave, Result } from './api';

/** LRM, RLM, ALM, the embeddings and overrides (LRE … RLO) and the isolates (LRI … PDI). */
const BIDI_CONTROLS: ReadonlySet<number> = new Set([0x200e, 0x200f, 0x061c, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]);

const withoutBidi = (text: string) => [...text].filter((c) => !BIDI_CONTROLS.has(c.charCodeAt(0))).join('');

/**
 * The renderer's request to save, checked: the main process trusts nothing that crosses IPC.
 * Only a plain name is offered to the dialog (the user picks the folder), so a request cannot
 * aim at a path of its own choosing.
 */
export function checkFileToSave(value: unknown): Result<FileToSave> {
  if (typeof value !== 'object' || value === null) return { ok: false, error: 'refused: the file to save is not described' };
  const v = value as Record<string, unknown>;
  const { suggestedName, kind, extension, data } = v;
  if (typeof suggestedName !== 'string' || typeof kind !== 'string' || typeof extension !== 'string') return { ok: false, error: 'refused: the file to save needs a name, a kind and an extension' };
  if (!(typeof data === 'string' || data instanceof Uint8Array)) return { ok: false, error: 'refused: the file to save holds neither text nor bytes' };
  if (!/^[A-Za-z0-9]{1,12}$/.test(extension)) return { ok: false, error: `refused: “${extension}” is not a file extension` };
  // Separators and characters file systems refuse; control characters too (checked by code, not a regex of them).
  // Bidirectional controls are dropped: "invoice<U+202E>fdp.exe" would show in the dialog as "invoiceexe.pdf".
  const name =
    [...withoutBidi(suggestedName)]
      .map((c) => (/[\\/:*?"<>|]/.test(c) || c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127 ? '-' : c))
      .join('')
      .replace(/^\.+/, '')
      .slice(0, 120) || `export.${extension}`;
  return { ok: true, value: { suggestedName: name, kind: withoutBidi(kind).slice(0, 60), extension, data } };
}
