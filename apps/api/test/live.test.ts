import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { LiveCloseCode } from '@forum/contracts';
import { notifyCommitted, sequencePending } from '../src/modules/live/outbox.ts';
import { pruneEvents } from '../src/modules/live/queries.ts';
import { createTestContext, ORIGIN } from './context.ts';
import { listenOnLoopback, openLive } from './live-client.ts';

const ctx = await createTestContext();
const url = await listenOnLoopback(ctx.app);
const author = await ctx.newUser('author');
const moderator = await ctx.newUser('moderator');

describe('live updates over websockets', () => {
  it('sends a thread subscriber the published comment and nothing of a held one', async () => {
    const thread = await ctx.newThread(author, { moderationMode: 'post' });
    const reader = await openLive(url);
    expect(await reader.subscribe(`thread:${thread.id}`)).toMatchObject({ type: 'subscribed' });

    const member = await ctx.newUser();
    const published = await ctx.newComment(member, thread.slug, 'The trial followed patients for five years.');
    const frame = await reader.waitFor(() => reader.events().find((e) => e.event.type === 'comment.published'), 'published comment');
    expect(frame.event).toEqual({ type: 'comment.published', threadId: thread.id, commentId: published.id, parentId: null });

    const watched = await ctx.newUser('member', { isPremoderated: true });
    const held = await ctx.newComment(watched, thread.slug, 'A comment from a member whose comments are all reviewed.');
    expect(held.visibility).toBe('awaiting_moderation');
    const marker = await ctx.newComment(member, thread.slug, 'Marker posted after the held comment.');
    await reader.waitFor(() => reader.events().some((e) => 'commentId' in e.event && e.event.commentId === marker.id), 'marker');
    expect(reader.events().map((e) => 'commentId' in e.event && e.event.commentId)).toEqual([published.id, marker.id]);
    await reader.close();
  });

  it('sends event frames as text, since a browser hands binary frames over as a Blob it cannot parse', async () => {
    const thread = await ctx.newThread(author, { moderationMode: 'post' });
    const socket = new WebSocket(url, { headers: { origin: ORIGIN } });
    const kinds: Array<{ isBinary: boolean; type: string }> = [];
    socket.on('message', (data, isBinary) => kinds.push({ isBinary, type: JSON.parse(String(data)).type }));
    await new Promise((resolve) => socket.once('open', resolve));
    socket.send(JSON.stringify({ type: 'subscribe', topic: `thread:${thread.id}` }));
    await expect.poll(() => kinds.length).toBe(1);
    await ctx.newComment(await ctx.newUser(), thread.slug, 'Arrives as text');
    await expect.poll(() => kinds.map((k) => k.type)).toEqual(['subscribed', 'event']);
    expect(kinds.map((k) => k.isBinary)).toEqual([false, false]);
    socket.close();
  });

  it('brings a held comment, and its rejection, to the moderators watching the queue and to its author, not to the thread', async () => {
    const thread = await ctx.newThread(author, { moderationMode: 'pre' });
    const member = await ctx.newUser();
    const queue = await openLive(url, { cookie: moderator.cookie });
    const own = await openLive(url, { cookie: member.cookie });
    const reader = await openLive(url);
    await queue.subscribe('queue');
    await own.subscribe(`user:${member.id}`);
    await reader.subscribe(`thread:${thread.id}`);

    const held = await ctx.newComment(member, thread.slug, 'Has anyone had HSCT in Mexico?');
    expect(held.visibility).toBe('awaiting_moderation');
    const item = await queue.waitFor(() => queue.events('queue').find((e) => e.event.type === 'queue.item_added'), 'queue item');
    expect(item.event).toMatchObject({ commentId: held.id, threadId: thread.id, state: 'pending' });
    const mine = await own.waitFor(() => own.events().find((e) => e.event.type === 'comment.held'), 'own held comment');
    expect(mine.event).toMatchObject({ commentId: held.id });

    await ctx.request('POST', `/api/mod/comments/${held.id}/decision`, { as: moderator, body: { action: 'reject', reason: 'Off-topic', expectedState: 'pending' } });
    const fate = await own.waitFor(() => own.events().find((e) => e.event.type === 'comment.decided'), 'decision on own comment');
    expect(fate.event).toEqual({ type: 'comment.decided', threadId: thread.id, commentId: held.id, toState: 'rejected' });

    // The thread topic gets its next published change, and still nothing before it.
    await ctx.request('PATCH', `/api/threads/${thread.slug}`, { as: author, body: { title: 'HSCT abroad: experiences' } });
    await reader.waitFor(() => reader.events().length > 0, 'thread update');
    expect(reader.events().map((e) => e.event.type)).toEqual(['thread.updated']);
    await Promise.all([queue.close(), own.close(), reader.close()]);
  });

  it('refuses the queue to members and anonymous readers, and one member the topic of another', async () => {
    const member = await ctx.newUser();
    const other = await ctx.newUser();
    const anonymous = await openLive(url);
    const signedIn = await openLive(url, { cookie: member.cookie });
    expect(await anonymous.subscribe('queue')).toMatchObject({ type: 'error', code: 'NOT_AUTHENTICATED' });
    expect(await signedIn.subscribe('queue')).toMatchObject({ type: 'error', code: 'FORBIDDEN' });
    expect(await signedIn.subscribe(`user:${other.id}`)).toMatchObject({ type: 'error', code: 'FORBIDDEN' });
    expect(await signedIn.subscribe(`user:${member.id}`)).toMatchObject({ type: 'subscribed' });

    const thread = await ctx.newThread(author, { moderationMode: 'pre' });
    await ctx.newComment(other, thread.slug, 'A pending comment a member must not hear of.');
    await ctx.newComment(member, thread.slug, 'My own pending comment.');
    await signedIn.waitFor(() => signedIn.events().length > 0, 'own event');
    expect(signedIn.events().map((e) => e.topic)).toEqual([`user:${member.id}`]);
    await Promise.all([anonymous.close(), signedIn.close()]);
  });

  it('answers a malformed frame with an error frame and keeps serving the connection', async () => {
    const client = await openLive(url);
    client.send('not json');
    client.send({ type: 'subscribe', topic: 'thread:nope' });
    client.send({ type: 'dance' });
    await client.waitFor(() => client.frames.filter((f) => f.type === 'error').length === 3, 'three errors');
    const errors = client.frames.filter((f) => f.type === 'error');
    expect(errors.map((f) => f.code)).toEqual(['BAD_FRAME', 'BAD_FRAME', 'BAD_FRAME']);
    expect(errors[1]!.message).toContain('topic');
    const thread = await ctx.newThread(author);
    expect(await client.subscribe(`thread:${thread.id}`)).toMatchObject({ type: 'subscribed' });
    await client.close();
  });

  it('refuses a client that keeps resubscribing, without closing its connection', async () => {
    const thread = await ctx.newThread(author);
    const client = await openLive(url);
    for (let i = 0; i < 121; i++) client.send({ type: 'subscribe', topic: `thread:${thread.id}` });
    const refused = await client.waitFor(() => client.frames.find((f) => f.type === 'error'), 'a refusal');
    expect(refused).toMatchObject({ code: 'RATE_LIMITED' });
    expect(client.frames.filter((f) => f.type === 'subscribed')).toHaveLength(120);
    await client.close();
  });

  it('gives a client that reconnects with since exactly the 50 events it missed, in order', async () => {
    const thread = await ctx.newThread(author, { moderationMode: 'post' });
    const member = await ctx.newUser();
    const first = await openLive(url);
    await first.subscribe(`thread:${thread.id}`);
    await ctx.newComment(member, thread.slug, 'Seen live before the drop.');
    const seen = await first.waitFor(() => first.events()[0], 'first event');
    await first.close();

    const missed: string[] = [];
    for (let i = 0; i < 50; i++) missed.push((await ctx.newComment(member, thread.slug, `Missed comment number ${i}`)).id);

    const again = await openLive(url);
    await again.subscribe(`thread:${thread.id}`, seen.id);
    const after = await ctx.newComment(member, thread.slug, 'Live again after the replay.');
    await again.waitFor(() => again.events().length === 51, '50 replayed and 1 live');
    const ids = again.events().map((e) => e.id);
    expect(again.events().map((e) => 'commentId' in e.event && e.event.commentId)).toEqual([...missed, after.id]);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(new Set(ids).size).toBe(51);
    await again.close();
  });

  it('tells a client whose missed events were pruned to reload', async () => {
    const thread = await ctx.newThread(author, { moderationMode: 'post' });
    const member = await ctx.newUser();
    const client = await openLive(url);
    await client.subscribe(`thread:${thread.id}`);
    await ctx.newComment(member, thread.slug, 'An event that will be pruned.');
    const old = await client.waitFor(() => client.events()[0], 'event');
    await client.close();
    await ctx.newComment(member, thread.slug, 'Another one, also pruned.');
    await ctx.newComment(member, thread.slug, 'The newest is always kept.');
    await sequencePending(ctx.db);
    expect(await pruneEvents(ctx.db, new Date(Date.now() + 60_000))).toBeGreaterThan(0);

    const back = await openLive(url);
    await back.subscribe(`thread:${thread.id}`, old.id);
    expect(back.frames.map((f) => f.type)).toEqual(['resync', 'subscribed']);
    await back.close();
  });

  it('cuts off a consumer that stops reading without holding up the others', async () => {
    const thread = await ctx.newThread(author);
    const topic = `thread:${thread.id}`;
    const slow = await openLive(url);
    const fast = await openLive(url);
    await slow.subscribe(topic);
    await fast.subscribe(topic);
    slow.socket.pause();

    // Bursts of 1,000 events in one transaction each, until the paused socket's buffer passes its bound.
    let written = 0;
    while (ctx.app.live.hub.subscriberCount === 2 && written < 100_000) {
      await ctx.db.execute(sql`
        insert into pending_events (topic, event)
        select ${topic}, jsonb_build_object('type', 'comment.published', 'threadId', ${thread.id}::text, 'commentId', gen_random_uuid()::text, 'parentId', null)
        from generate_series(1, 1000)`);
      notifyCommitted(ctx.db);
      written += 1000;
      await fast.waitFor(() => fast.events().length === written, `${written} events`);
    }
    expect(ctx.app.live.hub.subscriberCount).toBe(1);
    slow.socket.resume();
    expect(await slow.closed).toBe(LiveCloseCode.slowConsumer);
    expect(slow.events().length).toBeLessThan(written);
    const ids = fast.events().map((e) => e.id);
    expect(new Set(ids).size).toBe(written);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    await fast.close();
  });

  it('refuses a websocket handshake from another site', async () => {
    await expect(openLive(url, { origin: 'https://evil.example' })).rejects.toThrow(/403/);
  });

  it('answers a plain GET without upgrade with a problem, not a server error', async () => {
    const res = await ctx.request('GET', '/api/live');
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().errors[0].path).toBe('headers.upgrade');
  });
});

describe('heartbeats', () => {
  it('drop a connection that stops answering them', async () => {
    const quick = await createTestContext({ LIVE_HEARTBEAT_MS: '100' });
    const client = await openLive(await listenOnLoopback(quick.app));
    expect(quick.app.live.connections.size).toBe(1);
    // Paused, the client never answers a ping: the second heartbeat finds it silent and ends it.
    client.socket.pause();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(quick.app.live.connections.size).toBe(0);
    client.socket.resume();
    expect(await client.closed).toBe(1006);
  });
});

describe('shutting down', () => {
  it('tells connected clients the server is going away, so they reconnect elsewhere', async () => {
    const closing = await createTestContext();
    const client = await openLive(await listenOnLoopback(closing.app));
    await closing.app.close();
    expect(await client.closed).toBe(LiveCloseCode.shuttingDown);
  });
});
