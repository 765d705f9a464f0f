import type { Me } from '@forum/contracts';
import { CITE_PARAMS, type EvidenceView } from './evidence-view';

/** What a failed comment form sent back; `target` is the comment (or "thread") whose form failed. */
export type CommentFormResult = {
  action?: string;
  target?: string;
  values?: { body?: string; reason?: string; note?: string };
  errors?: Record<string, string>;
  message?: string | null;
  /** A form that worked but stays on the page, e.g. the thanks for a report. */
  notice?: string;
} | null;

/** Everything a comment in the tree needs to know about the page it sits on. */
export type CommentView = {
  slug: string;
  user: Me | null;
  editable: ReadonlySet<string>;
  /** This page's path and query without the reply/edit switches: where forms come back to. */
  returnTo: string;
  replyTo: string | null;
  editing: string | null;
  form: CommentFormResult;
  formKey: string;
  /** Citation tags, "Source?" requests and the cite forms, on pages that show them. */
  evidence?: EvidenceView;
};

/** Past this nesting the indent stops growing, and each comment names whom it answers instead. */
export const MAX_INDENT = 4;

export function hrefWith(returnTo: string, key: 'reply' | 'edit', id: string, hash: string): string {
  const url = new URL(returnTo, 'http://x');
  url.searchParams.set(key, id);
  return `${url.pathname}${url.search}#${hash}`;
}

/** The current URL minus the switches that only open forms. */
export function returnPath(url: URL): string {
  const clean = new URL(url);
  for (const key of ['reply', 'edit', ...CITE_PARAMS]) clean.searchParams.delete(key);
  return `${clean.pathname}${clean.search}`;
}

/** The view of a page of comments, from what its load returned and the URL it is at. */
export function commentView(data: { slug: string; user: Me | null; editable: string[]; formKey: string; evidence?: EvidenceView }, url: URL, form: unknown): CommentView {
  return {
    slug: data.slug,
    user: data.user,
    editable: new Set(data.editable),
    returnTo: returnPath(url),
    replyTo: url.searchParams.get('reply'),
    editing: url.searchParams.get('edit'),
    form: form as CommentFormResult,
    formKey: data.formKey,
    evidence: data.evidence,
  };
}

export function failedHere(form: CommentFormResult, action: string, target: string): boolean {
  return form?.action === action && form.target === target;
}
