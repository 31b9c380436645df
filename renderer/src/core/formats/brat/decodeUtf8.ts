/** A text decoded, or where its bytes stop being UTF-8. */
export type Utf8Result = { ok: true; text: string } | { ok: false; offset: number; byte: number };

/**
 * Strict UTF-8 (no overlong forms, no surrogates, nothing past U+10FFFF). Written here because
 * the core has no `TextDecoder` in its types; it also keeps a byte order mark as U+FEFF, as
 * brat's reader does, because brat counts it as the text's first character.
 */
export function decodeUtf8(bytes: Uint8Array): Utf8Result {
  const parts: string[] = [];
  let units: number[] = [];
  let i = 0;
  while (i < bytes.length) {
    const b0 = bytes[i] as number;
    let point: number;
    let size: number;
    if (b0 < 0x80) {
      point = b0;
      size = 1;
    } else if (b0 >= 0xc2 && b0 <= 0xdf) {
      size = 2;
      point = b0 & 0x1f;
    } else if (b0 >= 0xe0 && b0 <= 0xef) {
      size = 3;
      point = b0 & 0x0f;
    } else if (b0 >= 0xf0 && b0 <= 0xf4) {
      size = 4;
      point = b0 & 0x07;
    } else {
      return { ok: false, offset: i, byte: b0 };
    }
    for (let k = 1; k < size; k++) {
      const b = bytes[i + k];
      if (b === undefined || (b & 0xc0) !== 0x80) return { ok: false, offset: i + k < bytes.length ? i + k : i, byte: b ?? b0 };
      point = (point << 6) | (b & 0x3f);
    }
    // Overlong forms, surrogates and points past U+10FFFF are not UTF-8 even when well formed.
    if ((size === 3 && point < 0x800) || (size === 4 && (point < 0x10000 || point > 0x10ffff)) || (point >= 0xd800 && point <= 0xdfff)) {
      return { ok: false, offset: i, byte: b0 };
    }
    if (point >= 0x10000) {
      const v = point - 0x10000;
      units.push(0xd800 + (v >> 10), 0xdc00 + (v & 0x3ff));
    } else {
      units.push(point);
    }
    // fromCharCode takes its arguments on the stack: flush in chunks.
    if (units.length >= 8192) {
      parts.push(String.fromCharCode(...units));
      units = [];
    }
    i += size;
  }
  parts.push(String.fromCharCode(...units));
  return { ok: true, text: parts.join('') };
}
