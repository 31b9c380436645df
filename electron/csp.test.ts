import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from './csp';
import { isReadMethod, responseHeaders } from './responseHeaders';

/** A policy as directive → sources. */
function parse(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    expect(out.has(name), `${name} appears twice`).toBe(false);
    out.set(name.toLowerCase(), sources);
  }
  return out;
}

describe('the Content Security Policy', () => {
  const header = parse(CONTENT_SECURITY_POLICY);
  const meta = parse(META_CONTENT_SECURITY_POLICY);

  it.each<[string, string[]]>([
    ['default-src', ["'self'"]],
    ['script-src', ["'self'"]],
    ['style-src', ["'self'"]],
    ['img-src', ["'self'", 'data:']],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'"]],
    ['worker-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
    ['frame-src', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
  ])('%s is exactly %j', (directive, sources) => {
    expect(header.get(directive)).toEqual(sources);
  });

  it('allows no eval, no inline script or style, no remote origin, no wildcard and no blob: code', () => {
    for (const [directive, sources] of header) {
      for (const source of sources) {
        expect(source, directive).not.toMatch(/unsafe-|strict-dynamic|^\*|^https?:|^wss?:|^http|^blob:|^filesystem:|^'nonce-|^'sha/);
        if (source === 'data:') expect(directive).toBe('img-src');
      }
    }
  });

  it('is the same as a meta tag, less frame-ancestors (which a meta tag cannot carry)', () => {
    expect([...meta.keys()]).toEqual([...header.keys()].filter((d) => d !== 'frame-ancestors'));
    for (const [directive, sources] of meta) expect(sources).toEqual(header.get(directive));
  });
});

describe('responseHeaders', () => {
  it.each([
    ['/r/index.html', 'text/html; charset=utf-8'],
    ['/r/assets/index-abc.js', 'text/javascript; charset=utf-8'],
    ['/r/assets/index.css', 'text/css; charset=utf-8'],
    ['/r/icon.svg', 'image/svg+xml'],
    ['/r/unknown.bin', 'application/octet-stream'],
  ])('serves %s as %s, with the policy, unsniffed, no referrer, a window and resources of its own', (file, type) => {
    expect(responseHeaders(file)).toEqual({
      'Content-Type': type,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Resource-Policy': 'same-origin',
    });
  });

  it.each([
    ['GET', true],
    ['HEAD', true],
    ['POST', false],
    ['PUT', false],
    ['DELETE', false],
    ['OPTIONS', false],
    ['get', false],
  ])('%s is a read: %s', (method, read) => {
    expect(isReadMethod(method)).toBe(read);
  });
});
