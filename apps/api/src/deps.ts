import type { Db } from '@forum/db';
import type { Config } from './config.ts';
import type { ThreadCache } from './modules/comments/thread-cache.ts';

/** What every service function receives: no globals, so tests can swap the clock. */
export type Deps = {
  db: Db;
  config: Config;
  now: () => Date;
  /** Public thread pages of this instance, emptied by the outbox events of their thread. */
  threadCache: ThreadCache;
  /** The network, for the metadata resolver; tests inject recorded answers. */
  fetch?: typeof globalThis.fetch;
};
