/** The nearest ancestor of `el` that scrolls, or the page's root. */
export function scrollerOf(el: HTMLElement): HTMLElement {
  for (let p = el.parentElement; p; p = p.parentElement) {
    if (/(auto|scroll)/.test(getComputedStyle(p).overflowY)) return p;
  }
  return el.ownerDocument.documentElement;
}
