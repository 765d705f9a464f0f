import WebSocket from 'ws';
import { LiveServerFrame, type LiveClientFrame, type LiveEventFrame } from '@forum/contracts';
import type { App } from '../src/app.ts';
import { ORIGIN } from './context.ts';

/** A real websocket client of /api/live that records every frame it is sent, batches unpacked. */
export type LiveTestClient = Awaited<ReturnType<typeof openLive>>;

export async function listenOnLoopback(app: App): Promise<string> {
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return address.replace(/^http/, 'ws') + '/api/live';
}

export async function openLive(url: string, options: { cookie?: string; origin?: string } = {}) {
  const socket = new WebSocket(url, { headers: { origin: options.origin ?? ORIGIN, ...(options.cookie ? { cookie: options.cookie } : {}) } });
  const frames: LiveServerFrame[] = [];
  const waiters = new Set<() => void>();
  const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
  socket.on('message', (data, isBinary) => {
    // A browser hands binary frames to the page as Blobs its JSON parsing cannot read: ignore them as it would.
    if (isBinary) return;
    const frame = LiveServerFrame.parse(JSON.parse(String(data)));
    frames.push(...(frame.type === 'batch' ? frame.frames : [frame]));
    for (const wake of waiters) wake();
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });

  const events = (topic?: string) => frames.filter((f): f is LiveEventFrame => f.type === 'event' && (!topic || f.topic === topic));

  function waitFor<T>(find: () => T | undefined | false, what: string, timeoutMs = 10_000): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = find();
        if (found === undefined || found === false) return;
        cleanup();
        resolve(found);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`timed out waiting for ${what}; got ${JSON.stringify(frames.slice(-5))}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        waiters.delete(check);
      };
      waiters.add(check);
      check();
    });
  }

  async function subscribe(topic: string, since?: number) {
    const before = frames.length;
    send({ type: 'subscribe', topic, ...(since !== undefined ? { since } : {}) } as LiveClientFrame);
    return waitFor(
      () => frames.slice(before).find((f) => (f.type === 'subscribed' || f.type === 'error') && f.topic === topic),
      `subscription to ${topic}`,
    );
  }

  function send(frame: LiveClientFrame | Record<string, unknown> | string) {
    socket.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
  }

  async function close() {
    socket.close();
    await closed;
  }

  return { socket, frames, events, waitFor, subscribe, send, close, closed };
}
