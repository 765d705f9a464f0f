import { describe, expect, it } from 'vitest';
import type { AdminUserList } from '@forum/contracts';
import { createTestContext } from './context.ts';

const ctx = await createTestContext();
const admin = await ctx.newUser('admin');

async function find(query: string): Promise<AdminUserList> {
  const res = await ctx.request('GET', `/api/admin/users${query}`, { as: admin });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

describe('the admin user list', () => {
  it('finds people by the start of their handle or any part of their name, with role and status', async () => {
    const nurse = await ctx.newUser('member', { handle: 'nurse_nadia', displayName: 'Nadia the Nurse' });
    await ctx.newUser('author', { handle: 'doc_dara', displayName: 'Dr Dara' });
    expect((await find('?q=nurse_')).users.map((u) => u.id)).toEqual([nurse.id]);
    expect((await find('?q=the%20nurse')).users).toMatchObject([{ handle: 'nurse_nadia', role: 'member', status: 'active' }]);
    expect((await find('?q=_')).users.map((u) => u.handle)).not.toContain('doc_dara');
    expect((await find('?role=author&q=doc')).users.map((u) => u.handle)).toEqual(['doc_dara']);
  });

  it('pages through everyone by handle without repeating anyone', async () => {
    for (let i = 0; i < 5; i++) await ctx.newUser('member', { handle: `pager_${i}` });
    const first = await find('?q=pager_&limit=3');
    expect(first.users.map((u) => u.handle)).toEqual(['pager_0', 'pager_1', 'pager_2']);
    const second = await find(`?q=pager_&limit=3&cursor=${first.nextCursor}`);
    expect(second.users.map((u) => u.handle)).toEqual(['pager_3', 'pager_4']);
    expect(second.nextCursor).toBeNull();
  });

  it('names the field of a bad query', async () => {
    const res = await ctx.request('GET', '/api/admin/users?role=king', { as: admin });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toMatch(/role/);
    expect((await ctx.request('GET', '/api/admin/users?cursor=nope', { as: admin })).statusCode).toBe(400);
  });
});
