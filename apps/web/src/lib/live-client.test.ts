import { afterEach, describe, expect, it } from 'vitest';
import WebSocket, { WebSocketServer } from 'ws';
import type { LiveEventFrame, LiveServerFrame } from '@forum/contracts';
import { createLiveClient, type SocketLike } from './live-client';

const THREAD = 'thread:6f1c3a9e-2b7d-4c1e-9a53-0c2f4b8d7e61' as const;
const commentId = '0b9f7d2c-5e4a-4f1b-8c3d-2a6e9f1b7c40';
const event = (id: number): LiveEventFrame => ({
  type: 'event',
  id,
  topic: THREAD,
  event: { type: 'comment.published', threadId: THREAD.slice(7), commentId, parentId: null },
});

/** A scripted stand-in for /api/live on a real socket: records what each connection asks for. */
async function scriptedServer() {
  const server = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  const requests: unknown[][] = [];
  const sockets: WebSocket[] = [];
  const arrivals: (() => void)[] = [];
  server.on('connection', (socket) => {
    const mine: unknown[] = [];
    requests.push(mine);
    sockets.push(socket);
    socket.on('message', (data) => {
      mine.push(JSON.parse(String(data)));
      arrivals.splice(0).forEach((wake) => wake());
    });
  });
  const until = async (check: () => boolean) => {
    while (!check()) await new Promise<void>((resolve) => arrivals.push(resolve));
  };
  const send = (frame: LiveServerFrame, socket = sockets.at(-1)!) => socket.send(JSON.stringify(frame));
  const { port } = server.address() as { port: number };
  return { url: `ws://127.0.0.1:${port}`, requests, sockets, until, send, close: () => {
      for (const socket of sockets) socket.terminate();
      return new Promise((r) => server.close(r));
    },
  };
}

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function startClient(url: string) {
  const received: number[][] = [];
  const resyncs: string[] = [];
  const client = createLiveClient({
    url,
    openSocket: (u) => new WebSocket(u) as unknown as SocketLike,
    onEvents: (frames) => received.push(frames.map((f) => f.id)),
    onResync: (topic) => resyncs.push(topic),
    backoff: { firstMs: 10, maxMs: 50 },
  });
  cleanups.push(() => client.close());
  return { client, received, resyncs };
}

const waitFor = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
};

describe('live client', () => {
  it('reconnects after a dropped connection and resumes after the newest event it saw, never repeating one', async () => {
    const server = await scriptedServer();
    cleanups.push(server.close);
    const { client, received } = startClient(server.url);
    client.follow(THREAD);
    await server.until(() => server.requests[0]?.length === 1);
    expect(server.requests[0]).toEqual([{ type: 'subscribe', topic: THREAD }]);

    server.send({ type: 'subscribed', topic: THREAD, id: 10 });
    server.send(event(11));
    server.send({ type: 'batch', frames: [event(12), event(13)] });
    await waitFor(() => received.length === 2);
    server.sockets[0]!.terminate();

    await server.until(() => server.requests[1]?.length === 1);
    expect(server.requests[1]).toEqual([{ type: 'subscribe', topic: THREAD, since: 13 }]);
    server.send({ type: 'batch', frames: [event(13), event(14)] });
    await waitFor(() => received.length === 3);
    expect(received).toEqual([[11], [12, 13], [14]]);
  });

  it('resumes from where the server said the subscription starts when no event came', async () => {
    const server = await scriptedServer();
    cleanups.push(server.close);
    const { client } = startClient(server.url);
    client.follow(THREAD);
    await server.until(() => server.requests[0]?.length === 1);
    server.send({ type: 'subscribed', topic: THREAD, id: 41 });
    await new Promise((r) => setTimeout(r, 20));
    server.sockets[0]!.close(4001);
    await server.until(() => server.requests[1]?.length === 1);
    expect(server.requests[1]).toEqual([{ type: 'subscribe', topic: THREAD, since: 41 }]);
  });

  it('asks the page to reload on resync, and stops asking for a topic it was refused', async () => {
    const server = await scriptedServer();
    cleanups.push(server.close);
    const { client, resyncs } = startClient(server.url);
    client.follow(THREAD);
    client.follow('queue');
    await server.until(() => server.requests[0]?.length === 2);
    server.send({ type: 'resync', topic: THREAD });
    server.send({ type: 'error', code: 'FORBIDDEN', message: 'no', topic: 'queue' });
    await waitFor(() => resyncs.length === 1);
    await new Promise((r) => setTimeout(r, 20));
    server.sockets[0]!.terminate();
    await server.until(() => server.requests[1]?.length === 1);
    await new Promise((r) => setTimeout(r, 50));
    expect(server.requests[1]).toEqual([{ type: 'subscribe', topic: THREAD }]);
    expect(resyncs).toEqual([THREAD]);
  });
});
