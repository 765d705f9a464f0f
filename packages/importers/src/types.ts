/** Blog formats produce the first four; the forum's own export carries every forum state. */
export type CommentState = 'approved' | 'pending' | 'spam' | 'deleted' | 'rejected' | 'hidden' | 'revision';

export type ImportedComment = {
  sourceId: string;
  parentSourceId: string | null;
  authorName: string;
  authorEmail?: string;
  authorUrl?: string;
  /** Set by the forum's export: the comment's author among `ImportResult.users`. */
  authorSourceId?: string;
  createdAt: Date;
  editedAt?: Date;
  deletedAt?: Date;
  removedReason?: string;
  /** Plain text or markdown; paragraphs separated by blank lines. */
  body: string;
  state: CommentState;
  depth: number;
};

export type ModerationMode = 'pre' | 'post' | 'auto';

export type ImportedThread = {
  sourceId: string;
  slug: string;
  title: string;
  /** Markdown. */
  body: string;
  tags: string[];
  authorName?: string;
  authorSourceId?: string;
  authorBio?: string;
  moderationMode?: ModerationMode;
  slowModeMinutes?: number;
  publishedAt?: Date;
  /** Every parent precedes its replies. */
  comments: ImportedComment[];
};

export type UserRole = 'member' | 'author' | 'moderator' | 'admin';
export type AccountStatus = 'active' | 'suspended' | 'banned';

/** An account from the forum's own export; never with a password. */
export type ImportedUser = {
  sourceId: string;
  handle: string;
  displayName: string;
  email?: string;
  role: UserRole;
  status: AccountStatus;
  createdAt: Date;
};

export type ImportProblem = { where: string; message: string };

export type ImportFormat = 'wxr' | 'disqus' | 'nmss-capture' | 'wordpress-capture' | 'forum-json';

export type ImportResult = {
  format: ImportFormat;
  threads: ImportedThread[];
  problems: ImportProblem[];
  /** Only the forum's own export names its accounts; other formats have only author names. */
  users?: ImportedUser[];
  /** Further top-level arrays of a forum export (studies, citations), for the module that owns each. */
  sections?: Record<string, unknown[]>;
};

type DatesAsText<T, K extends keyof T> = Omit<T, K> & { [P in K]?: string };

export type ForumExportComment = DatesAsText<ImportedComment, 'createdAt' | 'editedAt' | 'deletedAt'> & { createdAt: string };

export type ForumExportThread = Omit<DatesAsText<ImportedThread, 'publishedAt'>, 'comments'> & { comments: ForumExportComment[] };

export type ForumExportUser = DatesAsText<ImportedUser, 'createdAt'> & { createdAt: string };

/**
 * The forum's own export: ImportResult's threads with ISO 8601 dates. `format` comes first so detection can sniff it.
 * Any other top-level array (studies, citations) is a section read back by the module that owns it.
 */
export type ForumExport = {
  format: 'forum-export';
  version: 1;
  exportedAt?: string;
  users?: ForumExportUser[];
  threads: ForumExportThread[];
  [section: string]: unknown;
};
