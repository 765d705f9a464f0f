export type CommentState = 'approved' | 'pending' | 'spam' | 'deleted';

export type ImportedComment = {
  sourceId: string;
  parentSourceId: string | null;
  authorName: string;
  authorEmail?: string;
  authorUrl?: string;
  createdAt: Date;
  /** Plain text or markdown; paragraphs separated by blank lines. */
  body: string;
  state: CommentState;
  depth: number;
};

export type ImportedThread = {
  sourceId: string;
  slug: string;
  title: string;
  /** Markdown. */
  body: string;
  tags: string[];
  authorName?: string;
  authorBio?: string;
  publishedAt?: Date;
  /** Every parent precedes its replies. */
  comments: ImportedComment[];
};

export type ImportProblem = { where: string; message: string };

export type ImportFormat = 'wxr' | 'disqus' | 'nmss-capture' | 'wordpress-capture' | 'forum-json';

export type ImportResult = { format: ImportFormat; threads: ImportedThread[]; problems: ImportProblem[] };

export type ForumExportComment = Omit<ImportedComment, 'createdAt'> & { createdAt: string };

export type ForumExportThread = Omit<ImportedThread, 'publishedAt' | 'comments'> & {
  publishedAt?: string;
  comments: ForumExportComment[];
};

/** The forum's own export: ImportResult's threads with ISO 8601 dates. `format` comes first so detection can sniff it. */
export type ForumExport = { format: 'forum-export'; version: 1; exportedAt?: string; threads: ForumExportThread[] };
