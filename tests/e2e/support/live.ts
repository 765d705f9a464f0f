import type { Page } from 'playwright-core';
import type { PageOptions, Site } from './journey.ts';

/** Resolves once the page's live socket has confirmed a subscription to every topic named. */
function subscribedTo(page: Page, count: number): Promise<void> {
  return new Promise((resolve) => {
    page.on('websocket', (socket) => {
      let confirmed = 0;
      socket.on('framereceived', ({ payload }) => {
        const frame = JSON.parse(String(payload)) as { type: string };
        if (frame.type === 'subscribed' && ++confirmed === count) resolve();
      });
    });
  });
}

/**
 * Opens a page that follows live updates and waits until it is subscribed to its topics (by
 * default a thread page's: the thread, and the member's own when signed in), since events from
 * before the subscription are not replayed to a page that never saw any. A marker on `window`
 * tells a later check whether the page was ever reloaded.
 */
export async function openLive(site: Site, path: string, options: PageOptions & { topics?: number } = {}): Promise<Page> {
  const { topics = options.as ? 2 : 1, ...pageOptions } = options;
  const page = await site.page(pageOptions);
  const ready = subscribedTo(page, topics);
  await page.goto(path);
  await ready;
  await page.evaluate(() => ((window as unknown as { samePage: boolean }).samePage = true));
  return page;
}

export const stillSamePage = (page: Page) => page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage === true);

type Shifts = { score: number; sources: string[] };
type ShiftWindow = { shifts: Shifts };
type LayoutShiftEntry = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node?: Node }[] };

/** Starts adding up layout shifts (not those right after input, as CLS does) from now on. */
export async function followLayoutShifts(page: Page): Promise<void> {
  await page.evaluate(() => {
    const shifts: Shifts = { score: 0, sources: [] };
    (window as unknown as ShiftWindow).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as LayoutShiftEntry[]) {
        if (entry.hadRecentInput) continue;
        shifts.score += entry.value;
        shifts.sources.push(...entry.sources.map((s) => (s.node instanceof Element ? `${s.node.tagName}#${s.node.id}.${s.node.className}` : String(s.node?.nodeName))));
      }
    }).observe({ type: 'layout-shift' });
  });
}

/** The shifts so far, after two frames so the last update has been painted and reported. */
export async function layoutShift(page: Page): Promise<Shifts> {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.waitForTimeout(300);
  return page.evaluate(() => (window as unknown as ShiftWindow).shifts);
}
