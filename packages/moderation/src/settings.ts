export type ModerationSettings = {
  spamThresholds: { suspect: number; spam: number };
  newMemberApprovedMin: number;
  linkTrustApprovedMin: number;
  bannedWords: readonly string[];
  suspectWords: readonly string[];
  researchDomains: readonly string[];
  rejectReasons: readonly string[];
  reportHideWeight: number;
  reportMinAccountAgeDays: number;
  reportMinApprovedCount: number;
  slowModeMinutes: number;
};

export const DEFAULT_SETTINGS: ModerationSettings = {
  spamThresholds: { suspect: 0.5, spam: 0.85 },
  newMemberApprovedMin: 3,
  linkTrustApprovedMin: 10,
  // Empty on purpose: words that look offensive ("kill", "toxic") are everyday
  // words in treatment debates, so outright rejection is left to each community.
  bannedWords: [],
  // Only hold for review; these come from testimonial spam seen in patient forums.
  suspectWords: ['miracle cure', 'spell caster', 'herbal doctor', 'prophet', 'whatsapp', 'contact him'],
  researchDomains: [
    'nih.gov',
    'thelancet.com',
    'jamanetwork.com',
    'nejm.org',
    'bmj.com',
    'nature.com',
    'sciencedirect.com',
    'springer.com',
    'wiley.com',
    'neurology.org',
    'sagepub.com',
    'cochranelibrary.com',
  ],
  rejectReasons: [
    'Spam or advertising',
    'Personal attack',
    'Medical misinformation',
    'Off-topic',
    'Duplicate',
    'Other',
  ],
  reportHideWeight: 3,
  reportMinAccountAgeDays: 7,
  reportMinApprovedCount: 3,
  slowModeMinutes: 0,
};
