import { eq, sql } from 'drizzle-orm';
import { schema } from '@forum/db';
import type { LoginInput, Me, RegisterInput, Role } from '@forum/contracts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../lib/app-error.ts';
import { isUniqueViolation } from '../../lib/db-errors.ts';
import { decoyHash, hashPassword, verifyPassword } from './passwords.ts';
import { findUserById, findUserByLogin } from './queries.ts';
import { createSession, generateSessionToken, invalidateSession } from './sessions.ts';

type User = typeof schema.users.$inferSelect;

export function toMe(user: User): Me {
  return {
    id: user.id,
    handle: user.handle,
    displayName: user.displayName,
    role: user.role,
    email: user.email,
    status: user.status,
    suspendedUntil: user.suspendedUntil?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
  };
}

async function assertAvailable(deps: Deps, handle: string, email: string) {
  const taken = await deps.db
    .select({ handle: schema.users.handle, email: schema.users.email, isPlaceholder: schema.users.isPlaceholder })
    .from(schema.users)
    .where(sql`${schema.users.handle} = ${handle} or lower(${schema.users.email}) = ${email.toLowerCase()}`);
  const byHandle = taken.find((u) => u.handle === handle);
  if (byHandle) throw new AppError('CONFLICT', 'That handle is taken', [{ path: 'body.handle', message: 'That handle is taken' }]);
  if (taken.some((u) => !u.isPlaceholder)) {
    throw new AppError('CONFLICT', 'That email is already registered', [{ path: 'body.email', message: 'That email is already registered' }]);
  }
}

export type NewUser = RegisterInput & { role?: Role };

export async function createUser(deps: Deps, input: NewUser): Promise<User> {
  await assertAvailable(deps, input.handle, input.email);
  const passwordHash = await hashPassword(input.password);
  const values = { handle: input.handle, displayName: input.displayName, email: input.email, passwordHash, role: input.role ?? 'member' };
  try {
    // An imported placeholder with this email is claimed: its history becomes the new member's.
    const [claimed] = await deps.db
      .update(schema.users)
      .set({ ...values, isPlaceholder: false })
      .where(sql`lower(${schema.users.email}) = ${input.email.toLowerCase()} and ${schema.users.isPlaceholder}`)
      .returning();
    if (claimed) return claimed;
    const [user] = await deps.db.insert(schema.users).values(values).returning();
    return user!;
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('CONFLICT', 'That handle or email is taken');
    throw error;
  }
}

export async function startSession(deps: Deps, userId: string) {
  const token = generateSessionToken();
  const session = await createSession(deps.db, token, userId, deps.now());
  return { token, expiresAt: session.expiresAt };
}

export async function register(deps: Deps, input: RegisterInput) {
  const user = await createUser(deps, input);
  return { user, session: await startSession(deps, user.id) };
}

const BAD_LOGIN = 'Wrong handle, email or password';

export async function login(deps: Deps, input: LoginInput, previousSessionId: string | null) {
  const user = await findUserByLogin(deps.db, input.login);
  const usable = user?.passwordHash && !user.isPlaceholder ? user.passwordHash : await decoyHash();
  const matches = await verifyPassword(usable, input.password);
  if (!user || !matches || usable !== user.passwordHash) throw new AppError('NOT_AUTHENTICATED', BAD_LOGIN);
  // A fresh session id at every login defeats session fixation.
  if (previousSessionId) await invalidateSession(deps.db, previousSessionId);
  return { user, session: await startSession(deps, user.id) };
}

export async function me(deps: Deps, userId: string): Promise<Me> {
  const user = await findUserById(deps.db, userId);
  if (!user) throw new AppError('NOT_AUTHENTICATED');
  return toMe(user);
}

export async function updateUser(deps: Deps, id: string, changes: { role?: Role; status?: User['status'] }): Promise<Me> {
  const [user] = await deps.db
    .update(schema.users)
    .set({ ...changes, ...(changes.status === 'active' ? { suspendedUntil: null } : {}) })
    .where(eq(schema.users.id, id))
    .returning();
  if (!user) throw new AppError('NOT_FOUND', 'No such user');
  return toMe(user);
}
