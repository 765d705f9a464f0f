import { env } from '$env/dynamic/private';
import { Problem, type FieldError } from '@forum/contracts';
import type { z } from 'zod';

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

export function publicOrigin(): string {
  return env.PUBLIC_ORIGIN ?? `http://${env.HOST && env.HOST !== '0.0.0.0' ? env.HOST : 'localhost'}:${env.PORT ?? '3000'}`;
}

type CallOptions = { method?: string; body?: unknown; cookie?: string | null; headers?: Record<string, string> };

export type ApiResponse<T> = { data: T; setCookies: string[] };

export async function call<T>(fetcher: typeof fetch, path: string, schema: z.ZodType<T> | null, options: CallOptions = {}): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  if (options.cookie) headers.cookie = options.cookie;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.method && options.method !== 'GET') headers.origin = new URL(publicOrigin()).origin;
  const res = await fetcher(`${apiOrigin()}${path}`, {
    method: options.method ?? 'GET',
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const setCookies = res.headers.getSetCookie();
  if (!res.ok) {
    const parsed = Problem.safeParse(await res.json().catch(() => null));
    const fallback: Problem = { type: 'about:blank', title: res.statusText || 'Request failed', status: res.status, code: 'INTERNAL' };
    throw new ApiError(res.status, parsed.success ? parsed.data : fallback);
  }
  const json = res.status === 204 ? null : await res.json();
  return { data: schema ? schema.parse(json) : (json as T), setCookies };
}
