import { createHmac, randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { schema, type Db } from '@forum/db';

const KEY = 'fingerprint.key';
let cached: { db: Db; key: string } | undefined;

async function fingerprintKey(db: Db): Promise<string> {
  if (cached?.db === db) return cached.key;
  await db
    .insert(schema.settings)
    .values({ key: KEY, value: randomBytes(32).toString('hex') })
    .onConflictDoNothing();
  const [row] = await db.select().from(schema.settings).where(eq(schema.settings.key, KEY));
  cached = { db, key: String(row!.value) };
  return cached.key;
}

/** A keyed hash of address and browser: equal for the same device, useless to anyone without the key. */
export async function deviceFingerprint(db: Db, ip: string, userAgent: string | undefined): Promise<string> {
  const key = await fingerprintKey(db);
  return createHmac('sha256', key).update(`${ip}\n${userAgent ?? ''}`).digest('hex').slice(0, 32);
}
