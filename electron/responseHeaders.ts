import { contentType } from './appOrigin';
import { CONTENT_SECURITY_POLICY } from './csp';

/**
 * The headers of every file the app serves from `app://`: its type (never sniffed), the
 * Content Security Policy (with `frame-ancestors`, which a meta tag cannot carry), no referrer
 * and a window of its own.
 */
export function responseHeaders(file: string): Record<string, string> {
  return {
    'Content-Type': contentType(file),
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}

/** The app's files are only ever read: anything but GET and HEAD is refused. */
export function isReadMethod(method: string): boolean {
  return method === 'GET' || method === 'HEAD';
}
