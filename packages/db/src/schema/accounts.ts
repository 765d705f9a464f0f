import { sql } from 'drizzle-orm';
import { boolean, index, pgEnum, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ts } from './columns.ts';

export const role = pgEnum('role', ['member', 'author', 'moderator', 'admin']);
export const accountStatus = pgEnum('account_status', ['active', 'suspended', 'banned']);

export const users = pgTable(
  'users',
  {
    id: uuid().primaryKey().defaultRandom(),
    handle: text().notNull(),
    displayName: text().notNull(),
    email: text(),
    passwordHash: text(),
    role: role().notNull().default('member'),
    status: accountStatus().notNull().default('active'),
    suspendedUntil: ts(),
    /** Imported authors exist to keep names and history; they cannot log in until claimed. */
    isPlaceholder: boolean().notNull().default(false),
    /** A moderator can hold every comment of one member for review, whatever the thread's mode. */
    isPremoderated: boolean().notNull().default(false),
    /** Who this account stands for in an imported source: a re-import finds it instead of adding another. */
    sourceKey: text(),
    createdAt: ts().notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('users_handle_key').on(t.handle),
    uniqueIndex('users_email_key').on(sql`lower(${t.email})`),
    uniqueIndex('users_source_key').on(t.sourceKey),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the cookie token, hex: a database leak yields no usable session. */
    id: text().primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expiresAt: ts().notNull(),
    createdAt: ts().notNull().defaultNow(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

