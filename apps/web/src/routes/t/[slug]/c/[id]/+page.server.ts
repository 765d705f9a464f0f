import { CommentPage, CommentSort, ThreadWithComments } from '@forum/contracts';
import { pageError, query } from '$lib/server/api';
import { citationActions, loadEvidence } from '$lib/server/citations';
import { highlightComments } from '$lib/server/claims';
import { commentActions } from '$lib/server/comment-actions';
import { editableIds } from '$lib/server/comments';
import type { PageServerLoad } from './$types';

/** "N more replies": the replies under one comment, paged like the thread's top level. */
export const load: PageServerLoad = async ({ params, url, locals, depends }) => {
  const sort = CommentSort.catch('oldest').parse(url.searchParams.get('sort'));
  const cursor = url.searchParams.get('cursor');
  const [thread, replies] = await Promise.all([
    locals.api.get(`/api/threads/${encodeURIComponent(params.slug)}?sort=${sort}`, ThreadWithComments).catch(pageError),
    locals.api.get(`/api/comments/${encodeURIComponent(params.id)}/replies${query({ sort: sort === 'oldest' ? null : sort, cursor })}`, CommentPage).catch(pageError),
  ]);
  depends(`app:thread:${thread.thread.id}`);
  return {
    thread: { id: thread.thread.id, slug: thread.thread.slug, title: thread.thread.title },
    commentId: params.id,
    ...replies,
    comments: highlightComments(replies.comments),
    evidence: await loadEvidence({ locals, url }, replies.comments),
    sort,
    isFirstPage: !cursor,
    editable: editableIds(replies.comments, locals.user, new Date()),
    formKey: crypto.randomUUID(),
  };
};

export const actions = { ...commentActions, ...citationActions };
