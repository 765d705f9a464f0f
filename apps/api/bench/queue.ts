/** The moderation queue holding 10,000 pending comments: its first page, and a page far down by cursor. */
import { eq } from 'drizzle-orm';
import { schema } from '@forum/db';
import type { QueuePage } from '@forum/contracts';
import { generateSessionToken, createSession } from '../src/modules/auth/sessions.ts';
import { median, startApi, type Bench } from './common.ts';
import { seedThread, seedUsers } from './seed.ts';

const PENDING = 10_000;
const LATER_PAGE = 40;
const SAMPLES = 20;

export async function benchQueue({ handle }: Bench) {
  const members = await seedUsers(handle.db, 50);
  await seedThread(handle.db, members, PENDING, { state: 'pending' });
  const [moderator] = await seedUsers(handle.db, 1);
  await handle.db.update(schema.users).set({ role: 'moderator' }).where(eq(schema.users.id, moderator!));
  const token = generateSessionToken();
  await createSession(handle.db, token, moderator!, new Date());
  const api = await startApi(handle);
  const get = async (query: string) => {
    const res = await fetch(`${api.origin}/api/mod/queue?limit=25${query}`, { headers: { cookie: `forum_session=${token}` } });
    if (res.status !== 200) throw new Error(`queue: ${res.status} ${await res.text()}`);
    return (await res.json()) as QueuePage;
  };
  const timed = async (query: string) => {
    const samples: number[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      const started = performance.now();
      await get(query);
      samples.push(performance.now() - started);
    }
    return median(samples);
  };
  await get('');
  const firstPageMs = await timed('');
  let cursor: string | null = null;
  for (let page = 1; page < LATER_PAGE; page++) cursor = (await get(cursor ? `&cursor=${cursor}` : '')).nextCursor;
  const laterPageMs = await timed(`&cursor=${cursor}`);
  await api.app.close();
  return { queue: { firstPageMs, laterPageMs } };
}
