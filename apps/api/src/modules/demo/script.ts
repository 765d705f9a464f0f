import type { CitationStance, Role } from '@forum/contracts';
import type { ReportReason } from '@forum/moderation';
import type { ForumExport, ForumExportComment, ForumExportThread, ModerationMode } from '@forum/importers';

/** `bio` is shown under the threads a person writes. */
export type DemoPerson = { handle: string; name: string; role: Role; password?: string; bio?: string };

/**
 * One demo thread. `comments` holds a line per comment, two spaces of indent per reply level:
 * `handle 1d3h[ flags]: text`, the time counted from the thread's start. Flags: a state
 * (`pending`, `spam`, `rejected`), `cite:<study key>:<stance>`, `report:<handle>:<reason>`.
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

export type DemoCitation = { comment: string; author: string; study: string; stance: CitationStance };
export type DemoReport = { comment: string; reporter: string; reason: ReportReason };
export type DemoScript = { forum: ForumExport; citations: DemoCitation[]; reports: DemoReport[] };

const LINE = /^( *)([a-z0-9_]+) ((?:\d+[dhm])+)((?: [A-Za-z0-9_]+(?::[A-Za-z0-9_]+)*)*): (.+)$/;
const STATES = new Set(['pending', 'spam', 'rejected']);
const STANCES = new Set<string>(['supports', 'contradicts', 'mentions', 'critiques']);
const REASONS = new Set<string>(['spam', 'incivility', 'misinformation', 'off_topic', 'other', 'disagree']);
const UNIT_MS = { d: 86_400_000, h: 3_600_000, m: 60_000 } as const;
const REMOVED = 'Personal attack';
const ACCOUNT_AGE_DAYS = 90;

const userId = (handle: string) => `demo:user:${handle}`;

type Known = { people: Map<string, DemoPerson>; studies: Set<string> };

/** The demo as a forum export, dated relative to `now` so it always looks recent, with the citations and reports to add. */
export function demoScript(people: DemoPerson[], threads: DemoThread[], studyKeys: string[], now: Date): DemoScript {
  const known: Known = { people: new Map(people.map((p) => [p.handle, p])), studies: new Set(studyKeys) };
  const accountsSince = new Date(now.getTime() - ACCOUNT_AGE_DAYS * UNIT_MS.d).toISOString();
  const script: DemoScript = { forum: { format: 'forum-export', version: 1, threads: [] }, citations: [], reports: [] };
  script.forum.users = people.map((p) => ({ sourceId: userId(p.handle), handle: p.handle, displayName: p.name, role: p.role, status: 'active', createdAt: accountsSince }));
  script.forum.threads = threads.map((t) => demoThread(t, known, now, script));
  return script;
}

function demoThread(t: DemoThread, known: Known, now: Date, script: DemoScript): ForumExportThread {
  const start = now.getTime() - t.ageDays * UNIT_MS.d;
  const author = known.people.get(t.author);
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
    comments: demoComments(t, known, start, script),
  };
}

function demoComments(t: DemoThread, known: Known, start: number, script: DemoScript): ForumExportComment[] {
  const open: Array<{ sourceId: string; at: number }> = [];
  const lines = t.comments.split('\n').filter((l) => l.trim() !== '');
  return lines.map((line, i) => {
    const where = `demo thread ${t.slug}, line ${i + 1}`;
    const m = LINE.exec(line);
    if (!m) throw new Error(`${where}: expected "handle 1d2h[ flags]: text"`);
    const [, indent, handle, offset, flagText, body] = m as unknown as [string, string, string, string, string, string];
    const depth = indent.length / 2;
    if (!Number.isInteger(depth) || depth > open.length) throw new Error(`${where}: indent by two spaces, one level at a time`);
    if (!known.people.has(handle)) throw new Error(`${where}: unknown person ${handle}`);
    open.length = depth;
    const at = start + durationMs(offset);
    const parent = open.at(-1);
    if (parent && at <= parent.at) throw new Error(`${where}: a reply must come after its parent`);
    if (at > start + t.ageDays * UNIT_MS.d) throw new Error(`${where}: later than now`);
    const sourceId = `demo:comment:${t.slug}:${i + 1}`;
    open.push({ sourceId, at });
    const state = readFlags(flagText.trim().split(' ').filter(Boolean), { sourceId, handle, where }, known, script);
    return {
      sourceId,
      parentSourceId: parent?.sourceId ?? null,
      authorSourceId: userId(handle),
      authorName: handle,
      createdAt: new Date(at).toISOString(),
      body,
      state,
      ...(state === 'rejected' ? { removedReason: REMOVED } : {}),
      depth,
    };
  });
}

type Line = { sourceId: string; handle: string; where: string };

function readFlags(flags: string[], line: Line, known: Known, script: DemoScript): ForumExportComment['state'] {
  let state: ForumExportComment['state'] = 'approved';
  for (const flag of flags) {
    const [kind, a = '', b = ''] = flag.split(':');
    if (STATES.has(flag)) state = flag as typeof state;
    else if (kind === 'cite' && known.studies.has(a) && STANCES.has(b)) script.citations.push({ comment: line.sourceId, author: line.handle, study: a, stance: b as CitationStance });
    else if (kind === 'report' && known.people.has(a) && REASONS.has(b)) script.reports.push({ comment: line.sourceId, reporter: a, reason: b as ReportReason });
    else throw new Error(`${line.where}: unknown flag ${flag}`);
  }
  return state;
}

function durationMs(offset: string): number {
  return [...offset.matchAll(/(\d+)([dhm])/g)].reduce((ms, [, n, unit]) => ms + Number(n) * UNIT_MS[unit as keyof typeof UNIT_MS], 0);
}
