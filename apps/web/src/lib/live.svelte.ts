import { browser } from '$app/environment';
import { invalidate } from '$app/navigation';
import type { LiveEventFrame, LiveTopic } from '@forum/contracts';
import { createLiveClient, type LiveClient } from './live-client';

/**
 * Live updates for the page. A page whose load calls `depends('app:thread:<id>')` follows
 * its thread with
 *
 *   $effect(() => follow([`thread:${data.thread.id}`]));
 *
 * and every event then reloads that data through the normal load: one rendering path,
 * no hand-patched state. `onEvents` is for what a reload cannot know, like marking new
 * comments until seen. Moderators' queue pages follow 'queue' and depend on 'app:queue';
 * a signed-in member can follow `user:<id>` to hear about their own held comments.
 */
export const liveState = $state({ isConnected: false });

type Listener = { topics: Set<LiveTopic>; onEvents: (frames: LiveEventFrame[]) => void };

let client: LiveClient | null = null;
const followers = new Map<LiveTopic, number>();
const listeners = new Set<Listener>();

function dependenciesOf(topic: LiveTopic, frame?: LiveEventFrame): string[] {
  if (topic === 'queue') return ['app:queue'];
  if (topic.startsWith('thread:')) return [`app:${topic}`];
  return frame && 'threadId' in frame.event ? [`app:thread:${frame.event.threadId}`] : [];
}

function reload(dependencies: Iterable<string>) {
  for (const dependency of new Set(dependencies)) void invalidate(dependency);
}

function liveClient(): LiveClient {
  client ??= createLiveClient({
    url: `${location.origin.replace(/^http/, 'ws')}/api/live`,
    onEvents(frames) {
      reload(frames.flatMap((f) => dependenciesOf(f.topic, f)));
      for (const listener of listeners) {
        const mine = frames.filter((f) => listener.topics.has(f.topic));
        if (mine.length) listener.onEvents(mine);
      }
    },
    onResync: (topic) => reload(dependenciesOf(topic)),
    onConnected: (isConnected) => {
      liveState.isConnected = isConnected;
    },
  });
  return client;
}

/** Follows topics until the returned function is called; in `$effect`, that is when the component goes away. */
export function follow(topics: LiveTopic[], onEvents?: (frames: LiveEventFrame[]) => void): () => void {
  if (!browser) return () => {};
  const live = liveClient();
  const listener: Listener | null = onEvents ? { topics: new Set(topics), onEvents } : null;
  if (listener) listeners.add(listener);
  for (const topic of topics) {
    followers.set(topic, (followers.get(topic) ?? 0) + 1);
    live.follow(topic);
  }
  return () => {
    if (listener) listeners.delete(listener);
    for (const topic of topics) {
      const left = (followers.get(topic) ?? 1) - 1;
      if (left > 0) followers.set(topic, left);
      else {
        followers.delete(topic);
        live.unfollow(topic);
      }
    }
  };
}
