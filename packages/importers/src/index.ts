export type {
  CommentState,
  ForumExport,
  ForumExportComment,
  ForumExportThread,
  ImportedComment,
  ImportedThread,
  ImportedUser,
  ForumExportUser,
  ModerationMode,
  ImportFormat,
  ImportProblem,
  ImportResult,
} from './types.ts';
export { parseWxr } from './wxr.ts';
export { parseDisqus } from './disqus.ts';
export { parseCapture } from './capture.ts';
export { parseForumJson } from './forum-json.ts';
export { detectFormat, parseSource, type SourceKind } from './detect.ts';
export { readSource, type SourceFile } from './read-source.ts';
