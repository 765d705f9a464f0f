import type { Me } from '@forum/contracts';
import { CITE_PARAMS, type EvidenceView } from './evidence-view';

/** What a failed comment form sent back; `target` is the comment (or "thread") whose form failed. */
export type CommentFormResult = {
  action?: string;
  target?: string;
  values?: { body?: string };
  errors?: Record<string, string>;
  message?: string | null;
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

export function failedHere(form: CommentFormResult, action: string, target: string): boolean {
  return form?.action === action && form.target === target;
}
