import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '@forum/db';

export type SearchRow = { kind: 'thread' | 'comment'; thread_slug: string; thread_title: string; comment_id: string | null; snippet: string; rank: number };

// Private-use characters mark the highlights, so the snippet can be escaped before they become <mark>.
export const MARK_START = '\uE000';
export const MARK_END = '\uE001';
const HEADLINE = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=30, MinWords=12, MaxFragments=2`;

export async function searchForum(db: Db, q: string, limit = 30): Promise<SearchRow[]> {
  return queryRows<SearchRow>(db, sql`
    with query as (select websearch_to_tsquery('english', ${q}) as q)
    (select 'thread' as kind, t.slug as thread_slug, t.title as thread_title, null::uuid as comment_id,
        ts_headline('english', t.title || ' — ' || t.body, query.q, ${HEADLINE}) as snippet,
        ts_rank(t.search, query.q)::float8 * 2 as rank
      from threads t, query where t.search @@ query.q
      order by rank desc limit ${limit})
    union all
    (select 'comment', t.slug, t.title, c.id,
        ts_headline('english', c.body, query.q, ${HEADLINE}),
        ts_rank(c.search, query.q)::float8
      from comments c join threads t on t.id = c.thread_id, query
      where c.search @@ query.q and c.state = 'approved' and c.deleted_at is null
      order by 6 desc limit ${limit})
    order by rank desc limit ${limit}`);
}
