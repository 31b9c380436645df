import { EventEmitter } from 'node:events';
import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { hardenSession, hardenWebContents } from './hardening';

/** A web contents as far as the hardening touches it: events, the window-open handler, DevTools. */
function fakeContents() {
  const emitter = new EventEmitter();
  let openHandler: ((details: { url: string }) => unknown) | null = null;
  const closeDevTools = vi.fn();
  const contents = Object.assign(emitter, {
    setWindowOpenHandler: (handler: (details: { url: string }) => unknown) => {
      openHandler = handler;
    },
    closeDevTools,
  });
  /** Fires `event` the way Electron does (an event object with the URL), and says whether it was prevented. */
  const fire = (event: string, url = '') => {
    const e = { url, preventDefault: vi.fn() };
    emitter.emit(event, e, url);
    return e.preventDefault.mock.calls.length > 0;
  };
  return { contents: contents as unknown as WebContents, fire, open: (url: string) => openHandler?.({ url }), closeDevTools, emitter };
}

describe('hardenWebContents', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s: stays in the app, goes nowhere else', (event) => {
    const { contents, fire } = fakeContents();
    hardenWebContents(contents, { isProduction: true });
    expect(fire(event, 'app://crosscheck/index.html')).toBe(false);
    for (const url of ['https://attacker.invalid/', 'file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,x', 'app://evil/']) expect(fire(event, url), url).toBe(true);
  });

  it('attaches no webview and opens no window', () => {
    const { contents, fire, open } = fakeContents();
    hardenWebContents(contents, { isProduction: false });
    expect(fire('will-attach-webview')).toBe(true);
    expect(open('https://attacker.invalid/')).toEqual({ action: 'deny' });
    expect(open('app://crosscheck/index.html')).toEqual({ action: 'deny' });
  });

  it('closes DevTools at once in a packaged build, and leaves them open while developing', () => {
    const packaged = fakeContents();
    hardenWebContents(packaged.contents, { isProduction: true });
    packaged.emitter.emit('devtools-opened');
    expect(packaged.closeDevTools).toHaveBeenCalledTimes(1);

    const developing = fakeContents();
    hardenWebContents(developing.contents, { isProduction: false });
    developing.emitter.emit('devtools-opened');
    expect(developing.closeDevTools).not.toHaveBeenCalled();
  });
});

describe('hardenSession', () => {
  function fakeSession() {
    const emitter = new EventEmitter();
    const installed: Record<string, unknown> = {};
    const session = Object.assign(emitter, {
      setPermissionRequestHandler: (h: unknown) => (installed.request = h),
      setPermissionCheckHandler: (h: unknown) => (installed.check = h),
      setDevicePermissionHandler: (h: unknown) => (installed.device = h),
      webRequest: { onBeforeRequest: (filter: unknown, h: unknown) => Object.assign(installed, { filter, beforeRequest: h }) },
    });
    hardenSession(session as unknown as Session);
    return { installed, emitter };
  }

  it('denies every permission asked or checked, and every device', () => {
    const { installed } = fakeSession();
    const answers: boolean[] = [];
    const request = installed.request as (c: unknown, p: string, cb: (granted: boolean) => void) => void;
    for (const p of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal', 'fullscreen']) request(null, p, (granted) => answers.push(granted));
    expect(answers).toEqual([false, false, false, false, false, false]);
    expect((installed.check as (c: unknown, p: string) => boolean)(null, 'clipboard-sanitized-write')).toBe(false);
    expect((installed.device as () => boolean)()).toBe(false);
  });

  it('cancels every request to the network or to a file', () => {
    const { installed } = fakeSession();
    expect(installed.filter).toEqual({ urls: ['*://*/*', 'file:///*'] });
    const decide = (url: string) => {
      let answer: unknown;
      (installed.beforeRequest as (d: { url: string }, cb: (r: unknown) => void) => void)({ url }, (r) => (answer = r));
      return answer;
    };
    expect(decide('https://attacker.invalid/x.png')).toEqual({ cancel: true });
    expect(decide('file:///etc/passwd')).toEqual({ cancel: true });
    expect(decide('app://crosscheck/index.html')).toEqual({ cancel: false });
  });

  it('refuses downloads', () => {
    const { emitter } = fakeSession();
    const e = { preventDefault: vi.fn() };
    emitter.emit('will-download', e, {}, {});
    expect(e.preventDefault).toHaveBeenCalled();
  });
});
