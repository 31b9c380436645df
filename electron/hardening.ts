import type { Session, WebContents } from 'electron';
import {
  BLOCKED_REQUEST_PATTERNS,
  devicePermissionDecision,
  permissionCheckDecision,
  permissionDecision,
  requestDecision,
  shouldAllowDownload,
  shouldAllowNavigation,
  shouldAllowWebview,
  windowOpenDecision,
} from './policy';

/**
 * The decisions of `policy.ts` installed on Electron's objects. Only types come from Electron,
 * so `hardening.test.ts` installs them on stand-ins and fires the events at them.
 */

export interface HardeningOptions {
  /** A packaged build: DevTools never stay open (the window's `devTools: false` already refuses them). */
  isProduction: boolean;
}

/** On every web contents the app creates: the window, and anything that could ever come from it. */
export function hardenWebContents(contents: WebContents, { isProduction }: HardeningOptions): void {
  contents.on('will-navigate', (event) => {
    if (!shouldAllowNavigation(event.url)) event.preventDefault();
  });
  // Frames too (the CSP already has frame-src 'none'): no frame navigates anywhere but the app.
  contents.on('will-frame-navigate', (event) => {
    if (!shouldAllowNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!shouldAllowNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    if (!shouldAllowWebview()) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => windowOpenDecision(url));
  if (isProduction) contents.on('devtools-opened', () => contents.closeDevTools());
}

/** On the session every window uses: permissions, devices, the network and downloads. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(permissionDecision(permission)));
  session.setPermissionCheckHandler((_contents, permission) => permissionCheckDecision(permission));
  session.setDevicePermissionHandler(() => devicePermissionDecision());
  session.webRequest.onBeforeRequest({ urls: [...BLOCKED_REQUEST_PATTERNS] }, (details, callback) => callback(requestDecision(details.url)));
  session.on('will-download', (event) => {
    if (!shouldAllowDownload()) event.preventDefault();
  });
}
