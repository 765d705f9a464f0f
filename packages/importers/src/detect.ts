import { parseCapture } from './capture.ts';
import { parseDisqus } from './disqus.ts';
import { parseForumJson } from './forum-json.ts';
import type { ImportResult } from './types.ts';
import { parseWxr } from './wxr.ts';

export type SourceKind = 'wxr' | 'disqus' | 'forum-json' | 'capture';

const FORUM_EXPORT = /^\s*\{\s*"format"\s*:\s*"forum-export"/;
const XML_PROLOG = /^\s*(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<([\w:.-]+)/;

export function detectFormat(content: string): SourceKind {
  if (FORUM_EXPORT.test(content)) return 'forum-json';
  const root = XML_PROLOG.exec(content)?.[1];
  if (root === 'rss' && content.includes('xmlns:wp=')) return 'wxr';
  if (root === 'disqus') return 'disqus';
  return 'capture';
}

/** Parses any supported source. Problems from whole-file formats are prefixed with the file name. */
export function parseSource(content: string, fileName: string): ImportResult {
  const text = content.replace(/^\uFEFF/, '');
  const kind = detectFormat(text);
  if (kind === 'capture') return parseCapture(text, fileName);
  const parse = { wxr: parseWxr, disqus: parseDisqus, 'forum-json': parseForumJson }[kind];
  const result = parse(text);
  return { ...result, problems: result.problems.map((p) => ({ ...p, where: `${fileName}: ${p.where}` })) };
}
