import { error, type Cookies } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { Problem, type FieldError } from '@forum/contracts';
import type { z } from 'zod';

export const SESSION_COOKIE = 'forum_session';

/** A problem+json answer from the API, kept whole so pages can show its field errors. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.detail ?? problem.title);
  }

  get fieldErrors(): Record<string, string> {
    return Object.fromEntries((this.problem.errors ?? []).map((e: FieldError) => [e.path.replace(/^body\./, ''), e.message]));
  }
}

// The API runs in the same process by default, on the port the server listens on.
function apiOrigin(): string {
  return env.API_ORIGIN ?? `http://127.0.0.1:${env.PORT ?? '3000'}`;
}

function publicOrigin(): string {
  const host = !env.HOST ? '127.0.0.1' : env.HOST === '0.0.0.0' ? 'localhost' : env.HOST;
  return new URL(env.PUBLIC_ORIGIN ?? env.ORIGIN ?? `http://${host}:${env.PORT ?? '3000'}`).origin;
}

type CookieOptions = Parameters<Cookies['set']>[2];

/** Copies the API's Set-Cookie onto the browser's response, attributes and all. */
function forwardSetCookie(cookies: Cookies, header: string): { name: string; value: string } {
  const [pair = '', ...attributes] = header.split(';').map((part) => part.trim());
  const eq = pair.indexOf('=');
  const name = pair.slice(0, eq);
  const value = decodeURIComponent(pair.slice(eq + 1));
  const options: CookieOptions = { path: '/', httpOnly: false, secure: false, encode: (v: string) => encodeURIComponent(v) };
  for (const attribute of attributes) {
    const [key = '', raw = ''] = attribute.split('=');
    const k = key.toLowerCase();
    if (k === 'path') options.path = raw;
    else if (k === 'expires') options.expires = new Date(raw);
    else if (k === 'max-age') options.maxAge = Number(raw);
    else if (k === 'httponly') options.httpOnly = true;
    else if (k === 'secure') options.secure = true;
    else if (k === 'samesite') options.sameSite = raw.toLowerCase() as 'lax' | 'strict' | 'none';
  }
  cookies.set(name, value, options);
  return { name, value };
}

type Body = Record<string, unknown> | undefined;

/**
 * The web app's only way to the API: it forwards the browser's session cookie, sends the site's
 * Origin on writes (the API's CSRF check), passes Set-Cookie back to the browser and turns
 * problem+json into ApiError. Never the database.
 */
export function createApi(cookies: Cookies) {
  let session = cookies.get(SESSION_COOKIE) ?? null;

  async function request<T>(method: string, path: string, schema: z.ZodType<T> | null, body?: Body, extraHeaders: Record<string, string> = {}): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json', ...extraHeaders };
    if (session) headers.cookie = `${SESSION_COOKIE}=${session}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (method !== 'GET') headers.origin = publicOrigin();
    const res = await fetch(`${apiOrigin()}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    for (const header of res.headers.getSetCookie()) {
      const cookie = forwardSetCookie(cookies, header);
      if (cookie.name === SESSION_COOKIE) session = cookie.value || null;
    }
    if (!res.ok) {
      const parsed = Problem.safeParse(await res.json().catch(() => null));
      const fallback: Problem = { type: 'about:blank', title: res.statusText || 'Request failed', status: res.status, code: 'INTERNAL' };
      throw new ApiError(res.status, parsed.success ? parsed.data : fallback);
    }
    const json = res.status === 204 ? null : await res.json();
    return schema ? schema.parse(json) : (json as T);
  }

  return {
    get hasSession() {
      return session !== null;
    },
    get: <T>(path: string, schema: z.ZodType<T>) => request('GET', path, schema),
    post: <T>(path: string, schema: z.ZodType<T> | null, body?: Body, headers?: Record<string, string>) => request('POST', path, schema, body, headers),
    patch: <T>(path: string, schema: z.ZodType<T> | null, body: Body) => request('PATCH', path, schema, body),
    put: <T>(path: string, schema: z.ZodType<T> | null, body?: Body) => request('PUT', path, schema, body),
    delete: <T>(path: string, schema: z.ZodType<T> | null) => request('DELETE', path, schema),
    /** Forgets the session locally, e.g. when the API no longer knows it. */
    dropSession() {
      session = null;
      cookies.delete(SESSION_COOKIE, { path: '/' });
    },
  };
}

export type Api = ReturnType<typeof createApi>;

/** Builds a query string from the values that are set. */
export function query(params: Record<string, string | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** In a load, an API problem becomes SvelteKit's error page with the API's words. */
export function pageError(err: unknown): never {
  if (err instanceof ApiError && err.status < 500) error(err.status, err.message);
  throw err;
}
