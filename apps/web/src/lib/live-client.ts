import type { LiveClientFrame, LiveEventFrame, LiveServerFrame, LiveTopic } from '@forum/contracts';
import { LiveCloseCode } from '@forum/contracts/live-close';

/** What the client needs of a websocket: the browser's, or `ws` in tests. */
export type SocketLike = {
  readonly readyState: number;
  send(data: string): void;
  close(): void;
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: { code: number }) => void) | null;
};

export type LiveClientOptions = {
  url: string;
  openSocket?: (url: string) => SocketLike;
  /** Every new event of one server message, in id order, each once. */
  onEvents(frames: LiveEventFrame[]): void;
  /** The server no longer has the events this topic missed: reload what shows it. */
  onResync(topic: LiveTopic): void;
  onConnected?(isConnected: boolean): void;
  backoff?: { firstMs: number; maxMs: number };
};

const OPEN = 1;

/**
 * One websocket for all the topics a page follows. It remembers the newest event id of each
 * topic, so after a dropped connection it reconnects with backoff and resumes with `since`.
 */
export function createLiveClient(options: LiveClientOptions) {
  const { firstMs, maxMs } = options.backoff ?? { firstMs: 500, maxMs: 15_000 };
  const openSocket = options.openSocket ?? ((url: string) => new WebSocket(url) as unknown as SocketLike);
  /** Followed topics and the newest id seen on each; undefined until the server has said where it starts. */
  const cursors = new Map<LiveTopic, number | undefined>();
  let socket: SocketLike | null = null;
  let failures = 0;
  let retry: ReturnType<typeof setTimeout> | null = null;

  const send = (frame: LiveClientFrame) => {
    if (socket?.readyState === OPEN) socket.send(JSON.stringify(frame));
  };
  const subscribe = (topic: LiveTopic) => {
    const since = cursors.get(topic);
    send({ type: 'subscribe', topic, ...(since !== undefined ? { since } : {}) });
  };

  function receive(data: unknown) {
    let json: unknown;
    try {
      json = JSON.parse(String(data));
    } catch {
      return;
    }
    // Frames come from our own server, built from the shared contract: a shape check is enough,
    // and validating with zod here would ship zod to every page.
    if (!isServerFrame(json)) return;
    const frame = json;
    if (frame.type === 'event' || frame.type === 'batch') {
      const fresh = (frame.type === 'batch' ? frame.frames : [frame]).filter((f) => {
        if (!cursors.has(f.topic)) return false;
        const cursor = cursors.get(f.topic);
        if (cursor !== undefined && f.id <= cursor) return false;
        cursors.set(f.topic, f.id);
        return true;
      });
      if (fresh.length) options.onEvents(fresh);
    } else if (frame.type === 'subscribed') {
      if (cursors.has(frame.topic) && (cursors.get(frame.topic) ?? -1) < frame.id) cursors.set(frame.topic, frame.id);
    } else if (frame.type === 'resync') {
      options.onResync(frame.topic);
    } else if (frame.topic && frame.code !== 'UNAVAILABLE') {
      // Refused for good (signed out, not a moderator): stop asking.
      cursors.delete(frame.topic as LiveTopic);
    }
  }

  function connect() {
    if (socket || retry || cursors.size === 0) return;
    const current = openSocket(options.url);
    socket = current;
    current.onopen = () => {
      failures = 0;
      options.onConnected?.(true);
      for (const topic of cursors.keys()) subscribe(topic);
    };
    current.onmessage = (event) => receive(event.data);
    current.onclose = (event) => {
      if (socket !== current) return;
      socket = null;
      options.onConnected?.(false);
      // A slow consumer was cut to let it catch up: come straight back.
      const wait = event.code === LiveCloseCode.slowConsumer ? 0 : Math.min(maxMs, firstMs * 2 ** failures) * (0.5 + Math.random() / 2);
      failures += 1;
      retry = setTimeout(() => {
        retry = null;
        connect();
      }, wait);
    };
  }

  return {
    follow(topic: LiveTopic) {
      if (cursors.has(topic)) return;
      cursors.set(topic, undefined);
      subscribe(topic);
      connect();
    },
    unfollow(topic: LiveTopic) {
      if (!cursors.delete(topic)) return;
      send({ type: 'unsubscribe', topic });
    },
    close() {
      cursors.clear();
      if (retry) clearTimeout(retry);
      retry = null;
      const current = socket;
      socket = null;
      current?.close();
    },
  };
}

export type LiveClient = ReturnType<typeof createLiveClient>;

function isServerFrame(value: unknown): value is LiveServerFrame {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}
