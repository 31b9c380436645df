/**
 * The part of the standard `TextDecoder` the table import uses. The core compiles against
 * lib ES2023 alone, which has no `TextDecoder` (it lives in lib.dom and in @types/node), yet
 * browsers and Node 20 both have it as a global. So the core declares what it uses here and
 * reaches the global through `globalThis`, instead of pulling in either environment's types.
 */
export interface TextDecoderLike {
  /** The canonical name of the encoding ("windows-1252" for the label "latin1"). */
  readonly encoding: string;
  decode(input: Uint8Array): string;
}

export interface TextDecoderOptionsLike {
  /** Throw on bytes that are not valid in the encoding, instead of putting U+FFFD in their place. */
  fatal?: boolean;
}

type TextDecoderConstructor = new (label?: string, options?: TextDecoderOptionsLike) => TextDecoderLike;

/** A decoder for `label`; throws a RangeError for a label the platform does not know. */
export function textDecoder(label: string, options: TextDecoderOptionsLike = {}): TextDecoderLike {
  const { TextDecoder } = globalThis as unknown as { TextDecoder: TextDecoderConstructor };
  return new TextDecoder(label, options);
}
