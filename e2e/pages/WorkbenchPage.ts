import { expect, type Locator, type Page } from '@playwright/test';
import { paintedHighlights, type PaintedHighlight } from './paintedHighlights';
import { storedRows } from './storedRows';

/** The workbench as an analyst sees it: the library, the reader and the sidebar. */
export class WorkbenchPage {
  readonly library: Locator;
  readonly articles: Locator;
  readonly reader: Locator;
  readonly text: Locator;
  readonly sidebar: Locator;
  readonly annotations: Locator;
  readonly popover: Locator;
  readonly projectSelect: Locator;
  readonly saveState: Locator;

  constructor(readonly page: Page) {
    this.library = page.getByRole('complementary', { name: 'Library' });
    this.articles = this.library.getByRole('list', { name: 'Articles' }).getByRole('listitem');
    this.reader = page.getByRole('main', { name: 'Article' });
    this.text = this.reader.locator('.article-text');
    this.sidebar = page.getByRole('complementary', { name: 'Annotations' });
    this.annotations = this.sidebar.getByRole('list', { name: 'Annotations' }).getByRole('listitem');
    this.popover = page.getByRole('menu', { name: 'Tag the selection' });
    this.projectSelect = page.getByLabel('Project', { exact: true });
    this.saveState = page.getByTestId('save-state');
  }

  async goto(): Promise<void> {
    await this.page.goto('/');
    await expect(this.library).toBeVisible();
  }

  article(title: string | RegExp): Locator {
    return this.articles.filter({ has: this.page.getByRole('button', { name: title }) });
  }

  async openArticle(title: string | RegExp): Promise<void> {
    await this.article(title).locator('.row-main').click();
    await expect(this.text).toBeVisible();
  }

  /** Viewport points of the first and last character of `phrase` (its nth occurrence), trimmed by `from`/`to`. */
  async phraseBox(phrase: string, opts: { occurrence?: number; from?: number; to?: number } = {}) {
    return this.text.evaluate(
      (root, { phrase, occurrence, from, to }) => {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        let full = '';
        const nodes: { node: Text; start: number }[] = [];
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          nodes.push({ node: n as Text, start: full.length });
          full += n.textContent ?? '';
        }
        let at = -1;
        for (let i = 0; i <= occurrence; i++) at = full.indexOf(phrase, at + 1);
        if (at < 0) throw new Error(`"${phrase}" is not in the article`);
        const point = (offset: number) => {
          const hit = [...nodes].reverse().find((x) => x.start <= offset) ?? nodes[0];
          if (!hit) throw new Error('empty article');
          return { node: hit.node, offset: offset - hit.start };
        };
        const charRect = (offset: number) => {
          const p = point(offset);
          const r = document.createRange();
          r.setStart(p.node, p.offset);
          r.setEnd(p.node, p.offset + 1);
          const rect = r.getClientRects()[0] ?? r.getBoundingClientRect();
          return { left: rect.left, right: rect.right, y: rect.top + rect.height / 2 };
        };
        // Bring the phrase on screen first, as a person scrolls to what they read.
        point(at + from).node.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
        const first = charRect(at + from);
        const last = charRect(at + (to ?? phrase.length) - 1);
        return { x1: first.left + 1, y1: first.y, x2: last.right - 1, y2: last.y };
      },
      { phrase, occurrence: opts.occurrence ?? 0, from: opts.from ?? 0, to: opts.to ?? null },
    );
  }

  /**
   * Drags the mouse across `phrase` (its nth occurrence in the article) the way a person
   * selects text; `from`/`to` trim the drag to part of the phrase, to test word snapping.
   */
  async dragSelect(phrase: string, opts: { occurrence?: number; from?: number; to?: number; alt?: boolean } = {}): Promise<void> {
    const box = await this.phraseBox(phrase, opts);
    const { mouse, keyboard } = this.page;
    if (opts.alt) await keyboard.down('Alt');
    await mouse.move(box.x1, box.y1);
    await mouse.down();
    // Two moves make a drag; more steps only cost time (each waits for a frame).
    await mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2);
    await mouse.move(box.x2, box.y2);
    await mouse.up();
    if (opts.alt) await keyboard.up('Alt');
  }

  /** Clicks `count` times on the middle of `phrase`'s first character: 2 selects its word, 3 its paragraph. */
  async multiClick(phrase: string, count: 1 | 2 | 3, opts: { occurrence?: number } = {}): Promise<void> {
    const box = await this.phraseBox(phrase, { ...opts, to: 1 });
    await this.page.mouse.click((box.x1 + box.x2) / 2, box.y1, { clickCount: count });
  }

  /** What the page shows selected right now (the live DOM selection). */
  selectedText(): Promise<string> {
    return this.page.evaluate(() => window.getSelection()?.toString() ?? '');
  }

  async tagWithMouse(phrase: string, tag: string, opts: { occurrence?: number } = {}): Promise<void> {
    await this.dragSelect(phrase, opts);
    await expect(this.popover).toBeVisible();
    await this.popover.getByRole('menuitem', { name: tag }).click();
    await expect(this.popover).toBeHidden();
  }

  async tagWithKey(phrase: string, key: string, opts: { occurrence?: number; from?: number; to?: number; alt?: boolean } = {}): Promise<void> {
    await this.dragSelect(phrase, opts);
    await expect(this.popover).toBeVisible();
    await this.page.keyboard.press(key);
    await expect(this.popover).toBeHidden();
  }

  /** The open article's highlights as painted, in text order. */
  painted(): Promise<PaintedHighlight[]> {
    return paintedHighlights(this.text);
  }

  /** The painted highlights' texts, in text order; `kind` keeps claims or entities only. */
  async highlightTexts(kind?: 'claim' | 'entity'): Promise<string[]> {
    return (await this.painted()).filter((h) => !kind || h.kind === kind).map((h) => h.text);
  }

  /** The text of the highlight painted as selected, or null. */
  async selectedHighlight(): Promise<string | null> {
    return (await this.painted()).find((h) => h.selected)?.text ?? null;
  }

  annotation(quote: string | RegExp): Locator {
    return this.annotations.filter({ hasText: quote });
  }

  /** [tag, quote] for each sidebar row, in the order shown. */
  async annotationRows(): Promise<[string, string][]> {
    return this.annotations.evaluateAll((rows) =>
      rows.map((r) => [r.querySelector('.chip')?.textContent ?? '', r.querySelector('.quote')?.textContent ?? ''] as [string, string]),
    );
  }

  /** The annotations as stored in the open project's IndexedDB, read past the app: [tag, quote, note]. */
  async storedAnnotations(): Promise<{ tag: string; exact: string; note: string; start: number }[]> {
    type Row = { tag: string; note: string; ranges: { start: number }[]; quotes: { exact: string }[] };
    const { annotations } = await storedRows<{ annotations: Row[] }>(this.page, ['annotations']);
    return annotations.map((r) => ({ tag: r.tag, exact: r.quotes.map((q) => q.exact).join(' … '), note: r.note, start: r.ranges[0]?.start ?? 0 }));
  }

  /** The links as stored, each as "type|from quote|to quote". */
  async storedLinks(): Promise<string[]> {
    const { annotations, links } = await storedRows<{ annotations: { id: string; quotes: { exact: string }[] }[]; links: { type: string; fromId: string; toId: string }[] }>(this.page, [
      'annotations',
      'links',
    ]);
    const quote = new Map(annotations.map((a) => [a.id, a.quotes.map((q) => q.exact).join(' … ')]));
    return links.map((l) => `${l.type}|${quote.get(l.fromId) ?? '?'}|${quote.get(l.toId) ?? '?'}`);
  }

  /** The selected annotation in the sidebar as [tag label, quote], or null. */
  async selectedRow(): Promise<[string, string] | null> {
    const rows = await this.annotations.evaluateAll((els) =>
      els
        .filter((r) => r.getAttribute('aria-selected') === 'true')
        .map((r) => [r.querySelector('.chip')?.textContent ?? '', r.querySelector('.quote')?.textContent ?? ''] as [string, string]),
    );
    return rows[0] ?? null;
  }

  async expectSaved(): Promise<void> {
    await expect(this.saveState).toHaveText('Saved');
  }

  async importFiles(files: { name: string; mimeType: string; buffer: Buffer }[]): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.library.getByRole('button', { name: 'Import…' }).click();
    await (await chooser).setFiles(files);
  }
}
