import type { WebSocket } from 'ws';
import { LiveClientFrame, LiveCloseCode, type LiveErrorCode, type LiveServerFrame, type LiveTopic } from '@forum/contracts';
import { hasRole, type Actor } from '../../lib/access.ts';
import type { LiveHub, LiveSink } from './hub.ts';

const MAX_TOPICS = 50;
// Each subscription with `since` reads the database: a client may not turn that into a flood.
const SUBSCRIBES_PER_MINUTE = 120;

/** Why this actor may not follow a topic, or null. Thread topics carry only published changes, so anyone may. */
export function refusalFor(actor: Actor | null, topic: LiveTopic): LiveErrorCode | null {
  if (topic.startsWith('thread:')) return null;
  if (!actor) return 'NOT_AUTHENTICATED';
  if (topic === 'queue') return hasRole(actor, 'moderator') ? null : 'FORBIDDEN';
  return topic === `user:${actor.id}` ? null : 'FORBIDDEN';
}

export type LiveConnection = LiveSink & { socket: WebSocket; isAlive: boolean };

type Options = { hub: LiveHub; socketBufferBytes: number; log: { error(obj: object, msg: string): void } };

/** One client's socket: parses its frames, checks each topic, and cuts it off when it cannot keep up. */
export function serveConnection(socket: WebSocket, actor: Actor | null, { hub, socketBufferBytes, log }: Options): LiveConnection {
  const send = (message: string | Buffer) => {
    if (socket.readyState !== socket.OPEN) return;
    // A client that cannot keep up is cut off, not buffered for: it resumes with `since`.
    if (socket.bufferedAmount > socketBufferBytes) {
      hub.drop(connection);
      socket.close(LiveCloseCode.slowConsumer, 'too slow: reconnect and resume with since');
      return;
    }
    // Fan-out shares one encoded Buffer; it must still go as a text frame, which browsers read as a string.
    socket.send(message, { binary: false });
  };
  const connection: LiveConnection = {
    socket,
    isAlive: true,
    sendMessage: send,
    sendFrame: (frame: LiveServerFrame) => send(JSON.stringify(frame)),
  };
  const refuse = (code: LiveErrorCode, message: string, topic?: string) =>
    connection.sendFrame({ type: 'error', code, message, ...(topic ? { topic } : {}) });
  const subscribedTopics = new Set<string>();
  let rate = { startedAt: Date.now(), subscribes: 0 };
  const isOverRate = () => {
    if (Date.now() - rate.startedAt > 60_000) rate = { startedAt: Date.now(), subscribes: 0 };
    rate.subscribes += 1;
    return rate.subscribes > SUBSCRIBES_PER_MINUTE;
  };

  socket.on('message', (data) => {
    let json: unknown;
    try {
      json = JSON.parse(String(data));
    } catch {
      return refuse('BAD_FRAME', 'Frames are JSON objects');
    }
    const parsed = LiveClientFrame.safeParse(json);
    if (!parsed.success) {
      return refuse('BAD_FRAME', parsed.error.issues.map((i) => `${i.path.join('.') || 'frame'}: ${i.message}`).join('; '));
    }
    const frame = parsed.data;
    if (frame.type === 'unsubscribe') {
      subscribedTopics.delete(frame.topic);
      return hub.unsubscribe(connection, frame.topic);
    }
    if (isOverRate()) return refuse('RATE_LIMITED', `Subscribe at most ${SUBSCRIBES_PER_MINUTE} times a minute`, frame.topic);
    const refusal = refusalFor(actor, frame.topic);
    if (refusal) return refuse(refusal, `You may not follow ${frame.topic}`, frame.topic);
    if (!subscribedTopics.has(frame.topic) && subscribedTopics.size >= MAX_TOPICS) {
      return refuse('TOO_MANY_TOPICS', `Follow at most ${MAX_TOPICS} topics on one connection`, frame.topic);
    }
    subscribedTopics.add(frame.topic);
    hub.subscribe(connection, frame.topic, frame.since).catch((error: unknown) => {
      log.error({ err: error }, 'live: replay failed');
      subscribedTopics.delete(frame.topic);
      hub.unsubscribe(connection, frame.topic);
      refuse('UNAVAILABLE', 'Could not read the missed events; subscribe again shortly', frame.topic);
    });
  });
  socket.on('pong', () => {
    connection.isAlive = true;
  });
  socket.on('close', () => hub.drop(connection));
  return connection;
}
