import type { Handle, HandleServerError } from '@sveltejs/kit';
import { Me } from '@forum/contracts';
import { ApiError, call } from '$lib/server/api';

const SESSION_COOKIE = 'forum_session';

export const handle: Handle = async ({ event, resolve }) => {
  const token = event.cookies.get(SESSION_COOKIE);
  event.locals.sessionCookie = token ? `${SESSION_COOKIE}=${token}` : null;
  event.locals.user = null;
  if (token) {
    try {
      event.locals.user = (await call(fetch, '/api/me', Me, { cookie: event.locals.sessionCookie })).data;
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 401)) throw error;
      event.cookies.delete(SESSION_COOKIE, { path: '/' });
      event.locals.sessionCookie = null;
    }
  }
  return resolve(event);
};

export const handleError: HandleServerError = ({ error, event, status }) => {
  if (status === 404) return { message: 'Not found' };
  const requestId = crypto.randomUUID();
  console.error(JSON.stringify({ level: 'error', requestId, url: event.url.pathname, error: String(error) }));
  return { message: 'Something went wrong on our side.', requestId };
};
