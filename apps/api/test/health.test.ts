import { describe, expect, it } from 'vitest';
import { createTestContext } from './context.ts';

const ctx = await createTestContext();

describe('foundation', () => {
  it('reports healthy while the database answers', async () => {
    const res = await ctx.request('GET', '/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: 'up' });
  });

  it('answers an unknown route with a 404 problem', async () => {
    const res = await ctx.request('GET', '/api/nothing-here');
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ status: 404, code: 'NOT_FOUND', title: 'Not found' });
  });

  it('names the invalid field of a malformed body in a 400 problem', async () => {
    const res = await ctx.request('POST', '/api/auth/register', {
      body: { handle: 'ok_handle', displayName: 'Ann', email: 'not-an-email', password: 'long enough password' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const problem = res.json();
    expect(problem.code).toBe('VALIDATION_FAILED');
    expect(problem.errors).toContainEqual(expect.objectContaining({ path: 'body.email' }));
  });

  it('refuses a body that is not JSON with a 400 problem, not a 500', async () => {
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"login": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('VALIDATION_FAILED');
  });

  it('publishes an OpenAPI document generated from the shared contracts', async () => {
    const res = await ctx.request('GET', '/api/openapi.json');
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.paths['/api/auth/register'].post.requestBody).toBeDefined();
  });

  it('serves a rendered API docs page', async () => {
    const res = await ctx.request('GET', '/api/docs/');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<html');
  });
});
