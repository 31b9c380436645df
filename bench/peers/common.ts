/** What every reference page shares: the same long article as the app's seed, a button that opens it, the keys the runner presses. */
import type { Annotation } from '../../renderer/src/core/model/annotation';
import type { Article } from '../../renderer/src/core/model/article';
import { FULL, QUICK, longArticle } from '../seed/generate';

export interface PeerApi {
  /** The article is generated and the page waits for the click on #open. */
  ready: boolean;
  /** The next tag key adds a highlight over this range of the article's text. */
  pending: { start: number; end: number } | null;
  /** The ids of the annotations in text order (for J/K). */
  order: string[];
}

declare global {
  interface Window {
    benchPeer?: PeerApi;
  }
}

export interface PeerData {
  article: Article;
  annotations: Annotation[];
}

export function peerData(): PeerData {
  const params = new URLSearchParams(location.search);
  const seed = Number(params.get('seed') ?? '1');
  return longArticle(seed, params.get('sizes') === 'quick' ? QUICK : FULL);
}

/** The page: a button, and a scrolling column as wide as the app's reader. */
export function peerPage(title: string, onOpen: (container: HTMLElement) => void): { container: HTMLElement; api: PeerApi } {
  document.title = title;
  const button = document.createElement('button');
  button.id = 'open';
  button.textContent = 'Open the article';
  const status = document.createElement('span');
  status.id = 'status';
  status.textContent = 'Saved';
  const scroll = document.createElement('div');
  scroll.id = 'scroll';
  const container = document.createElement('div');
  container.id = 'article';
  scroll.append(container);
  document.body.append(button, status, scroll);
  const api: PeerApi = { ready: false, pending: null, order: [] };
  window.benchPeer = api;
  button.addEventListener('click', () => onOpen(container));
  return { container, api };
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The article as plain HTML: one element per block, no highlights. */
export function plainHtml(article: Article): string {
  return article.blocks
    .map((b) => {
      const tag = b.type === 'heading' ? `h${b.level ?? 2}` : 'p';
      return `<${tag}>${escapeHtml(article.text.slice(b.start, b.end))}</${tag}>`;
    })
    .join('');
}

/**
 * A worker that appends a line to a file of the origin private file system through a
 * synchronous access handle and flushes it: the floor under the app's safety-copy journal.
 */
const JOURNAL_WORKER = `let handle = null;
onmessage = async (e) => {
  if (!handle) {
    const file = await (await navigator.storage.getDirectory()).getFileHandle('bench-journal.jsonl', { create: true });
    handle = await file.createSyncAccessHandle();
  }
  handle.write(new TextEncoder().encode(e.data), { at: handle.getSize() });
  handle.flush();
  postMessage(1);
};`;

/** One strict-durability IndexedDB put, then "Saved" on the page: the floor under the app's Saved. With `journal`, the put then a line of its size appended and flushed in a worker, as the app's safety copy does. */
export function strictPutOnKey(key: string, journal = false): void {
  const worker = journal ? new Worker(URL.createObjectURL(new Blob([JOURNAL_WORKER], { type: 'text/javascript' }))) : null;
  const open = indexedDB.open(journal ? 'bench-peer-put-journal' : 'bench-peer-put', 1);
  open.onupgradeneeded = () => open.result.createObjectStore('rows', { keyPath: 'id' });
  let n = 0;
  open.onsuccess = () => {
    const db = open.result;
    const status = document.getElementById('status');
    document.addEventListener('keydown', (e) => {
      if (e.key !== key || !status) return;
      status.textContent = 'Saving…';
      const row = { id: `r${n++}`, text: 'a new annotation', at: new Date().toISOString() };
      const tx = db.transaction('rows', 'readwrite', { durability: 'strict' });
      tx.objectStore('rows').put(row);
      tx.oncomplete = () => {
        if (!worker) {
          status.textContent = 'Saved';
          return;
        }
        worker.onmessage = () => {
          status.textContent = 'Saved';
        };
        // About an action's line in the app's journal (a tag: ~580 bytes).
        worker.postMessage(`${JSON.stringify({ seq: n, kind: 'action', action: row, pad: 'x'.repeat(480) })}\n`);
      };
    });
  };
}
