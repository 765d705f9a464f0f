import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser, newPage } from './browser.ts';
import { startForum, type Forum, type ForumUser } from './forum.ts';

export type PageOptions = BrowserContextOptions & { as?: ForumUser };

/** The running product plus a browser: `page({ as })` opens a fresh context, signed in when asked. */
export type Site = Forum & { browser: Browser; page(options?: PageOptions): Promise<Page> };

/** One product and one browser for a test file, started before its tests and stopped after. */
export function useSite(options: Parameters<typeof startForum>[0] = {}): Site {
  const site = {} as Site;
  let browser: Browser | undefined;
  let forum: Forum | undefined;
  beforeAll(async () => {
    const [started, launched] = await Promise.all([startForum(options), launchBrowser()]);
    [forum, browser] = [started, launched];
    const page = async ({ as, ...context }: PageOptions = {}) => {
      const opened = await newPage(launched, started.origin, context);
      if (as) {
        const [name, value] = as.cookie.split('=') as [string, string];
        await opened.context().addCookies([{ name, value, url: started.origin }]);
      }
      return opened;
    };
    Object.assign(site, started, { browser: launched, page });
  });
  afterAll(async () => {
    await browser?.close();
    await forum?.stop();
  });
  return site;
}
