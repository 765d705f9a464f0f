import { ModerationSettings } from '@forum/contracts';
import { pageError } from '$lib/server/api';
import { failFromApi, invalid, type FieldErrors } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({
  settings: await locals.api.get('/api/mod/settings', ModerationSettings).catch(pageError),
});

const LIST_FIELDS = ['bannedWords', 'suspectWords', 'researchDomains', 'rejectReasons'] as const;
const NUMBER_FIELDS = ['newMemberApprovedMin', 'linkTrustApprovedMin', 'reportHideWeight', 'reportMinAccountAgeDays', 'reportMinApprovedCount', 'slowModeMinutes'] as const;

const lines = (value: string) => value.split('\n').map((line) => line.trim()).filter(Boolean);

/** Errors on one list entry ("bannedWords.3") belong to the list's text box. */
function byField(issues: { path: PropertyKey[]; message: string }[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const [head, next] = issue.path.map(String);
    const key = head === 'spamThresholds' ? `spamThresholds.${next}` : (head ?? 'form');
    errors[key] ??= issue.message;
  }
  return errors;
}

export const actions: Actions = {
  default: async ({ request, locals }) => {
    const data = await request.formData();
    const values = Object.fromEntries([...data.entries()].map(([k, v]) => [k, String(v)]));
    const input = {
      spamThresholds: { suspect: Number(values['spamThresholds.suspect']), spam: Number(values['spamThresholds.spam']) },
      ...Object.fromEntries(LIST_FIELDS.map((k) => [k, lines(values[k] ?? '')])),
      ...Object.fromEntries(NUMBER_FIELDS.map((k) => [k, Number(values[k])])),
    };
    const parsed = ModerationSettings.safeParse(input);
    if (!parsed.success) return invalid(values, byField(parsed.error.issues));
    try {
      await locals.api.put('/api/mod/settings', ModerationSettings, parsed.data);
    } catch (error) {
      return failFromApi(error, values, '/mod/settings');
    }
    return { saved: true };
  },
};
