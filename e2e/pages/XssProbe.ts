import { expect, type BrowserContext, type Page } from '@playwright/test';
import { paintedHighlights } from './paintedHighlights';
import { storedRows } from './storedRows';

/**
 * Watches a page for any sign that a payload of `e2e/data/xss` ran or loaded:
 * - `window.__pwned` set in any frame (a trapped setter: the payloads' only effect),
 * - a `dialog` (alert, confirm, prompt, print),
 * - a request off the app's own origin (every request is routed; those are refused),
 * - a Content Security Policy violation (the CSP stopped something the renderer put in the
 *   page live: the renderer's own escaping failed, even though nothing ran),
 * - a navigation of the main frame away from the app, or a new window,
 * - and, on demand, live markup in the DOM (`auditDom`): handlers, scripts, frames, plugins,
 *   `javascript:` or remote URLs in attributes, inline styles with URLs, and stylesheet rules
 *   (the app builds some from the project's colours) with remote URLs, imports or script.
 */
export class XssProbe {
  readonly ran: string[] = [];
  readonly remote: string[] = [];
  readonly dialogs: string[] = [];
  readonly csp: string[] = [];
  readonly navigations: string[] = [];
  readonly popups: string[] = [];

  private constructor(
    readonly page: Page,
    readonly origin: string,
  ) {}

  /** Installs the probe before the app's first page load. */
  static async install(page: Page, baseURL: string): Promise<XssProbe> {
    const origin = new URL(baseURL).origin;
    const probe = new XssProbe(page, origin);
    const context: BrowserContext = page.context();
    await context.exposeBinding('__xssRan', (_source, id: unknown) => {
      probe.ran.push(String(id));
    });
    await context.exposeBinding('__xssCsp', (_source, what: unknown) => {
      probe.csp.push(String(what));
    });
    await context.addInitScript(() => {
      const w = window as unknown as { __xssRan?: (id: string) => void; __xssCsp?: (what: string) => void };
      let value: unknown;
      Object.defineProperty(window, '__pwned', {
        configurable: false,
        get: () => value,
        set: (v: unknown) => {
          value = v;
          void w.__xssRan?.(String(v));
        },
      });
      document.addEventListener('securitypolicyviolation', (e) => {
        void w.__xssCsp?.(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'}${e.sample ? `: ${e.sample}` : ''}`);
      });
    });
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${origin}/`) || url === origin) return route.continue();
      probe.remote.push(url);
      return route.abort('blockedbyclient');
    });
    page.on('dialog', (d) => {
      probe.dialogs.push(`${d.type()}: ${d.message()}`);
      void d.dismiss().catch(() => undefined);
    });
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) probe.csp.push(`console: ${m.text()}`);
    });
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame() && !frame.url().startsWith(`${origin}/`)) probe.navigations.push(frame.url());
    });
    context.on('page', (p) => probe.popups.push(p.url() || '(a new window)'));
    page.on('websocket', (ws) => probe.remote.push(ws.url()));
    return probe;
  }

  /**
   * Live markup anywhere in the document: what a payload would need to run or load. The app's
   * own module script and stylesheet (same origin, in the head) are the only scripts and links.
   */
  auditDom(): Promise<string[]> {
    return this.page.evaluate((origin) => {
      const found: string[] = [];
      const urlAttributes = ['href', 'src', 'srcset', 'action', 'formaction', 'data', 'poster', 'background', 'xlink:href', 'srcdoc', 'ping', 'codebase', 'manifest'];
      const describe = (el: Element) => `<${el.tagName.toLowerCase()}${[...el.attributes].map((a) => ` ${a.name}="${a.value.slice(0, 60)}"`).join('')}>`;
      const own = (value: string) => {
        try {
          const u = new URL(value, document.baseURI);
          return u.origin === origin || u.protocol === 'blob:';
        } catch {
          return false;
        }
      };
      for (const el of document.querySelectorAll('*')) {
        const tag = el.tagName.toLowerCase();
        const inHead = el.closest('head') !== null;
        // The app's own forms are fine; a form's `action` or a button's `formaction` is a URL attribute below.
        if (['iframe', 'frame', 'object', 'embed', 'applet', 'base', 'portal', 'frameset'].includes(tag)) found.push(`element ${describe(el)}`);
        if (tag === 'script' && !(inHead && own(el.getAttribute('src') ?? ''))) found.push(`script ${describe(el)}`);
        if (tag === 'meta' && el.getAttribute('http-equiv')?.toLowerCase() === 'refresh') found.push(`meta refresh ${describe(el)}`);
        if (tag === 'link' && !(inHead && own(el.getAttribute('href') ?? ''))) found.push(`link ${describe(el)}`);
        if (tag === 'style' && !inHead) found.push(`style element ${describe(el)}`);
        for (const attr of el.attributes) {
          const name = attr.name.toLowerCase();
          const value = attr.value.trim();
          if (name.startsWith('on')) found.push(`handler ${name} on ${describe(el)}`);
          if (name === 'style' && /url\s*\(|expression\s*\(|@import|javascript:/i.test(value)) found.push(`style ${describe(el)}`);
          if (urlAttributes.includes(name) && value !== '') {
            if (name === 'srcdoc') found.push(`srcdoc on ${describe(el)}`);
            else if (!value.split(/[\s,]+/).every((v) => v === '' || /^\d+[wx]$/.test(v) || own(v))) found.push(`${name} on ${describe(el)}`);
          }
        }
      }
      // Stylesheets, the app's own and those it builds at run time (tag and link type colours from the
      // project's data): an import, or a declaration with a remote URL or script. Selectors are not
      // looked at: a payload in a (CSS-escaped) attribute selector is a string there, inert.
      const rules = (list: CSSRuleList): void => {
        for (const rule of list) {
          if (rule instanceof CSSImportRule) found.push(`CSS ${rule.cssText.slice(0, 80)}`);
          if (rule instanceof CSSStyleRule) {
            for (const property of rule.style) {
              const value = rule.style.getPropertyValue(property);
              const remote = [...value.matchAll(/url\(\s*["']?([^"')]*)/g)].map((m) => m[1] ?? '').filter((u) => !own(u) && !u.startsWith('data:'));
              if (remote.length > 0 || /expression\s*\(|javascript:/i.test(value)) found.push(`CSS ${property}: ${value.slice(0, 80)} in ${rule.selectorText.slice(0, 60)}`);
            }
          }
          if (rule instanceof CSSGroupingRule) rules(rule.cssRules);
        }
      };
      for (const sheet of [...document.styleSheets, ...document.adoptedStyleSheets]) rules(sheet.cssRules);
      return found;
    }, this.origin);
  }

  /** Fails with every sign seen so far, and what the DOM holds live, named by `where`. */
  async expectClean(where: string): Promise<void> {
    // A handler bound to a load error or a timer runs a moment after the markup arrives.
    await this.page.waitForTimeout(150);
    const dom = await this.auditDom();
    const pwned = await this.page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
    expect(
      {
        ran: [...this.ran, ...(pwned === undefined ? [] : [`window.__pwned = ${String(pwned)}`])],
        remote: this.remote,
        dialogs: this.dialogs,
        csp: this.csp,
        navigations: this.navigations,
        popups: this.popups,
        dom,
      },
      `${where}: a payload ran, loaded, or is live in the page`,
    ).toEqual({ ran: [], remote: [], dialogs: [], csp: [], navigations: [], popups: [], dom: [] });
  }

  /**
   * Moves over and clicks every element of `selector` (article links, highlights, rows) the way
   * a reader does, so handlers that wait for a pointer or a click would have their chance.
   */
  /** Moves over every painted highlight of the article (hover cards show its text, notes and tags). */
  async pokeHighlights(limit = 40): Promise<void> {
    const text = this.page.locator('.article-text').first();
    if ((await text.count()) === 0) return;
    for (const h of (await paintedHighlights(text)).slice(0, limit)) {
      if (h.inView) await this.page.mouse.move(h.at.x, h.at.y);
    }
  }

  async poke(selector: string, limit = 40): Promise<void> {
    const targets = this.page.locator(selector);
    const n = Math.min(await targets.count(), limit);
    for (let i = 0; i < n; i++) {
      const t = targets.nth(i);
      if (!(await t.isVisible())) continue;
      await t.hover({ timeout: 2000 }).catch(() => undefined);
    }
  }
}

/** The open project's articles as stored, read past the app: title → id (a W3C file names articles by id). */
export async function storedArticleIds(page: Page): Promise<Map<string, string>> {
  const { articles } = await storedRows<{ articles: { id: string; title: string }[] }>(page, ['articles']);
  const rows = articles.map((a) => [a.title, a.id] as [string, string]);
  return new Map(rows);
}
