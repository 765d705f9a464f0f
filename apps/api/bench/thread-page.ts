/**
 * The built SvelteKit thread page /t/<slug> for a 200-comment thread, served by the API process
 * as in production: the median server render, and the JavaScript a first load fetches, gzipped
 * (every script Debian's chromium fetches until the network is idle).
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { createThreadCache } from '../src/modules/comments/thread-cache.ts';
import { mountWeb } from '../src/web.ts';
import { chromium } from 'playwright-core';
import { median, type Bench } from './common.ts';
import { seedThread, seedUsers } from './seed.ts';

export const webHandler = fileURLToPath(new URL('../../web/build/handler.js', import.meta.url));
const SAMPLES = 30;
let webPort: number | undefined;
const BROWSER_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

/** The JavaScript a browser fetches to show the page the first time, summed gzipped (as a server would send it). */
async function firstLoadJsGzipBytes(url: string): Promise<{ bytes: number; files: number }> {
  // Debian's chromium, never a downloaded one, kept off the network as in the browser tests.
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: BROWSER_FLAGS });
  try {
    const page = await browser.newPage();
    const scripts: Promise<Buffer>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.body());
    });
    await page.goto(url, { waitUntil: 'networkidle' });
    const bodies = await Promise.all(scripts);
    return { bytes: bodies.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0), files: bodies.length };
  } finally {
    await browser.close();
  }
}

export async function benchThreadPage({ handle }: Bench) {
  if (!existsSync(webHandler)) throw new Error('no web build: run pnpm --filter @forum/web build');
  const authors = await seedUsers(handle.db, 50);
  const slug = await seedThread(handle.db, authors, 200);
  // The web app's server-side API client reads these once, when the handler is first imported:
  // every run in this process must listen on the same port.
  webPort ??= await freePort();
  const port = webPort;
  const origin = `http://127.0.0.1:${port}`;
  process.env.API_ORIGIN = origin;
  process.env.PORT = String(port);
  const config = loadConfig({ LOG_LEVEL: 'silent', DEMO_DATA: 'false', PUBLIC_ORIGIN: origin });
  const app = await buildApp({ deps: { db: handle.db, config, now: () => new Date(), threadCache: createThreadCache() } });
  await mountWeb(app, webHandler, origin);
  await app.listen({ port, host: '127.0.0.1' });
  try {
    const page = async () => {
      const res = await fetch(`${origin}/t/${slug}`);
      if (res.status !== 200) throw new Error(`thread page: ${res.status}`);
      await res.text();
    };
    await page();
    const samples: number[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      const started = performance.now();
      await page();
      samples.push(performance.now() - started);
    }
    const js = await firstLoadJsGzipBytes(`${origin}/t/${slug}`);
    return { threadPage: { ssrMedianMs: median(samples), jsKbGzip: +(js.bytes / 1024).toFixed(1) }, scripts: js.files };
  } finally {
    await app.close();
  }
}
