import { describe, expect, it } from 'vitest';
import {
  BLOCKED_REQUEST_PATTERNS,
  devicePermissionDecision,
  GRANTED_PERMISSIONS,
  permissionCheckDecision,
  permissionDecision,
  requestDecision,
  shouldAllowDownload,
  shouldAllowNavigation,
  shouldAllowWebview,
  windowOpenDecision,
} from './policy';

describe('shouldAllowNavigation', () => {
  it.each([
    ['app://crosscheck/index.html', true],
    ['app://crosscheck/', true],
    ['app://crosscheck/index.html#/settings', true],
    ['app://crosscheck.evil/index.html', false],
    ['app://other/index.html', false],
    ['https://attacker.invalid/', false],
    ['http://127.0.0.1:5180/', false],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['blob:app://crosscheck/0d1e', false],
    ['about:blank', false],
    ['devtools://devtools/bundled/inspector.html', false],
    ['chrome://settings', false],
    ['', false],
    ['not a url', false],
  ])('%s -> %s', (url, allowed) => {
    expect(shouldAllowNavigation(url)).toBe(allowed);
  });
});

describe('windowOpenDecision', () => {
  it.each(['https://attacker.invalid/', 'app://crosscheck/index.html', 'javascript:alert(1)', 'about:blank', ''])('denies %s', (url) => {
    expect(windowOpenDecision(url)).toEqual({ action: 'deny' });
  });
});

describe('permissions', () => {
  // Every permission Electron 41 asks the request and check handlers about, and some it may add.
  const permissions = [
    'clipboard-read',
    'clipboard-sanitized-write',
    'deprecated-sync-clipboard-read',
    'display-capture',
    'fileSystem',
    'fullscreen',
    'geolocation',
    'hid',
    'idle-detection',
    'keyboardLock',
    'media',
    'mediaKeySystem',
    'midi',
    'midiSysex',
    'notifications',
    'openExternal',
    'pointerLock',
    'serial',
    'speaker-selection',
    'storage-access',
    'top-level-storage-access',
    'usb',
    'window-management',
    'persistent-storage',
    'unknown',
    '',
  ];

  it.each(permissions)('denies %s, asked and checked', (permission) => {
    expect(permissionDecision(permission)).toBe(false);
    expect(permissionCheckDecision(permission)).toBe(false);
  });

  it('grants none at all', () => {
    expect([...GRANTED_PERMISSIONS]).toEqual([]);
  });

  it('gives no device (HID, serial, USB), attaches no webview and allows no download', () => {
    expect(devicePermissionDecision()).toBe(false);
    expect(shouldAllowWebview()).toBe(false);
    expect(shouldAllowDownload()).toBe(false);
  });
});

describe('requestDecision', () => {
  it.each([
    ['app://crosscheck/assets/index.js', false],
    ['app://crosscheck/index.html', false],
    ['data:image/png;base64,iVBORw0KGgo=', false],
    ['blob:app://crosscheck/8f1c', false],
    ['devtools://devtools/bundled/inspector.html', false],
    ['app://other/index.html', true],
    ['https://attacker.invalid/x.png', true],
    ['http://127.0.0.1:4317/remote/beacon', true],
    ['wss://attacker.invalid/socket', true],
    ['ws://localhost:9229/', true],
    ['ftp://attacker.invalid/file', true],
    ['file:///etc/passwd', true],
    ['chrome-extension://abc/x.js', true],
    ['not a url', true],
  ])('%s: cancel %s', (url, cancel) => {
    expect(requestDecision(url)).toEqual({ cancel });
  });

  it('is asked about everything on the network and every local file', () => {
    expect(BLOCKED_REQUEST_PATTERNS).toEqual(['*://*/*', 'file:///*']);
  });
});
