import type { ThreadWithComments } from '@forum/contracts';

/** The anonymous view of one thread page, kept serialised so a hit sends bytes without touching the database. */
export type CachedPage = { threadId: string; page: ThreadWithComments; json: Buffer };

const DEFAULT_MAX_ENTRIES = 2000;

/**
 * An in-process cache of public thread pages (one entry per slug, sort and cursor). Only outbox
 * events on `thread:<id>` invalidate it: every instance reads every event, so a change made
 * anywhere empties every instance's entries for that thread. A page read while an invalidation
 * arrives is served but not kept, so a slow read can never store what an event already replaced.
 */
export function createThreadCache({ maxEntries = DEFAULT_MAX_ENTRIES }: { maxEntries?: number } = {}) {
  const entries = new Map<string, CachedPage>();
  const keysByThread = new Map<string, Set<string>>();
  // Invalidations are numbered; a read remembers the number when it started.
  let invalidations = 0;
  const invalidatedAt = new Map<string, number>();

  function forget(key: string) {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    keysByThread.get(entry.threadId)?.delete(key);
  }

  function invalidateThread(threadId: string) {
    invalidations += 1;
    invalidatedAt.set(threadId, invalidations);
    for (const key of keysByThread.get(threadId) ?? []) entries.delete(key);
    keysByThread.delete(threadId);
  }

  return {
    get: (key: string) => entries.get(key),
    /** Call before reading the database; pass the result to `put`. */
    begin: () => invalidations,
    put(key: string, threadId: string, startedAt: number, page: ThreadWithComments): CachedPage {
      const entry = { threadId, page, json: Buffer.from(JSON.stringify(page)) };
      if (maxEntries <= 0 || (invalidatedAt.get(threadId) ?? 0) > startedAt) return entry;
      forget(key);
      // Map order is insertion order: the oldest entry goes first.
      if (entries.size >= maxEntries) forget(entries.keys().next().value!);
      entries.set(key, entry);
      if (!keysByThread.has(threadId)) keysByThread.set(threadId, new Set());
      keysByThread.get(threadId)!.add(key);
      return entry;
    },
    /** Takes outbox topics; only `thread:<id>` ones concern thread pages. */
    invalidateTopics(topics: Iterable<string>) {
      for (const topic of topics) if (topic.startsWith('thread:')) invalidateThread(topic.slice('thread:'.length));
    },
    get size() {
      return entries.size;
    },
  };
}

export type ThreadCache = ReturnType<typeof createThreadCache>;
