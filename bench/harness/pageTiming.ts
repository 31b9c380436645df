/**
 * Injected into every page the bench opens (app and reference pages alike) before any of its
 * scripts run. A probe waits for an input event, takes the event's own timestamp, then
 * watches the DOM (a MutationObserver, and a check every frame) until its condition holds;
 * then it waits for the frame that shows it. Times are `performance.now()` of the page, in ms.
 *
 * - `seen`: the condition first held (after the DOM change, before any paint);
 * - `frame`: the end of the first frame's rendering after that (a requestAnimationFrame, then
 *   a message posted from it, which runs once that frame's style, layout and paint are done);
 * - `nextFrame`: the next requestAnimationFrame after that one (the frame is on screen by then).
 */

export interface ProbeSpec {
  /** The input event that starts the clock; `navigation` starts it at the page's time origin (0); `now` when armed. */
  event: 'click' | 'keydown' | 'navigation' | 'now';
  /** For keydown: the key (`event.key`). */
  key?: string;
  /** Whether the result is shown; called after DOM changes and every frame, so it must be cheap. */
  check: () => boolean;
  timeoutMs?: number;
  label?: string;
}

export interface ProbeResult {
  label: string;
  start: number;
  seen: number;
  frame: number;
  nextFrame: number;
  timedOut: boolean;
}

interface Probe {
  spec: ProbeSpec;
  start: number | null;
  seen: number | null;
  done: boolean;
  result: Promise<ProbeResult>;
  resolve(r: ProbeResult): void;
}

export interface FrameStats {
  frames: number;
  longest: number;
  over50: number;
  mean: number;
  longTasks: number;
  longestTask: number;
}

export interface BenchApi {
  arm(spec: ProbeSpec): number;
  result(id: number): Promise<ProbeResult>;
  /** Starts recording frame intervals (for scrolling). */
  framesStart(): void;
  framesStop(): FrameStats;
  /** Scrolls `el` by `px` every frame for `frames` frames; resolves after the last frame. */
  scrollFrames(el: Element, px: number, frames: number): Promise<void>;
  /** Resolves after two frames and an idle moment: the page has settled. */
  settle(ms?: number): Promise<void>;
}

/** What a page paints as highlights under a root: annotation ids, and the selected one. */
export interface Painted {
  ids: Set<string>;
  selected: string | null;
}

declare global {
  interface Window {
    __bench?: BenchApi;
    /**
     * The highlights painted under the first element matching `root`, whichever way the page
     * paints them: elements with `data-ann` (`.hl-selected` for the selection), or ranges in
     * the CSS Custom Highlight registry that carry an `annotationId` (the `…selected` highlight,
     * or an `.hl-outline[data-selected-ann]` box, for the selection). Probes call it, so it must stay cheap.
     */
    __benchPainted?: (root: string) => Painted;
  }
}

window.__benchPainted = (rootSelector: string): Painted => {
  const root = document.querySelector(rootSelector);
  const painted: Painted = { ids: new Set(), selected: null };
  if (!root) return painted;
  for (const el of root.querySelectorAll('[data-ann]')) painted.ids.add(el.getAttribute('data-ann') ?? '');
  painted.selected = root.querySelector('.hl-selected[data-ann]')?.getAttribute('data-ann') ?? null;
  // The app draws the selection as an outline over the text.
  const outline = (root.closest('.viewer') ?? root).querySelector('.hl-outline[data-selected-ann]');
  if (outline) painted.selected = outline.getAttribute('data-selected-ann');
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return painted;
  CSS.highlights.forEach((hl, name) => {
    for (const r of hl.keys()) {
      const id = (r as { annotationId?: unknown }).annotationId;
      if (typeof id !== 'string' || !(r instanceof Range) || !root.contains(r.startContainer)) continue;
      if (name.endsWith('selected')) painted.selected = id;
      else painted.ids.add(id);
    }
  });
  return painted;
};

(() => {
  if (window.__bench) return;
  const probes = new Map<number, Probe>();
  let nextId = 1;
  let observer: MutationObserver | null = null;
  let polling = false;

  const finish = (p: Probe, timedOut: boolean) => {
    if (p.done) return;
    p.done = true;
    const seen = p.seen ?? performance.now();
    const start = p.start ?? seen;
    const label = p.spec.label ?? '';
    if (timedOut) {
      p.resolve({ label, start, seen: NaN, frame: NaN, nextFrame: NaN, timedOut: true });
      return;
    }
    requestAnimationFrame(() => {
      let frame = NaN;
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        frame = performance.now();
      };
      channel.port2.postMessage(null);
      requestAnimationFrame(() => {
        const nextFrame = performance.now();
        p.resolve({ label, start, seen, frame: Number.isNaN(frame) ? nextFrame : frame, nextFrame, timedOut: false });
      });
    });
  };

  const checkAll = () => {
    for (const p of probes.values()) {
      if (p.done || p.start === null || p.seen !== null) continue;
      let ok: boolean;
      try {
        ok = p.spec.check();
      } catch {
        ok = false;
      }
      if (ok) {
        p.seen = performance.now();
        finish(p, false);
      }
    }
    const waiting = [...probes.values()].some((p) => !p.done && p.start !== null);
    if (!waiting && observer) {
      observer.disconnect();
      observer = null;
    }
  };

  const poll = () => {
    checkAll();
    if ([...probes.values()].some((p) => !p.done && p.start !== null)) requestAnimationFrame(poll);
    else polling = false;
  };

  const watch = () => {
    if (!observer) {
      observer = new MutationObserver(checkAll);
      observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    }
    if (!polling) {
      polling = true;
      requestAnimationFrame(poll);
    }
  };

  const started = (p: Probe, at: number) => {
    p.start = at;
    watch();
    // The handler may have drawn the result already; the check runs once its task is over too.
    setTimeout(checkAll, 0);
    const timeout = p.spec.timeoutMs ?? 30_000;
    setTimeout(() => finish(p, true), timeout);
  };

  const arm = (spec: ProbeSpec): number => {
    const id = nextId++;
    let resolve!: (r: ProbeResult) => void;
    const result = new Promise<ProbeResult>((r) => (resolve = r));
    const p: Probe = { spec, start: null, seen: null, done: false, result, resolve };
    probes.set(id, p);
    if (spec.event === 'navigation') started(p, 0);
    else if (spec.event === 'now') started(p, performance.now());
    else {
      const type = spec.event;
      const onEvent = (e: Event) => {
        if (type === 'keydown' && spec.key !== undefined && (e as KeyboardEvent).key !== spec.key) return;
        window.removeEventListener(type, onEvent, true);
        started(p, e.timeStamp);
      };
      window.addEventListener(type, onEvent, true);
    }
    return id;
  };

  let frameTimes: number[] = [];
  let frameLoop = false;
  let longTasks: PerformanceEntry[] = [];
  let taskObserver: PerformanceObserver | null = null;
  const frameTick = (t: number) => {
    if (!frameLoop) return;
    frameTimes.push(t);
    requestAnimationFrame(frameTick);
  };

  const api: BenchApi = {
    arm,
    result: (id) => {
      const p = probes.get(id);
      if (!p) return Promise.reject(new Error(`no probe ${id}`));
      return p.result.finally(() => probes.delete(id));
    },
    framesStart() {
      frameTimes = [];
      longTasks = [];
      frameLoop = true;
      requestAnimationFrame(frameTick);
      try {
        taskObserver = new PerformanceObserver((list) => longTasks.push(...list.getEntries()));
        taskObserver.observe({ type: 'longtask' });
      } catch {
        taskObserver = null;
      }
    },
    framesStop() {
      frameLoop = false;
      taskObserver?.disconnect();
      const gaps = frameTimes.slice(1).map((t, i) => t - (frameTimes[i] ?? t));
      return {
        frames: gaps.length,
        longest: gaps.length ? Math.max(...gaps) : NaN,
        over50: gaps.filter((g) => g > 50).length,
        mean: gaps.length ? gaps.reduce((a, b) => a + b, 0) / gaps.length : NaN,
        longTasks: longTasks.length,
        longestTask: longTasks.length ? Math.max(...longTasks.map((e) => e.duration)) : 0,
      };
    },
    scrollFrames(el, px, frames) {
      return new Promise((resolve) => {
        let n = 0;
        const step = () => {
          el.scrollTop += px;
          if (++n < frames) requestAnimationFrame(step);
          else requestAnimationFrame(() => resolve());
        };
        requestAnimationFrame(step);
      });
    },
    settle(ms = 50) {
      return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, ms))));
    },
  };
  window.__bench = api;
})();
