import type { Db } from '@forum/db';
import type { Config } from './config.ts';

/** What every service function receives: no globals, so tests can swap the clock. */
export type Deps = {
  db: Db;
  config: Config;
  now: () => Date;
  /** The network, for the metadata resolver; tests inject recorded answers. */
  fetch?: typeof globalThis.fetch;
};
