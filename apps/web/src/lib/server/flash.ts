import type { Cookies } from '@sveltejs/kit';

const COOKIE = 'forum_flash';

/** One-time notices after a redirect; only known keys, so the cookie never carries page text. */
const MESSAGES = {
  'comment-held': 'Thanks. Your comment is waiting for a moderator: only you can see it until it is approved.',
  'thread-saved': 'The thread is saved.',
} as const;
export type FlashKey = keyof typeof MESSAGES;

export function setFlash(cookies: Cookies, key: FlashKey): void {
  cookies.set(COOKIE, key, { path: '/', httpOnly: true, sameSite: 'lax', maxAge: 60, secure: false });
}

export function takeFlash(cookies: Cookies): string | null {
  const key = cookies.get(COOKIE);
  if (!key) return null;
  cookies.delete(COOKIE, { path: '/' });
  return key in MESSAGES ? MESSAGES[key as FlashKey] : null;
}
