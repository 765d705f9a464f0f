import type { Handle, HandleServerError } from '@sveltejs/kit';
import { Me } from '@forum/contracts';
import { ApiError, createApi } from '$lib/server/api';

export const handle: Handle = async ({ event, resolve }) => {
  const api = createApi(event.cookies);
  event.locals.api = api;
  event.locals.user = null;
  if (api.hasSession) {
    try {
      event.locals.user = await api.get('/api/me', Me);
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 401)) throw error;
      api.dropSession();
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
