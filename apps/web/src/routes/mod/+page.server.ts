import { BulkDecisionOutcome, CommentState, DecisionInput, DecisionOutcome, ModerationSettings, QueueCounts, QueuePage, QueueQuery, QueueState } from '@forum/contracts';
import { pageError, query, type Api } from '$lib/server/api';
import { failFromApi, failWith, invalid, zodFieldErrors } from '$lib/server/forms';
import { plural } from '$lib/plural';
import { actionFor, DONE_LABEL, undoOf, VERBS, type Decided, type Verb } from '$lib/queue-actions';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, depends }) => {
  depends('app:queue');
  const state = QueueState.catch('pending').parse(url.searchParams.get('state'));
  const cursor = url.searchParams.get('cursor');
  const thread = QueueQuery.shape.thread.safeParse(url.searchParams.get('thread') ?? undefined).data ?? null;
  const [queue, counts, settings] = await Promise.all([
    locals.api.get(`/api/mod/queue${query({ state, thread, cursor })}`, QueuePage),
    locals.api.get('/api/mod/queue/counts', QueueCounts),
    locals.api.get('/api/mod/settings', ModerationSettings),
  ]).catch(pageError);
  return { state, thread, cursor, queue, counts, rejectReasons: settings.rejectReasons };
};

const text = (data: FormData, key: string) => String(data.get(key) ?? '').trim() || undefined;
const isVerb = (v: unknown): v is Verb => VERBS.includes(v as Verb);

/** The ids a bulk or undo form sends, "id|state…", grouped by the state each was seen in. */
function groupByState(values: string[]): Map<CommentState, string[]> {
  const groups = new Map<CommentState, string[]>();
  for (const value of values) {
    const [id = '', seen] = value.split('|');
    const state = CommentState.safeParse(seen);
    if (state.success) groups.set(state.data, [...(groups.get(state.data) ?? []), id]);
  }
  return groups;
}

type BulkResult = { decided: Decided[]; refused: string[] };

async function decideGroup(api: Api, ids: string[], input: DecisionInput, into: BulkResult) {
  const { results } = await api.post('/api/mod/decisions', BulkDecisionOutcome, { ids, ...input });
  for (const r of results) {
    if (r.ok) into.decided.push({ id: r.id, from: input.expectedState, to: r.state });
    else into.refused.push(r.detail);
  }
}

function summary(action: keyof typeof DONE_LABEL, { decided, refused }: BulkResult) {
  const done = decided.length ? `${DONE_LABEL[action]}: ${plural(decided.length, 'comment', 'comments')}.` : '';
  return [done, ...refused].filter(Boolean).join(' ');
}

export const actions: Actions = {
  decide: async ({ request, locals }) => {
    const data = await request.formData();
    const id = String(data.get('id') ?? '');
    const verb = data.get('verb');
    const seen = CommentState.safeParse(data.get('state'));
    const values = { reason: text(data, 'reason') ?? '', note: text(data, 'note') ?? '' };
    const target = { action: 'decide', target: id };
    const action = isVerb(verb) && seen.success ? actionFor(verb, seen.data) : null;
    if (!action || !seen.success) return failWith(400, values, 'That decision does not apply to this comment.', {}, target);
    const parsed = DecisionInput.safeParse({ action, reason: text(data, 'reason'), note: text(data, 'note'), expectedState: seen.data });
    if (!parsed.success) return invalid(values, zodFieldErrors(parsed.error), target);
    try {
      const outcome = await locals.api.post(`/api/mod/comments/${encodeURIComponent(id)}/decision`, DecisionOutcome, parsed.data);
      return { decided: [{ id, from: seen.data, to: outcome.state }], message: `${DONE_LABEL[action]}.` };
    } catch (error) {
      return failFromApi(error, values, '/mod', target);
    }
  },

  bulk: async ({ request, locals }) => {
    const data = await request.formData();
    const verb = data.get('verb');
    const values = { reason: text(data, 'reason') ?? '', note: '' };
    const target = { action: 'bulk', target: 'bulk' };
    const groups = groupByState(data.getAll('pick').map(String));
    if (!isVerb(verb) || groups.size === 0) return failWith(400, values, 'Select at least one comment first.', {}, target);
    const result: BulkResult = { decided: [], refused: [] };
    let last: keyof typeof DONE_LABEL = 'approve';
    try {
      for (const [state, ids] of groups) {
        const action = actionFor(verb, state);
        if (!action) {
          result.refused.push(`${plural(ids.length, `${state} comment was`, `${state} comments were`)} left as they were.`);
          continue;
        }
        last = action;
        await decideGroup(locals.api, ids, { action, reason: text(data, 'reason'), expectedState: state }, result);
      }
    } catch (error) {
      return failFromApi(error, values, '/mod', target);
    }
    return { decided: result.decided, message: summary(last, result) };
  },

  undo: async ({ request, locals }) => {
    const data = await request.formData();
    const entries = data.getAll('decided').flatMap((v) => {
      const [id = '', from, to] = String(v).split('|');
      const [before, after] = [CommentState.safeParse(from), CommentState.safeParse(to)];
      return before.success && after.success ? [{ id, from: before.data, to: after.data }] : [];
    });
    const result: BulkResult = { decided: [], refused: [] };
    try {
      for (const entry of entries) {
        const undo = undoOf(entry);
        if (undo) await decideGroup(locals.api, [entry.id], undo, result);
      }
    } catch (error) {
      return failFromApi(error, {}, '/mod', { action: 'undo', target: 'undo' });
    }
    const message = result.decided.length ? `Undone for ${plural(result.decided.length, 'comment', 'comments')}.` : 'Nothing to undo.';
    return { decided: [] as Decided[], message: [message, ...result.refused].join(' ') };
  },
};
