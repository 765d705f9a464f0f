import { z } from 'zod';

const words = z.array(z.string().trim().min(1).max(100)).max(500);

export const ModerationSettings = z
  .object({
    spamThresholds: z.object({ suspect: z.number().min(0).max(1), spam: z.number().min(0).max(1) }),
    newMemberApprovedMin: z.number().int().min(0).max(1000),
    linkTrustApprovedMin: z.number().int().min(0).max(1000),
    bannedWords: words,
    suspectWords: words,
    researchDomains: z.array(z.string().trim().toLowerCase().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, 'Not a domain')).max(500),
    rejectReasons: z.array(z.string().trim().min(1).max(120)).min(1).max(50),
    reportHideWeight: z.number().min(0.5).max(100),
    reportMinAccountAgeDays: z.number().min(0).max(365),
    reportMinApprovedCount: z.number().int().min(0).max(1000),
    slowModeMinutes: z.number().int().min(0).max(1440),
  })
  .refine((s) => s.spamThresholds.suspect <= s.spamThresholds.spam, {
    message: 'The suspect threshold must not exceed the spam threshold',
    path: ['spamThresholds', 'suspect'],
  });
export type ModerationSettings = z.infer<typeof ModerationSettings>;

export const SpamReason = z.object({ code: z.string(), detail: z.string(), weight: z.number() });
export const SpamAssessment = z.object({
  score: z.number(),
  verdict: z.enum(['ham', 'suspect', 'spam']),
  reasons: z.array(SpamReason),
});
export type SpamAssessment = z.infer<typeof SpamAssessment>;
