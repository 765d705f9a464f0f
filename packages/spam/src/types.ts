export type Label = 'spam' | 'ham';
export type Verdict = 'ham' | 'suspect' | 'spam';

export type Comment = { text: string };

export type RecentComment = { text: string; threadId: string; createdAt: Date };

export type ScoringContext = {
  thread?: { title: string; body: string };
  parent?: { text: string };
  author?: { accountAgeDays: number; approvedCount: number };
  /** The author's other recent comments, for cross-posting and posting rate. */
  recentComments?: RecentComment[];
  threadId?: string;
  now?: Date;
};

/** One piece of evidence; `weight` is its contribution in log-odds (positive = spammy). */
export type Reason = { code: string; detail: string; weight: number };

export type ScoreResult = { score: number; verdict: Verdict; reasons: Reason[] };

export type Thresholds = { suspect: number; spam: number };

export type ScoreOptions = { thresholds?: Partial<Thresholds> };

export type TokenCounts = { spam: number; ham: number };

/** Document and per-feature counts, as the forum database stores them. */
export type LearnedCounts = {
  spamDocs: number;
  hamDocs: number;
  tokens: Map<string, TokenCounts>;
};
