import type { ImportedComment, ImportProblem } from './types.ts';

export type UnlinkedComment = Omit<ImportedComment, 'depth'>;

type Linked = { comments: ImportedComment[]; problems: ImportProblem[] };

/**
 * Checks parent links and orders comments depth-first (parents before replies).
 * A comment whose parent is missing, or that sits in a reply cycle, is kept at top level and reported.
 */
export function linkComments(input: UnlinkedComment[], where: (c: UnlinkedComment) => string): Linked {
  const problems: ImportProblem[] = [];
  const comments = dropDuplicates(input, where, problems);
  const known = new Set(comments.map((c) => c.sourceId));
  const detached = comments.map((c) => {
    if (c.parentSourceId === null || known.has(c.parentSourceId)) return c;
    problems.push({ where: where(c), message: `parent ${c.parentSourceId} not found; kept at top level` });
    return { ...c, parentSourceId: null };
  });
  const ordered = orderDepthFirst(detached, (c) => {
    problems.push({ where: where(c), message: 'reply cycle; kept at top level' });
  });
  return { comments: ordered, problems };
}

function dropDuplicates(input: UnlinkedComment[], where: (c: UnlinkedComment) => string, problems: ImportProblem[]) {
  const seen = new Set<string>();
  return input.filter((c) => {
    if (!seen.has(c.sourceId)) return seen.add(c.sourceId);
    problems.push({ where: where(c), message: 'duplicate comment id; kept the first' });
    return false;
  });
}

function orderDepthFirst(comments: UnlinkedComment[], onCycle: (c: UnlinkedComment) => void): ImportedComment[] {
  const children = new Map<string | null, UnlinkedComment[]>();
  for (const c of comments) {
    const siblings = children.get(c.parentSourceId);
    if (siblings) siblings.push(c);
    else children.set(c.parentSourceId, [c]);
  }
  const out: ImportedComment[] = [];
  const placed = new Set<string>();
  const walk = (root: UnlinkedComment) => {
    const stack: Array<[UnlinkedComment, number]> = [[root, 0]];
    while (stack.length > 0) {
      const [c, depth] = stack.pop()!;
      if (placed.has(c.sourceId)) continue;
      out.push({ ...c, parentSourceId: depth === 0 ? null : c.parentSourceId, depth });
      placed.add(c.sourceId);
      const replies = children.get(c.sourceId) ?? [];
      for (let i = replies.length - 1; i >= 0; i--) stack.push([replies[i]!, depth + 1]);
    }
  };
  for (const c of children.get(null) ?? []) walk(c);
  // Whatever is still unplaced only hangs off other unplaced comments: a cycle.
  for (const c of comments) {
    if (placed.has(c.sourceId)) continue;
    onCycle(c);
    walk(c);
  }
  return out;
}
