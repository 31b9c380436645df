import { OKABE_ITO, type TagDef } from '../../core/model/tagSchema';

/** Plain names for the Okabe-Ito colours, so a swatch is never named by its hex alone. */
export const PALETTE: readonly { color: string; name: string }[] = OKABE_ITO.map((color, i) => ({
  color,
  name: ['Orange', 'Sky blue', 'Green', 'Yellow', 'Blue', 'Vermilion', 'Purple', 'Grey'][i] ?? color,
}));

/** The name of a colour: its palette name, or its hex for any other. */
export function colourName(color: string): string {
  return PALETTE.find((p) => p.color.toLowerCase() === color.toLowerCase())?.name ?? color.toUpperCase();
}

/** The first palette colour no tag has; when all are taken, the palette again from the start. */
export function nextPaletteColour(tags: readonly Pick<TagDef, 'color'>[]): string {
  const used = new Set(tags.map((t) => t.color.toLowerCase()));
  return PALETTE.find((p) => !used.has(p.color.toLowerCase()))?.color ?? PALETTE[tags.length % PALETTE.length]?.color ?? '#999999';
}
