import { describe, expect, it } from 'vitest';
import { parseForumJson } from '../src/index.ts';

const exported = {
  format: 'forum-export',
  version: 1,
  users: [
    { sourceId: 'forum:u1', handle: 'ana', displayName: 'Ana', role: 'moderator', status: 'active', createdAt: '2024-01-01T00:00:00.000Z' },
    { sourceId: 'forum:u2', handle: 'ben', displayName: 'Ben', role: 'overlord', status: 'active', createdAt: '2024-01-02T00:00:00.000Z' },
  ],
  threads: [
    {
      sourceId: 'forum:t1',
      slug: 'walking',
      title: 'Walking',
      body: 'How far?',
      tags: [],
      authorSourceId: 'forum:u1',
      moderationMode: 'pre',
      slowModeMinutes: 5,
      comments: [
        { sourceId: 'forum:c1', parentSourceId: null, authorSourceId: 'forum:u2', authorName: 'Ben', createdAt: '2024-02-01T00:00:00.000Z', body: 'Rude.', state: 'rejected', removedReason: 'Personal attack', depth: 0 },
        { sourceId: 'forum:c2', parentSourceId: 'forum:c1', authorSourceId: 'forum:u1', authorName: 'Ana', createdAt: '2024-02-02T00:00:00.000Z', editedAt: '2024-02-02T00:05:00.000Z', body: 'Fixed.', state: 'revision', depth: 1 },
      ],
    },
  ],
  studies: [{ sourceId: 'forum:s1' }],
};

describe('the forum export', () => {
  const result = parseForumJson(JSON.stringify(exported));

  it('reads accounts, and reports a role it does not know', () => {
    expect(result.users?.map((u) => [u.handle, u.role])).toEqual([['ana', 'moderator'], ['ben', 'member']]);
    expect(result.problems).toEqual([{ where: 'users[1]: role', message: 'unknown value "overlord"; used member' }]);
  });

  it('keeps every forum state, the removal reason, the edit time and the thread settings', () => {
    const thread = result.threads[0]!;
    expect(thread).toMatchObject({ authorSourceId: 'forum:u1', moderationMode: 'pre', slowModeMinutes: 5 });
    expect(thread.comments.map((c) => [c.state, c.depth])).toEqual([['rejected', 0], ['revision', 1]]);
    expect(thread.comments[0]!.removedReason).toBe('Personal attack');
    expect(thread.comments[1]!.editedAt).toEqual(new Date('2024-02-02T00:05:00.000Z'));
  });

  it('passes other top-level arrays on as sections for the modules that own them', () => {
    expect(result.sections).toEqual({ studies: [{ sourceId: 'forum:s1' }] });
  });
});
