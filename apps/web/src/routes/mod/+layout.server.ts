import { requireRole } from '$lib/server/access';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals, url }) => {
  requireRole(locals.user, url, 'moderator', 'the moderation pages');
};
