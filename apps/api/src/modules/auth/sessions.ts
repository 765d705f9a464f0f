import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import { eq } from 'drizzle-orm';
import { schema, type Db } from '@forum/db';
import type { Actor } from '../../lib/access.ts';

// Lucia's documented session design: the cookie holds a random token, the database only its hash.
const DAY = 24 * 60 * 60 * 1000;
export const SESSION_LIFETIME_MS = 30 * DAY;
const RENEW_BELOW_MS = SESSION_LIFETIME_MS / 2;

export function generateSessionToken(): string {
  const bytes = new Uint8Array(20);
  crypto.getRandomValues(bytes);
  return encodeBase32LowerCaseNoPadding(bytes);
}

export function sessionIdOf(token: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

export async function createSession(db: Db, token: string, userId: string, now: Date) {
  const session = { id: sessionIdOf(token), userId, expiresAt: new Date(now.getTime() + SESSION_LIFETIME_MS) };
  await db.insert(schema.sessions).values(session);
  return session;
}

export type ValidSession = { sessionId: string; expiresAt: Date; renewed: boolean; actor: Actor };

export async function validateSessionToken(db: Db, token: string, now: Date): Promise<ValidSession | null> {
  const sessionId = sessionIdOf(token);
  const [row] = await db
    .select({ session: schema.sessions, user: schema.users })
    .from(schema.sessions)
    .innerJoin(schema.users, eq(schema.users.id, schema.sessions.userId))
    .where(eq(schema.sessions.id, sessionId));
  if (!row) return null;
  if (row.session.expiresAt <= now) {
    await invalidateSession(db, sessionId);
    return null;
  }
  let expiresAt = row.session.expiresAt;
  const renewed = expiresAt.getTime() - now.getTime() < RENEW_BELOW_MS;
  if (renewed) {
    expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
    await db.update(schema.sessions).set({ expiresAt }).where(eq(schema.sessions.id, sessionId));
  }
  const { id, handle, displayName, role, status, suspendedUntil } = row.user;
  return { sessionId, expiresAt, renewed, actor: { id, handle, displayName, role, status, suspendedUntil } };
}

export async function invalidateSession(db: Db, sessionId: string): Promise<void> {
  await db.delete(schema.sessions).where(eq(schema.sessions.id, sessionId));
}

export async function invalidateUserSessions(db: Db, userId: string): Promise<void> {
  await db.delete(schema.sessions).where(eq(schema.sessions.userId, userId));
}
