/**
 * Seed data for the benchmarks, from the generator: threads of 10,000, 2,000 and 200 comments,
 * then 1,000-comment threads up to the total.
 *   pnpm bench:seed --comments 100000      into DATABASE_URL, or PGlite in DATA_DIR
 */
import { parseArgs } from 'node:util';
import { createDb, migrate } from '@forum/db';
import { loadConfig } from '../src/config.ts';
import { seedThread, seedUsers } from './seed.ts';

const { values: args } = parseArgs({ options: { comments: { type: 'string', default: '100000' }, members: { type: 'string', default: '200' } } });
const total = Number(args.comments);
if (!Number.isInteger(total) || total < 1) throw new Error('--comments takes a positive whole number');

const config = loadConfig(process.env);
const handle = await createDb(config.database);
try {
  await migrate(handle);
  const members = await seedUsers(handle.db, Number(args.members));
  const sizes: number[] = [];
  for (const size of [10_000, 2_000, 200]) if (sizes.reduce((a, b) => a + b, 0) + size <= total) sizes.push(size);
  for (let left = total - sizes.reduce((a, b) => a + b, 0); left > 0; left -= 1000) sizes.push(Math.min(1000, left));
  for (const size of sizes) console.log(`${String(size).padStart(6)} comments  /t/${await seedThread(handle.db, members, size)}`);
  const where = config.database.kind === 'postgres' ? 'PostgreSQL' : `PGlite in ${config.database.dataDir}`;
  console.log(`seeded ${total} comments by ${members.length} members in ${sizes.length} threads into ${where}`);
} finally {
  await handle.close();
}
