import { z } from 'zod';

export const Role = z.enum(['member', 'author', 'moderator', 'admin']);
export type Role = z.infer<typeof Role>;

export const AccountStatus = z.enum(['active', 'suspended', 'banned']);
export type AccountStatus = z.infer<typeof AccountStatus>;

export const Handle = z
  .string()
  .regex(/^[a-z0-9_]{3,30}$/, 'Use 3 to 30 lower-case letters, digits or underscores');

export const PublicUser = z.object({
  id: z.string(),
  handle: z.string(),
  displayName: z.string(),
  role: Role,
});
export type PublicUser = z.infer<typeof PublicUser>;

export const Me = PublicUser.extend({
  email: z.string().nullable(),
  status: AccountStatus,
  suspendedUntil: z.string().nullable(),
  createdAt: z.string(),
});
export type Me = z.infer<typeof Me>;

export const RegisterInput = z.object({
  handle: Handle,
  displayName: z.string().trim().min(1, 'Enter a display name').max(60),
  email: z.email('Enter a valid email address').max(254),
  password: z.string().min(10, 'Use at least 10 characters').max(200),
});
export type RegisterInput = z.infer<typeof RegisterInput>;

export const LoginInput = z.object({
  login: z.string().trim().min(1, 'Enter your handle or email').max(254),
  password: z.string().min(1, 'Enter your password').max(200),
});
export type LoginInput = z.infer<typeof LoginInput>;

export const UpdateUserInput = z
  .object({ role: Role.optional(), status: AccountStatus.optional() })
  .refine((v) => v.role !== undefined || v.status !== undefined, {
    message: 'Give a role or a status',
    path: ['role'],
  });
export type UpdateUserInput = z.infer<typeof UpdateUserInput>;

export const UserIdParams = z.object({ id: z.uuid('Not a user id') });

export const ProfileParams = z.object({ handle: Handle });
export const ProfileQuery = z.object({ cursor: z.string().max(300).optional(), limit: z.coerce.number().int().min(1).max(50).default(20) });
export type ProfileQuery = z.infer<typeof ProfileQuery>;

/** Only what anyone may see of a member: no email, no account status, nothing held or removed. */
export const UserProfile = z.object({
  user: PublicUser.extend({ joinedAt: z.string(), publishedCommentCount: z.number().int() }),
  comments: z.array(
    z.object({
      id: z.string(),
      thread: z.object({ slug: z.string(), title: z.string() }),
      bodyHtml: z.string(),
      createdAt: z.string(),
    }),
  ),
  nextCursor: z.string().nullable(),
});
export type UserProfile = z.infer<typeof UserProfile>;

/** Admins find people by handle or name; the list pages by handle. */
export const AdminUserQuery = z.object({
  q: z.string().trim().max(60).optional(),
  role: Role.optional(),
  cursor: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type AdminUserQuery = z.infer<typeof AdminUserQuery>;

export const AdminUserList = z.object({ users: z.array(Me), nextCursor: z.string().nullable() });
export type AdminUserList = z.infer<typeof AdminUserList>;
