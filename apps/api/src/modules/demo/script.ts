import type { Role } from '@forum/contracts';
import type { ForumExport, ForumExportComment, ForumExportThread, ModerationMode } from '@forum/importers';

/** `bio` is shown under the threads a person writes. */
export type DemoPerson = { handle: string; name: string; role: Role; password?: string; bio?: string };

/**
 * One demo thread. `comments` holds a line per comment, two spaces of indent per reply level:
 * `handle 1d3h[ pending|spam|rejected]: text`, the time counted from the thread's start.
 */
export type DemoThread = {
  slug: string;
  title: string;
  author: string;
  mode: ModerationMode;
  tags: string[];
  ageDays: number;
  body: string;
  comments: string;
};

const LINE = /^( *)([a-z0-9_]+) ((?:\d+[dhm])+)(?: (pending|spam|rejected))?: (.+)$/;
const UNIT_MS = { d: 86_400_000, h: 3_600_000, m: 60_000 } as const;
const REMOVED = 'Personal attack';
const ACCOUNT_AGE_DAYS = 90;

const userId = (handle: string) => `demo:user:${handle}`;

/** The demo as a forum export, dated relative to `now` so it always looks recent. */
export function demoExport(people: DemoPerson[], threads: DemoThread[], now: Date): ForumExport {
  const known = new Map(people.map((p) => [p.handle, p]));
  const accountsSince = new Date(now.getTime() - ACCOUNT_AGE_DAYS * UNIT_MS.d).toISOString();
  return {
    format: 'forum-export',
    version: 1,
    users: people.map((p) => ({ sourceId: userId(p.handle), handle: p.handle, displayName: p.name, role: p.role, status: 'active', createdAt: accountsSince })),
    threads: threads.map((t) => demoThread(t, known, now)),
  };
}

function demoThread(t: DemoThread, known: Map<string, DemoPerson>, now: Date): ForumExportThread {
  const start = now.getTime() - t.ageDays * UNIT_MS.d;
  const author = known.get(t.author);
  if (!author) throw new Error(`demo thread ${t.slug}: unknown author ${t.author}`);
  return {
    sourceId: `demo:thread:${t.slug}`,
    slug: t.slug,
    title: t.title,
    body: t.body,
    tags: t.tags,
    authorSourceId: userId(t.author),
    ...(author.bio ? { authorBio: author.bio } : {}),
    moderationMode: t.mode,
    publishedAt: new Date(start).toISOString(),
    comments: demoComments(t, known, start),
  };
}

function demoComments(t: DemoThread, known: Map<string, DemoPerson>, start: number): ForumExportComment[] {
  const open: Array<{ sourceId: string; at: number }> = [];
  const lines = t.comments.split('\n').filter((l) => l.trim() !== '');
  return lines.map((line, i) => {
    const m = LINE.exec(line);
    const where = `demo thread ${t.slug}, line ${i + 1}`;
    if (!m) throw new Error(`${where}: expected "handle 1d2h[ state]: text"`);
    const [, indent, handle, offset, state, body] = m as unknown as [string, string, string, string, 'pending' | 'spam' | 'rejected' | undefined, string];
    const depth = indent.length / 2;
    if (!Number.isInteger(depth) || depth > open.length) throw new Error(`${where}: indent by two spaces, one level at a time`);
    if (!known.has(handle)) throw new Error(`${where}: unknown person ${handle}`);
    open.length = depth;
    const at = start + durationMs(offset);
    const parent = open.at(-1);
    if (parent && at <= parent.at) throw new Error(`${where}: a reply must come after its parent`);
    if (at > start + t.ageDays * UNIT_MS.d) throw new Error(`${where}: later than now`);
    const sourceId = `demo:comment:${t.slug}:${i + 1}`;
    open.push({ sourceId, at });
    return {
      sourceId,
      parentSourceId: parent?.sourceId ?? null,
      authorSourceId: userId(handle),
      authorName: handle,
      createdAt: new Date(at).toISOString(),
      body,
      state: state ?? 'approved',
      ...(state === 'rejected' ? { removedReason: REMOVED } : {}),
      depth,
    };
  });
}

function durationMs(offset: string): number {
  return [...offset.matchAll(/(\d+)([dhm])/g)].reduce((ms, [, n, unit]) => ms + Number(n) * UNIT_MS[unit as keyof typeof UNIT_MS], 0);
}
