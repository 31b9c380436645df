/** Stands in a windowed list for the rows not drawn above or below (an `li`, so `ul > li` stays valid); nothing when there are none. */
export function ListSpacer({ height }: { height: number }) {
  return height > 0 ? <li role="presentation" aria-hidden="true" className="list-spacer" style={{ height }} /> : null;
}
