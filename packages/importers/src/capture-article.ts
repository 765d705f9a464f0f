import { monthNumber, utcDate } from './dates.ts';

export type CapturedArticle = {
  title: string;
  body: string;
  tags: string[];
  authorName?: string;
  authorBio?: string;
  publishedAt?: Date;
  /** The comment count the page announces ("6 thoughts on …"), when it does. */
  announcedComments?: number;
};

const CHROME = /^skip to\b/i;
const ANNOUNCED = /^(\d+|One) (?:thoughts?|comments?|responses?) on\b/;
const ARTICLE_END = new RegExp(`^(Tags\\s|\\| Reply|Leave a (Comment|Reply)|Discover more from |©)|${ANNOUNCED.source}`);
const DAY = /^([A-Z][a-z]+) (\d{1,2}), (\d{4})$/;

/** Reads the article part of a page capture: everything above the first comment. */
export function parseArticle(lines: string[]): CapturedArticle {
  const titleAt = findTitle(lines);
  let cursor = nextFilled(lines, titleAt + 1);
  const publishedAt = dayDate(lines[cursor] ?? '');
  if (publishedAt) cursor = nextFilled(lines, cursor + 1);
  const endAt = lines.findIndex((line, i) => i >= cursor && ARTICLE_END.test(line));
  const end = endAt === -1 ? lines.length : endAt;
  const trailer = lines.slice(end);
  return {
    title: lines[titleAt]?.trim() ?? '',
    body: paragraphs(lines.slice(cursor, end)),
    tags: tagsOf(trailer),
    ...authorOf(trailer),
    ...(publishedAt ? { publishedAt } : {}),
    ...announcedOf(trailer),
  };
}

/** The title is the first line standing alone between blank lines; image captions and banners come in runs. */
function findTitle(lines: string[]): number {
  const isBlank = (i: number) => (lines[i] ?? '').trim() === '';
  const alone = lines.findIndex((line, i) => !isBlank(i) && !CHROME.test(line) && isBlank(i - 1) && isBlank(i + 1));
  return alone === -1 ? nextFilled(lines, 0) : alone;
}

function nextFilled(lines: string[], from: number): number {
  const at = lines.findIndex((line, i) => i >= from && line.trim() !== '');
  return at === -1 ? lines.length : at;
}

function dayDate(line: string): Date | null {
  const m = DAY.exec(line.trim());
  return m ? utcDate(Number(m[3]), monthNumber(m[1]!), Number(m[2])) : null;
}

/** Captured pages put one paragraph per line. */
function paragraphs(lines: string[]): string {
  return lines
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n\n');
}

/** "Tags Relapsing MS, Research, Treatment      2 Appreciate this": the tags end at the wide gap. */
function tagsOf(trailer: string[]): string[] {
  const line = trailer.find((l) => /^Tags\s/.test(l));
  if (!line) return [];
  const list = line.replace(/^Tags\s+/, '').split(/\s{2,}/)[0] ?? '';
  return list.split(',').map((t) => t.trim()).filter((t) => t !== '');
}

/** After the tags and the action links ("| Reply") comes the author's name, then the bio, then the comment form. */
function authorOf(trailer: string[]): Pick<CapturedArticle, 'authorName' | 'authorBio'> {
  const tagsAt = trailer.findIndex((l) => /^Tags\s/.test(l));
  if (tagsAt === -1) return {};
  const formAt = trailer.findIndex((l) => /^Leave a (Comment|Reply)/i.test(l));
  const block = trailer
    .slice(tagsAt + 1, formAt === -1 ? undefined : formAt)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('|'));
  const [name, ...bio] = block;
  if (!name) return {};
  return { authorName: name, ...(bio.length > 0 ? { authorBio: bio.join('\n\n') } : {}) };
}

function announcedOf(trailer: string[]): Pick<CapturedArticle, 'announcedComments'> {
  const m = trailer.map((l) => ANNOUNCED.exec(l)).find((match) => match !== null);
  if (!m) return {};
  return { announcedComments: /^one$/i.test(m[1]!) ? 1 : Number(m[1]) };
}
