/**
 * The canonical text rule: strip a leading BOM, turn CRLF and lone CR into LF.
 * Nothing else: Unicode normalisation would move offsets that other tools rely on.
 */
export function normalizeText(raw: string): string {
  const noBom = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  return noBom.replace(/\r\n?/g, '\n');
}
