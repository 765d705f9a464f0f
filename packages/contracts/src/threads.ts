import { z } from 'zod';
import { PublicUser } from './users.ts';

export const ModerationMode = z.enum(['pre', 'post', 'auto']);
export type ModerationMode = z.infer<typeof ModerationMode>;

const Tag = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9 -]{0,39}$/, 'Tags are 1 to 40 letters, digits, spaces or hyphens');

export const CreateThreadInput = z.object({
  title: z.string().trim().min(3, 'Use at least 3 characters').max(200),
  body: z.string().trim().min(1, 'Write the article').max(50_000),
  tags: z.array(Tag).max(10).default([]),
  moderationMode: ModerationMode.default('auto'),
  authorBio: z.string().trim().max(1000).optional(),
});
export type CreateThreadInput = z.infer<typeof CreateThreadInput>;

export const UpdateThreadInput = CreateThreadInput.partial().extend({
  slowModeMinutes: z.number().int().min(0).max(1440).optional(),
});
export type UpdateThreadInput = z.infer<typeof UpdateThreadInput>;

export const ThreadSlugParams = z.object({ slug: z.string().min(1).max(200) });

export const ThreadListQuery = z.object({
  tag: z.string().max(40).optional(),
  q: z.string().max(200).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type ThreadListQuery = z.infer<typeof ThreadListQuery>;

export const ThreadSummary = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  tags: z.array(z.string()),
  moderationMode: ModerationMode,
  author: PublicUser,
  commentCount: z.number().int(),
  createdAt: z.string(),
  lastActivityAt: z.string(),
  excerpt: z.string(),
});
export type ThreadSummary = z.infer<typeof ThreadSummary>;

export const ThreadList = z.object({
  threads: z.array(ThreadSummary),
  nextCursor: z.string().nullable(),
  tags: z.array(z.object({ tag: z.string(), count: z.number().int() })),
});
export type ThreadList = z.infer<typeof ThreadList>;

export const Thread = ThreadSummary.extend({
  body: z.string(),
  bodyHtml: z.string(),
  authorBio: z.string().nullable(),
  slowModeMinutes: z.number().int(),
  updatedAt: z.string(),
});
export type Thread = z.infer<typeof Thread>;
