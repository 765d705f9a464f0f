/**
 * Comment POST through the full path (session, validation, moderation with spam scoring, insert,
 * outbox event, NOTIFY) against a bare Fastify handler that inserts the comment and NOTIFYs in
 * one transaction, each at 50 connections in the same run.
 */
import { fileURLToPath } from 'node:url';
import Fastify from 'fastify';
import { sql } from 'drizzle-orm';
import { queryRows, type DbHandle } from '@forum/db';
import { generateSessionToken, createSession } from '../src/modules/auth/sessions.ts';
import { CONNECTIONS, load, ORIGIN, ratio, startApi, type Bench } from './common.ts';
import { seedThread, seedUsers } from './seed.ts';

const setupClient = fileURLToPath(new URL('./post-client.cjs', import.meta.url));
// autocannon puts a fresh id in place of [<id>], so no two bodies are alike.
const BODY = JSON.stringify({ body: 'Benchmark comment [<id>]: my EDSS has been stable since the transplant.' });
const INSERT = `insert into comments (thread_id, author_id, body, body_html, state) values ($1, $2, $3, $4, 'approved') returning id`;

async function startBare(handle: DbHandle) {
  const bare = Fastify();
  bare.post<{ Params: { threadId: string }; Body: { body: string }; Headers: { 'x-author': string } }>('/threads/:threadId/comments', async (request, reply) => {
    const values = [request.params.threadId, request.headers['x-author'], request.body.body, `<p>${request.body.body}</p>`];
    let id: string;
    if (handle.pool) {
      const client = await handle.pool.connect();
      try {
        await client.query('begin');
        id = (await client.query<{ id: string }>(INSERT, values)).rows[0]!.id;
        await client.query(`select pg_notify('forum_bench', $1)`, [id]);
        await client.query('commit');
      } catch (error) {
        await client.query('rollback');
        throw error;
      } finally {
        client.release();
      }
    } else {
      id = await handle.pglite!.transaction(async (tx) => {
        const inserted = (await tx.query<{ id: string }>(INSERT, values)).rows[0]!.id;
        await tx.query(`select pg_notify('forum_bench', $1)`, [inserted]);
        return inserted;
      });
    }
    return reply.code(201).send({ id });
  });
  await bare.listen({ port: 0, host: '127.0.0.1' });
  return { bare, origin: `http://127.0.0.1:${(bare.server.address() as { port: number }).port}` };
}

export async function benchCommentPost({ handle }: Bench) {
  // Members with a track record, as most posters in a busy thread are: their comments publish at once.
  const members = await seedUsers(handle.db, CONNECTIONS);
  const slug = await seedThread(handle.db, members, 1000);
  const [thread] = await queryRows<{ id: string }>(handle.db, sql`select id from threads where slug = ${slug}`);
  const cookies = await Promise.all(
    members.map(async (id) => {
      const token = generateSessionToken();
      await createSession(handle.db, token, id, new Date());
      return { id, cookie: `forum_session=${token}` };
    }),
  );
  const json = { 'content-type': 'application/json' };
  const run = (url: string, headerSets: Record<string, string>[]) => {
    process.env.BENCH_POST_HEADERS = JSON.stringify(headerSets);
    return load(url, { method: 'POST', body: BODY, idReplacement: true, headers: headerSets[0], setupClient } as never);
  };

  const api = await startApi(handle);
  const { bare, origin } = await startBare(handle);
  // The full path first: the bare handler's rows would otherwise count as each member's recent comments.
  const full = await run(`${api.origin}/api/threads/${slug}/comments`, cookies.map((c) => ({ ...json, cookie: c.cookie, origin: ORIGIN })));
  const baseline = await run(`${origin}/threads/${thread!.id}/comments`, cookies.map((c) => ({ ...json, 'x-author': c.id })));
  await Promise.all([api.app.close(), bare.close()]);
  const [states] = await queryRows<{ published: number; held: number }>(
    handle.db,
    sql`select count(*) filter (where state = 'approved')::int as published, count(*) filter (where state <> 'approved')::int as held
        from comments c where thread_id = ${thread!.id}::uuid and exists (select 1 from spam_scores s where s.comment_id = c.id)`,
  );
  return {
    commentPost: { rps: full.rps, p99Ms: full.p99Ms, baselineRps: baseline.rps, ratio: ratio(full.rps, baseline.rps) },
    details: { postP50Ms: full.p50Ms, postBaselineP99Ms: baseline.p99Ms, postPublished: states!.published, postHeld: states!.held },
    errors: full.errors + baseline.errors,
  };
}
