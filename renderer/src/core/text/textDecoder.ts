/** What the core uses of the standard TextDecoder. */
export interface Decoder {
  decode(input: Uint8Array): string;
  readonly encoding: string;
}

interface DecoderConstructor {
  new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }): Decoder;
}

/**
 * The standard TextDecoder, which browsers and Node both have. The core compiles without the
 * DOM's or Node's types (so nothing else of either slips in), hence this one typed doorway.
 * Throws a RangeError for a label the platform does not know.
 */
export function textDecoder(label = 'utf-8', options: { fatal?: boolean; ignoreBOM?: boolean } = {}): Decoder {
  const Ctor = (globalThis as unknown as { TextDecoder: DecoderConstructor }).TextDecoder;
  return new Ctor(label, options);
}
