import type { Db } from '@forum/db';
import type { LiveServerFrame, LiveTopic } from '@forum/contracts';
import { outboxBounds, readAfter, readTopicAfter, type OutboxRow } from './queries.ts';

/** One socket as the hub sees it: events go out already serialised, everything of one tick as one message. */
export type LiveSink = {
  sendMessage(message: Buffer): void;
  sendFrame(frame: LiveServerFrame): void;
};

type Subscription = {
  sink: LiveSink;
  topic: string;
  /** The newest id this subscriber has been given, or has chosen to skip. */
  cursor: number;
  /** Live events that arrive while the replay is being read; null once live. */
  pending: OutboxRow[] | null;
};

const READ_BATCH = 1000;

const toFrame = (row: OutboxRow) => `{"type":"event","id":${row.id},"topic":${JSON.stringify(row.topic)},"event":${row.event}}`;
const toMessage = (rows: OutboxRow[]) =>
  Buffer.from(rows.length === 1 ? toFrame(rows[0]!) : `{"type":"batch","frames":[${rows.map(toFrame).join(',')}]}`);

/**
 * Reads the outbox after the newest id it has seen and hands each new event to the
 * subscribers of its topic, in id order, each event at most once per subscriber.
 */
export function createHub(db: Db, options: { replayLimit: number }) {
  let lastId = 0;
  let reading: Promise<void> | null = null;
  let readAgain = false;
  const topics = new Map<string, Set<Subscription>>();
  const bySink = new Map<LiveSink, Map<string, Subscription>>();

  function deliver(rows: OutboxRow[]) {
    const outgoing = new Map<LiveSink, OutboxRow[]>();
    for (const row of rows) {
      for (const sub of topics.get(row.topic) ?? []) {
        if (sub.pending) sub.pending.push(row);
        else if (row.id > sub.cursor) {
          sub.cursor = row.id;
          const list = outgoing.get(sub.sink);
          if (list) list.push(row);
          else outgoing.set(sub.sink, [row]);
        }
      }
    }
    // Most sockets of a tick get the same events: encode each distinct message once.
    const encoded = new Map<string, Buffer>();
    for (const [sink, list] of outgoing) {
      const key = list.map((r) => r.id).join(',');
      let message = encoded.get(key);
      if (!message) encoded.set(key, (message = toMessage(list)));
      sink.sendMessage(message);
    }
  }

  async function readNew() {
    for (;;) {
      const rows = await readAfter(db, lastId, READ_BATCH);
      if (rows.length === 0) return;
      lastId = rows.at(-1)!.id;
      deliver(rows);
      if (rows.length < READ_BATCH) return;
    }
  }

  /** Coalesces wake-ups: one read at a time, and one more if woken meanwhile. */
  function catchUp(newestId = Infinity): Promise<void> {
    if (newestId <= lastId) return reading ?? Promise.resolve();
    if (reading) {
      readAgain = true;
      return reading;
    }
    reading = (async () => {
      try {
        do {
          readAgain = false;
          await readNew();
        } while (readAgain);
      } finally {
        reading = null;
      }
    })();
    return reading;
  }

  function remove(sink: LiveSink, topic: string) {
    const sub = bySink.get(sink)?.get(topic);
    if (!sub) return;
    bySink.get(sink)!.delete(topic);
    topics.get(topic)?.delete(sub);
    if (topics.get(topic)?.size === 0) topics.delete(topic);
  }

  function add(sink: LiveSink, topic: string, cursor: number, replaying: boolean): Subscription {
    remove(sink, topic);
    const sub: Subscription = { sink, topic, cursor, pending: replaying ? [] : null };
    if (!topics.has(topic)) topics.set(topic, new Set());
    topics.get(topic)!.add(sub);
    if (!bySink.has(sink)) bySink.set(sink, new Map());
    bySink.get(sink)!.set(topic, sub);
    return sub;
  }

  function goLive(sub: Subscription, replayed: OutboxRow[]) {
    const rows = [...replayed];
    for (const row of sub.pending ?? []) {
      if (row.id > (rows.at(-1)?.id ?? sub.cursor)) rows.push(row);
    }
    sub.cursor = rows.at(-1)?.id ?? sub.cursor;
    sub.pending = null;
    if (rows.length) sub.sink.sendMessage(toMessage(rows));
    sub.sink.sendFrame({ type: 'subscribed', topic: sub.topic as LiveTopic, id: sub.cursor });
  }

  /** Replays what the subscriber missed after `since`, then streams; without `since`, streams from now. */
  async function subscribe(sink: LiveSink, topic: LiveTopic, since?: number) {
    if (since === undefined) {
      goLive(add(sink, topic, lastId, false), []);
      return;
    }
    const sub = add(sink, topic, since, true);
    const [bounds, rows] = await Promise.all([outboxBounds(db), readTopicAfter(db, topic, since, options.replayLimit + 1)]);
    if (bySink.get(sink)?.get(topic) !== sub) return;
    const isPruned = since < bounds.oldest - 1 || since > bounds.newest;
    if (isPruned || rows.length > options.replayLimit) {
      sub.cursor = Math.max(bounds.newest, lastId);
      sink.sendFrame({ type: 'resync', topic });
      goLive(sub, []);
      return;
    }
    goLive(sub, rows);
  }

  function drop(sink: LiveSink) {
    for (const topic of [...(bySink.get(sink)?.keys() ?? [])]) remove(sink, topic);
    bySink.delete(sink);
  }

  async function start() {
    lastId = (await outboxBounds(db)).newest;
  }

  return {
    start,
    catchUp,
    subscribe,
    unsubscribe: remove,
    drop,
    get lastId() {
      return lastId;
    },
    get subscriberCount() {
      return bySink.size;
    },
  };
}

export type LiveHub = ReturnType<typeof createHub>;
