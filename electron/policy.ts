import { APP_SCHEME, isTrustedUrl } from './appOrigin';

/**
 * What the app allows its web contents to do, as pure decisions: `security.ts` installs them on
 * every web contents and on the session, and `policy.test.ts` tables them. Nothing here imports
 * Electron, so the decisions are tested without it.
 */

/** A page may only ever navigate (or be redirected) within the app's own origin: never to the web, `file:`, `data:` or `javascript:`. */
export function shouldAllowNavigation(url: string): boolean {
  return isTrustedUrl(url);
}

/** `window.open`, `target=_blank` and middle clicks: never a new window, whatever the URL (no links open outside either). */
export function windowOpenDecision(_url: string): { action: 'deny' } {
  return { action: 'deny' };
}

/**
 * Permissions the app asks for: none (camera, microphone, notifications, geolocation, clipboard
 * reads, MIDI, HID, serial, USB, fullscreen, opening external links, …). A feature that needs one
 * adds its name here, with why, and a row to the test.
 */
export const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set<string>();

/** For `setPermissionRequestHandler`: whether to grant a permission a page asks for. */
export function permissionDecision(permission: string): boolean {
  return GRANTED_PERMISSIONS.has(permission);
}

/** For `setPermissionCheckHandler` (a page asking whether it has a permission): the same answer as a request. */
export function permissionCheckDecision(permission: string): boolean {
  return permissionDecision(permission);
}

/** For `setDevicePermissionHandler` (HID, serial, USB devices): never. */
export function devicePermissionDecision(): boolean {
  return false;
}

/** `<webview>` can never be attached (the tag is also off in the window's preferences). */
export function shouldAllowWebview(): boolean {
  return false;
}

/**
 * The app needs no network: everything it shows is in its own bundle, served from `app://`.
 * For `webRequest.onBeforeRequest`: any request to the web (http, https, ws, wss, ftp) or to
 * `file:` is cancelled, so a payload that slipped past the CSP still reaches nothing. The app's
 * origin, DevTools (development builds only), and `data:`/`blob:` URLs of the page itself pass.
 * `security.ts` filters on {@link BLOCKED_REQUEST_PATTERNS}; this decides within them.
 */
export function requestDecision(url: string): { cancel: boolean } {
  let scheme: string;
  try {
    scheme = new URL(url).protocol;
  } catch {
    return { cancel: true };
  }
  if (scheme === `${APP_SCHEME}:`) return { cancel: !isTrustedUrl(url) };
  return { cancel: !['devtools:', 'data:', 'blob:'].includes(scheme) };
}

/** The requests `webRequest.onBeforeRequest` is asked about: everything on the network, and local files. */
export const BLOCKED_REQUEST_PATTERNS: readonly string[] = ['*://*/*', 'file:///*'];

/** Downloads (a navigation to a file, `<a download>`): never; exports are saved through the save dialog (`saveFile`). */
export function shouldAllowDownload(): boolean {
  return false;
}
