import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linkComments, type UnlinkedComment } from '../src/thread-tree.ts';

function comment(sourceId: string, parentSourceId: string | null): UnlinkedComment {
  return { sourceId, parentSourceId, authorName: 'A', createdAt: new Date(0), body: sourceId, state: 'approved' };
}

const where = (c: UnlinkedComment) => `comment ${c.sourceId}`;

describe('linkComments', () => {
  it('orders replies after their parents, depth first, keeping source order among siblings', () => {
    const input = [comment('c', 'a'), comment('a', null), comment('b', null), comment('d', 'c'), comment('e', 'a')];
    const { comments, problems } = linkComments(input, where);
    expect(comments.map((c) => [c.sourceId, c.depth])).toEqual([
      ['a', 0],
      ['c', 1],
      ['d', 2],
      ['e', 1],
      ['b', 0],
    ]);
    expect(problems).toEqual([]);
  });

  it('breaks a reply cycle at top level and reports it', () => {
    const { comments, problems } = linkComments([comment('a', 'b'), comment('b', 'a')], where);
    expect(comments.map((c) => [c.sourceId, c.parentSourceId, c.depth])).toEqual([
      ['a', null, 0],
      ['b', 'a', 1],
    ]);
    expect(problems).toEqual([{ where: 'comment a', message: 'reply cycle; kept at top level' }]);
  });

  it('keeps the first of two comments sharing an id', () => {
    const { comments, problems } = linkComments([comment('a', null), { ...comment('a', null), body: 'again' }], where);
    expect(comments.map((c) => c.body)).toEqual(['a']);
    expect(problems).toEqual([{ where: 'comment a', message: 'duplicate comment id; kept the first' }]);
  });

  it('places every comment exactly once, after its parent, whatever the links', () => {
    const links = fc.array(fc.option(fc.nat(30), { nil: null }), { maxLength: 30 });
    fc.assert(
      fc.property(links, (parents) => {
        const input = parents.map((p, i) => comment(`c${i}`, p === null ? null : `c${p}`));
        const { comments } = linkComments(input, where);
        const position = new Map(comments.map((c, i) => [c.sourceId, i]));
        expect([...position.keys()].sort()).toEqual(input.map((c) => c.sourceId).sort());
        for (const c of comments) {
          if (c.parentSourceId === null) {
            expect(c.depth).toBe(0);
            continue;
          }
          const parent = comments[position.get(c.parentSourceId)!]!;
          expect(position.get(parent.sourceId)).toBeLessThan(position.get(c.sourceId)!);
          expect(c.depth).toBe(parent.depth + 1);
        }
      }),
    );
  });
});
