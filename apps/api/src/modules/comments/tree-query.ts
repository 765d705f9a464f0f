import { sql, type SQL } from 'drizzle-orm';
import type { CommentSort } from '@forum/contracts';
import { queryRows, type Db } from '@forum/db';

/** Bounds that keep a page's size independent of the thread's size. */
export const TREE_LIMITS = { topLevelPerPage: 50, repliesPerComment: 20, levelsPerPage: 10, rowsPerPage: 500 };

export type TreeRow = {
  id: string;
  parent_id: string | null;
  depth: number;
  sort_path: number[];
  author_id: string;
  handle: string;
  display_name: string;
  role: 'member' | 'author' | 'moderator' | 'admin';
  body_html: string;
  own_body: string | null;
  state: 'pending' | 'approved' | 'rejected' | 'spam' | 'hidden' | 'revision';
  removed_reason: string | null;
  created_at: string;
  edited_at: string | null;
  deleted_at: string | null;
  appreciation_count: number;
  appreciated_by_me: boolean;
  reply_count: number;
  descendant_count: number;
  top_rank: number;
  sort_key: string;
};

const ORDER: Record<CommentSort, SQL> = {
  oldest: sql.raw('c.created_at asc, c.id asc'),
  newest: sql.raw('c.created_at desc, c.id desc'),
  appreciated: sql.raw('c.appreciation_count desc, c.created_at asc, c.id asc'),
};

// The keyset for top-level paging, as text so it survives JSON in the cursor.
const AT = `to_char(c.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
const SORT_KEY: Record<CommentSort, SQL> = {
  oldest: sql.raw(`${AT} || '|' || c.id`),
  newest: sql.raw(`${AT} || '|' || c.id`),
  appreciated: sql.raw(`c.appreciation_count || '|' || ${AT} || '|' || c.id`),
};

function afterCursor(sort: CommentSort, after: string[] | null): SQL {
  if (!after) return sql`true`;
  if (sort === 'appreciated') {
    const [count, at, id] = after;
    return sql`(c.appreciation_count < ${Number(count)}::int
      or (c.appreciation_count = ${Number(count)}::int and (c.created_at, c.id) > (${at}::timestamptz, ${id}::uuid)))`;
  }
  const [at, id] = after;
  return sort === 'oldest'
    ? sql`(c.created_at, c.id) > (${at}::timestamptz, ${id}::uuid)`
    : sql`(c.created_at, c.id) < (${at}::timestamptz, ${id}::uuid)`;
}

/** Published comments, the viewer's own held ones, and tombstones that still have published replies. */
function visible(viewerId: string | null): SQL {
  return sql`((c.state = 'approved' and (c.deleted_at is null or c.descendant_count > 0))
    or (c.author_id = ${viewerId}::uuid and c.state in ('pending', 'revision') and c.deleted_at is null)
    or (c.state in ('rejected', 'spam', 'hidden') and c.descendant_count > 0))`;
}

export type TreeRequest = {
  threadId: string;
  /** Null for the thread's top level; a comment id to load the replies under it. */
  rootParentId: string | null;
  viewerId: string | null;
  sort: CommentSort;
  after: string[] | null;
};

const iso = (column: string) => sql.raw(`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);

/**
 * One round trip for a page of the tree: top-level comments by keyset, then each one's first
 * replies level by level. The outer LIMIT stops the breadth-first recursion, so the deepest
 * levels are cut first and show as "more replies".
 */
export function treePageQuery(req: TreeRequest): SQL {
  const order = ORDER[req.sort];
  const parentMatch = req.rootParentId ? sql`c.parent_id = ${req.rootParentId}::uuid` : sql`c.parent_id is null`;
  const L = TREE_LIMITS;
  return sql`
    with recursive top as (
      select c.id, row_number() over (order by ${order}) as rn, ${SORT_KEY[req.sort]} as sort_key
      from comments c
      where c.thread_id = ${req.threadId}::uuid and ${parentMatch} and ${visible(req.viewerId)} and ${afterCursor(req.sort, req.after)}
      order by ${order}
      limit ${L.topLevelPerPage + 1}
    ),
    tree as (
      select top.id, 0 as level, array[top.rn] as sort_path, top.rn as top_rank, top.sort_key from top
      union all
      select ch.id, tree.level + 1, tree.sort_path || ch.rn, tree.top_rank, tree.sort_key
      from tree
      cross join lateral (
        select c.id, row_number() over (order by ${order}) as rn
        from comments c
        where c.parent_id = tree.id and ${visible(req.viewerId)}
        order by ${order}
        limit ${L.repliesPerComment}
      ) ch
      where tree.level < ${L.levelsPerPage} and tree.top_rank <= ${L.topLevelPerPage}
    ),
    page as (select * from tree limit ${L.rowsPerPage})
    select c.id, c.parent_id, c.depth, page.sort_path, page.top_rank::int as top_rank, page.sort_key,
      c.author_id, u.handle, u.display_name, u.role, c.body_html,
      case when c.author_id = ${req.viewerId}::uuid then c.body end as own_body, c.state, c.removed_reason,
      ${iso('c.created_at')} as created_at, ${iso('c.edited_at')} as edited_at, ${iso('c.deleted_at')} as deleted_at,
      c.appreciation_count, c.reply_count, c.descendant_count,
      exists (select 1 from appreciations a where a.comment_id = c.id and a.user_id = ${req.viewerId}::uuid) as appreciated_by_me
    from page
    join comments c on c.id = page.id
    join users u on u.id = c.author_id`;
}

export async function readTreePage(db: Db, req: TreeRequest): Promise<TreeRow[]> {
  return queryRows<TreeRow>(db, treePageQuery(req));
}
