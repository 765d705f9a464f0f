import { parseArticle } from './capture-article.ts';
import { EPOCH, monthNumber, utcDate } from './dates.ts';
import { slugify, stableId } from './ids.ts';
import type { ImportedComment, ImportProblem, ImportResult } from './types.ts';

type Layout = 'nmss-capture' | 'wordpress-capture';

/** A comment as laid out in the capture, before names, dates and parents are worked out. */
type Block = { line: number; indent: number; head: string; body: string[] };

const BULLET = /^( +)• ?(.*)$/;
const NUMBERED = /^( +)\d+\.(?: (.*))?$/;
const WORDPRESS_MARKS = /^((\d+|One) (thoughts?|responses?) on\b|Leave a Reply\b)/i;
const STAMP = /\s*\b([A-Z][a-z]{2,8}) (\d{1,2}), (\d{4}) (\d{1,2}):(\d{2}) ([AP]M)$/;

/**
 * A blog page saved as text: the article, then its comments nested by indentation.
 * NMSS blog: "  • Name   Mon D, YYYY H:MM AM" then the body. WordPress: "  1." items, two more spaces per reply level.
 */
export function parseCapture(text: string, fileName: string): ImportResult {
  const name = fileName.split(/[\\/]/).pop() ?? fileName;
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const layout = detectLayout(lines);
  const marker = layout === 'nmss-capture' ? BULLET : NUMBERED;
  const firstAt = lines.findIndex((l) => marker.test(l));
  const article = parseArticle(firstAt === -1 ? lines : lines.slice(0, firstAt));
  const problems: ImportProblem[] = [];
  const blocks = firstAt === -1 ? [] : readBlocks(lines, firstAt, marker, layout);
  const comments = toComments(blocks, name, article.publishedAt, problems);
  if (article.title === '') problems.push({ where: name, message: 'no title found' });
  if (article.announcedComments !== undefined && article.announcedComments !== comments.length) {
    const message = `the page announces ${article.announcedComments} comments but ${comments.length} were found`;
    problems.push({ where: name, message });
  }
  const { announcedComments: _, ...thread } = article;
  const title = thread.title || name;
  return {
    format: layout,
    threads: [{ ...thread, title, sourceId: stableId('capture', name), slug: slugify(title) || 'thread', comments }],
    problems,
  };
}

function detectLayout(lines: string[]): Layout {
  if (lines.some((l) => BULLET.test(l))) return 'nmss-capture';
  return lines.some((l) => NUMBERED.test(l) || WORDPRESS_MARKS.test(l)) ? 'wordpress-capture' : 'nmss-capture';
}

/** Comments run from the first marker to the first unindented line after it (the page footer). */
function readBlocks(lines: string[], from: number, marker: RegExp, layout: Layout): Block[] {
  const blocks: Block[] = [];
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    const m = marker.exec(line);
    if (m) {
      const rest = m[2] ?? '';
      const isNmss = layout === 'nmss-capture';
      blocks.push({ line: i + 1, indent: m[1]!.length, head: isNmss ? rest : '', body: isNmss ? [] : [rest] });
    } else if (/^\S/.test(line)) {
      break;
    } else {
      blocks.at(-1)!.body.push(line);
    }
  }
  return blocks;
}

function toComments(blocks: Block[], name: string, publishedAt: Date | undefined, problems: ImportProblem[]): ImportedComment[] {
  const baseIndent = blocks[0]?.indent ?? 0;
  const open: ImportedComment[] = [];
  return blocks.map((block, i) => {
    const where = `${name}:${block.line}`;
    const depth = Math.max(0, Math.floor((block.indent - baseIndent) / 2));
    while (open.length > 0 && open.at(-1)!.depth >= depth) open.pop();
    const parent = open.at(-1) ?? null;
    if (parent && depth > parent.depth + 1) {
      problems.push({ where, message: 'nesting skips a level; attached to the nearest shallower comment' });
    }
    const comment = readComment(block, i + 1, { name, fallback: publishedAt, where, problems });
    const linked = { ...comment, parentSourceId: parent?.sourceId ?? null, depth };
    open.push(linked);
    return linked;
  });
}

type Context = { name: string; fallback: Date | undefined; where: string; problems: ImportProblem[] };

function readComment(block: Block, position: number, { name, fallback, where, problems }: Context) {
  const stamp = STAMP.exec(block.head);
  const authorName = (stamp ? block.head.slice(0, stamp.index) : block.head).trim();
  const date = stamp ? stampDate(stamp) : null;
  const gaps = [
    authorName === '' && 'no author (shown as "Anonymous")',
    date === null && `no date (used ${(fallback ?? EPOCH).toISOString()})`,
  ].filter((gap) => gap !== false);
  if (gaps.length > 0) problems.push({ where, message: `${gaps.join(', ')} in the capture` });
  const body = bodyText(block.body);
  if (body === '') problems.push({ where, message: 'empty comment body' });
  return {
    sourceId: stableId(name, position, authorName, stamp?.[0].trim() ?? ''),
    authorName: authorName || 'Anonymous',
    createdAt: date ?? fallback ?? EPOCH,
    body,
    state: 'approved' as const,
  };
}

/** The capture shows the site's wall-clock time without a zone; it is read as UTC so ids and order stay stable. */
function stampDate(m: RegExpExecArray): Date | null {
  const [, month, day, year, hour, minute, half] = m;
  const hour24 = (Number(hour) % 12) + (half === 'PM' ? 12 : 0);
  return utcDate(Number(year), monthNumber(month!), Number(day), hour24, Number(minute));
}

/** Line breaks inside a comment are kept; runs of blank lines become one paragraph break. */
function bodyText(lines: string[]): string {
  return lines
    .map((l) => l.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
