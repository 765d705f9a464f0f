import { routeComment, type Route } from '@forum/moderation';
import { score } from '@forum/spam';
import type { SpamAssessment } from '@forum/contracts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../lib/access.ts';
import { linksIn } from '../../lib/markdown.ts';
import { MODERATION_SETTINGS_KEY, moderationSettingsFrom } from '../moderation/settings.ts';
import { learnedCountsFrom, learnedFeaturesOf } from '../moderation/spam-learning.ts';
import type { ThreadRow } from '../threads/queries.ts';
import { assessmentInputs } from './queries.ts';

const DAY_MS = 86_400_000;

export type Assessment = { spam: SpamAssessment; route: Route };

/** Scores a comment with everything the filter needs to know, then applies the thread's rules. */
export async function assessComment(deps: Deps, input: { thread: ThreadRow; parentText: string | null; author: Actor; text: string }): Promise<Assessment> {
  const now = deps.now();
  const inputs = await assessmentInputs(deps.db, {
    userId: input.author.id,
    since: new Date(now.getTime() - DAY_MS),
    now,
    settingsKey: MODERATION_SETTINGS_KEY,
    features: learnedFeaturesOf(input.text),
  });
  const { stats, recent } = inputs;
  const settings = moderationSettingsFrom(inputs.settings);
  const learned = learnedCountsFrom(inputs.learned);
  const spam = score(
    { text: input.text },
    {
      thread: { title: input.thread.title, body: input.thread.body },
      ...(input.parentText ? { parent: { text: input.parentText } } : {}),
      author: { accountAgeDays: stats.accountAgeDays, approvedCount: stats.approvedCount },
      recentComments: recent,
      threadId: input.thread.id,
      now,
    },
    learned,
    { thresholds: settings.spamThresholds },
  );
  const route = routeComment({
    mode: input.thread.moderationMode,
    text: input.text,
    links: linksIn(input.text),
    author: { approvedCount: stats.approvedCount, isPremoderated: stats.isPremoderated },
    spam,
    settings,
  });
  return { spam, route };
}
