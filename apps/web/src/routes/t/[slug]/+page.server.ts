import { CommentSort, ThreadWithComments } from '@forum/contracts';
import { pageError, query } from '$lib/server/api';
import { citationActions, loadEvidence } from '$lib/server/citations';
import { highlightComments } from '$lib/server/claims';
import { commentActions } from '$lib/server/comment-actions';
import { editableIds } from '$lib/server/comments';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url, locals, depends }) => {
  const sort = CommentSort.catch('oldest').parse(url.searchParams.get('sort'));
  const cursor = url.searchParams.get('cursor');
  const page = await locals.api.get(`/api/threads/${encodeURIComponent(params.slug)}${query({ sort: sort === 'oldest' ? null : sort, cursor })}`, ThreadWithComments).catch(pageError);
  // Live events for this thread reload exactly this data (lib/live.svelte.ts).
  depends(`app:thread:${page.thread.id}`);
  return {
    ...page,
    comments: highlightComments(page.comments),
    evidence: await loadEvidence({ locals, url }, page.comments),
    isFirstPage: !cursor,
    editable: editableIds(page.comments, locals.user, new Date()),
    // A retried post (double click, reload of a slow answer) reuses the key and creates nothing new.
    formKey: crypto.randomUUID(),
  };
};

export const actions = { ...commentActions, ...citationActions };
