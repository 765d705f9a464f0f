import { expect, it } from 'vitest';
import { ORIGIN, createTestContext } from './context.ts';

const ctx = await createTestContext({ REGISTER_RATE_LIMIT: '5' });

it('allows 5 registrations an hour from one address, then answers 429 problem+json', async () => {
  const statuses = [];
  for (let i = 0; i < 6; i++) {
    const res = await ctx.request('POST', '/api/auth/register', {
      headers: { origin: ORIGIN },
      body: { handle: `signup_${i}`, displayName: 'Sign Up', email: `signup_${i}@example.org`, password: 'long enough password' },
    });
    statuses.push(res.statusCode);
    if (i === 5) expect(res.headers['content-type']).toContain('application/problem+json');
  }
  expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
});
