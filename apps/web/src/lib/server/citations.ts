import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { CitationSuggestions, CitationTag, CreateCitationInput, Quote, ResolveSourceRequestInput, SourceRequest, type CommentNode, type Me } from '@forum/contracts';
import { alignToSource } from '$lib/quote-selection';
import { canAsk, canCite, walk, withoutCiteParams, type CiteState, type CiteSuggestion, type EvidenceView } from '$lib/evidence-view';
import { SCHEME_LABELS } from '$lib/study-view';
import { ApiError, type Api } from './api';
import { localPath, textFields, zodFieldErrors } from './forms';
import { readStudyPage, searchStudies } from './studies';

const CONTEXT = 32;
const SUGGESTED_COMMENTS = 5;

function quoteIn(source: string | null, start: number, end: number, matched: string): Quote {
  if (source === null || source.slice(start, end) !== matched) return { exact: matched, prefix: '', suffix: '' };
  return { exact: matched, prefix: source.slice(Math.max(0, start - CONTEXT), start), suffix: source.slice(end, end + CONTEXT) };
}

/** The studies a comment's author is offered for it; a failure here never stops the thread from showing. */
async function suggestionsFor(api: Api, comment: CommentNode, returnTo: string): Promise<CiteSuggestion[]> {
  const { suggestions } = await api.get(`/api/comments/${comment.id}/citation-suggestions`, CitationSuggestions).catch(() => ({ suggestions: [] }));
  const cited = new Set(comment.citations.map((tag) => tag.study.id));
  return suggestions.flatMap((s): CiteSuggestion[] => {
    const quote = quoteIn(comment.editableBody, s.start, s.end, s.matched);
    if (s.kind === 'known_study') return cited.has(s.study.id) ? [] : [{ kind: 'known_study', study: s.study, quote }];
    const back = `${returnTo}${returnTo.includes('?') ? '&' : '?'}${new URLSearchParams({ cite: comment.id, ...quote })}`;
    const prefill = new URLSearchParams({ [s.identifier.scheme]: s.identifier.value, return: back });
    if (s.prefill) for (const key of ['title', 'journal', 'year'] as const) if (s.prefill[key]) prefill.set(key, String(s.prefill[key]));
    return [{ kind: 'new_study', label: `${SCHEME_LABELS[s.identifier.scheme]} ${s.identifier.value}`, newStudyHref: `/studies/new?${prefill}`, quote }];
  });
}

const quoteFrom = (params: URLSearchParams): Quote => ({ exact: params.get('exact') ?? '', prefix: params.get('prefix') ?? '', suffix: params.get('suffix') ?? '' });

async function citeState(api: Api, params: URLSearchParams, comment: CommentNode): Promise<CiteState> {
  const q = params.get('studyq')?.trim().slice(0, 200) ?? '';
  const pickedId = params.get('picked');
  const [found, picked] = await Promise.all([
    q ? searchStudies(api, q).then((r) => r.studies) : Promise.resolve([]),
    pickedId ? readStudyPage(api, pickedId).then((p) => p.study, () => null) : Promise.resolve(null),
  ]);
  // Words selected on the page are matched back to the Markdown the API anchors quotes on.
  const source = comment.editableBody;
  const quote = quoteFrom(params);
  return { commentId: comment.id, quote: source && quote.exact ? alignToSource(source, quote) : quote, q, studies: found, picked };
}

/**
 * The citation side of a thread page: suggestions for the viewer's own comments, and the cite or
 * "Source?" form a link opened (`?cite=<comment>`, `?ask=<comment>`), so both work without JavaScript.
 */
export async function loadEvidence(event: Pick<RequestEvent, 'locals' | 'url'>, comments: CommentNode[]): Promise<EvidenceView> {
  const api = event.locals.api;
  const user: Me | null = event.locals.user;
  const all = walk(comments);
  const params = event.url.searchParams;
  const returnTo = withoutCiteParams(`${event.url.pathname}${event.url.search}`);
  // Suggestions matter most on a comment just written; a few newest keep a prolific author's page fast.
  const own = user
    ? all
        .filter((c) => c.author?.id === user.id && canCite(user, c))
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
        .slice(0, SUGGESTED_COMMENTS)
    : [];
  const citeable = all.filter((c) => canCite(user, c)).map((c) => c.id);
  const askable = all.filter((c) => canAsk(user, c)).map((c) => c.id);
  const citeId = params.get('cite');
  const citingComment = citeId ? all.find((c) => c.id === citeId && canCite(user, c)) : undefined;
  const askId = params.get('ask');
  const [suggested, citing] = await Promise.all([
    Promise.all(own.map(async (c) => [c.id, await suggestionsFor(api, c, returnTo)] as const)),
    citingComment ? citeState(api, params, citingComment) : Promise.resolve(null),
  ]);
  return {
    citing,
    asking: askId && askable.includes(askId) ? { commentId: askId, quote: quoteFrom(params) } : null,
    suggestions: Object.fromEntries(suggested.filter(([, list]) => list.length)),
    citeable,
    askable,
  };
}

const FIELDS = ['commentId', 'studyId', 'stance', 'exact', 'prefix', 'suffix', 'return', 'citationId', 'requestId', 'resolution'] as const;

type Form = Record<(typeof FIELDS)[number], string>;

async function readForm(event: RequestEvent): Promise<Form> {
  if (!event.locals.user) redirect(303, `/login?next=${encodeURIComponent(event.url.pathname + event.url.search)}`);
  return textFields(await event.request.formData(), FIELDS);
}

const quoteOf = (form: Form) => (form.exact.trim() ? { exact: form.exact, prefix: form.prefix, suffix: form.suffix } : undefined);

/** Runs one citation call; an API problem becomes the form's failure, shown beside that comment. */
async function attempt(event: RequestEvent, action: string, form: Form, run: (api: Api) => Promise<unknown>) {
  const returnTo = localPath(form.return, event.url.pathname);
  try {
    await run(event.locals.api);
  } catch (error) {
    if (!(error instanceof ApiError) || error.status >= 500) throw error;
    if (error.status === 401) redirect(303, `/login?next=${encodeURIComponent(returnTo)}`);
    const errors = Object.fromEntries(Object.entries(error.fieldErrors).map(([path, message]) => [path.replace(/^quote\./, ''), message]));
    return fail(error.status, { action, target: form.commentId, values: form, errors, message: error.message });
  }
  redirect(303, `${withoutCiteParams(returnTo)}#c-${form.commentId}`);
}

/** Form actions for a page that shows comments: link a study, take a link off, ask or answer "Source?". */
export const citationActions = {
  cite: async (event: RequestEvent) => {
    const form = await readForm(event);
    const input = CreateCitationInput.safeParse({ studyId: form.studyId, stance: form.stance, quote: quoteOf(form) });
    if (!input.success) {
      const errors = Object.fromEntries(Object.entries(zodFieldErrors(input.error)).map(([path, message]) => [path.replace(/^quote\./, ''), path === 'studyId' ? 'Choose a study' : path === 'stance' ? 'Choose how the study bears on the claim' : message]));
      return fail(400, { action: 'cite', target: form.commentId, values: form, errors, message: 'Check the fields marked below.' });
    }
    return attempt(event, 'cite', form, (api) => api.post(`/api/comments/${encodeURIComponent(form.commentId)}/citations`, CitationTag, input.data));
  },
  uncite: async (event: RequestEvent) => {
    const form = await readForm(event);
    return attempt(event, 'uncite', form, (api) => api.delete(`/api/citations/${encodeURIComponent(form.citationId)}`, null));
  },
  ask: async (event: RequestEvent) => {
    const form = await readForm(event);
    const quote = Quote.safeParse(quoteOf(form) ?? { exact: '' });
    if (!quote.success) return fail(400, { action: 'ask', target: form.commentId, values: form, errors: { exact: 'Copy or type the words you want the source of' }, message: null });
    return attempt(event, 'ask', form, (api) => api.post(`/api/comments/${encodeURIComponent(form.commentId)}/source-requests`, SourceRequest, { quote: quote.data }));
  },
  resolve: async (event: RequestEvent) => {
    const form = await readForm(event);
    const input = ResolveSourceRequestInput.parse({ resolution: form.resolution === 'cited' ? 'cited' : 'personal_experience' });
    return attempt(event, 'resolve', form, (api) => api.post(`/api/source-requests/${encodeURIComponent(form.requestId)}/resolve`, SourceRequest, input));
  },
};
