import { app, session, type WebContents } from 'electron';
import { hardenSession, hardenWebContents, type HardeningOptions } from './hardening';

/**
 * Hardening that applies to every web contents the app ever creates and to its session: no
 * navigation away from the app, no new windows, no webviews, no permission (camera,
 * notifications, …), no network, no downloads, and no DevTools in a packaged build. The
 * decisions are in `policy.ts`, installed by `hardening.ts`; both are tested without Electron.
 */
export function hardenApp(options: HardeningOptions): void {
  app.on('web-contents-created', (_event, contents: WebContents) => hardenWebContents(contents, options));
  app.whenReady().then(
    () => hardenSession(session.defaultSession),
    () => undefined,
  );
}
