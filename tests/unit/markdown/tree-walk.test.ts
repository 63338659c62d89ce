import { describe, expect, it } from 'vitest';
import { visit as libraryVisit, SKIP as LIB_SKIP, EXIT as LIB_EXIT } from 'unist-util-visit';
import { visitParents as libraryVisitParents } from 'unist-util-visit-parents';
import { visit, visitParents, SKIP, EXIT } from '../../../src/markdown/tree-walk.ts';

interface N {
  type: string;
  value?: string;
  children?: N[];
}

/** A deterministic pseudo-random tree of a few node types, some with children. */
function tree(seed: number): N {
  let s = seed;
  const rand = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const types = ['paragraph', 'text', 'emphasis', 'heading', 'list'];
  const make = (depth: number): N => {
    const type = types[Math.floor(rand() * types.length)]!;
    if (type === 'text' || depth > 4) return { type: 'text', value: `t${Math.floor(rand() * 100)}` };
    return { type, children: Array.from({ length: Math.floor(rand() * 4) }, () => make(depth + 1)) };
  };
  return { type: 'root', children: Array.from({ length: 5 }, () => make(0)) };
}

/** A visitor that logs what it sees and uses every kind of result, the same way for both walkers. */
function visitor(log: string[], skip: unknown, exit: unknown) {
  let calls = 0;
  return (node: N, index: number | undefined, parent: N | undefined) => {
    calls++;
    log.push(`${node.type}@${index ?? '-'}<${parent?.type ?? '-'}`);
    if (node.type === 'emphasis') return skip;
    if (node.type === 'heading' && parent && index !== undefined && calls % 3 === 0) {
      // Insert a sibling and jump past it, as plugins that wrap nodes do.
      parent.children!.splice(index + 1, 0, { type: 'text', value: 'inserted' });
      return [skip, index + 2];
    }
    if (calls === 60) return exit;
    return undefined;
  };
}

describe('tree-walk', () => {
  it('visits the same nodes, in the same order, with the same index and parent as unist-util-visit', () => {
    for (let seed = 1; seed <= 200; seed++) {
      for (const test of [undefined, 'text', 'heading']) {
        const ours: string[] = [];
        const theirs: string[] = [];
        const a = tree(seed);
        const b = tree(seed);
        if (test) {
          visit(a as never, test, visitor(ours, SKIP, EXIT) as never);
          libraryVisit(b as never, test, visitor(theirs, LIB_SKIP, LIB_EXIT) as never);
        } else {
          visit(a as never, visitor(ours, SKIP, EXIT) as never);
          libraryVisit(b as never, visitor(theirs, LIB_SKIP, LIB_EXIT) as never);
        }
        expect(ours).toEqual(theirs);
        expect(a).toEqual(b);
      }
    }
  });

  it('gives visitParents the same ancestors as unist-util-visit-parents', () => {
    const ours: string[] = [];
    const theirs: string[] = [];
    const record = (log: string[]) => (node: N, ancestors: N[], index?: number) =>
      void log.push(`${node.type}@${index ?? '-'}:${ancestors.map((a) => a.type).join('/')}`);
    visitParents(tree(7) as never, 'text', record(ours) as never);
    libraryVisitParents(tree(7) as never, 'text', record(theirs) as never);
    expect(ours.length).toBeGreaterThan(3);
    expect(ours).toEqual(theirs);
  });

  it('stops at EXIT', () => {
    const seen: string[] = [];
    visit({ type: 'root', children: [{ type: 'a' }, { type: 'b' }, { type: 'c' }] } as never, (node: N) => {
      seen.push(node.type);
      return node.type === 'a' ? EXIT : undefined;
    });
    expect(seen).toEqual(['root', 'a']);
  });

  it('hands every other call (test objects and functions, enter/exit visitors, reverse) to the library, with its results', () => {
    const calls: ((v: typeof visit, vp: typeof visitParents, log: string[]) => void)[] = [
      (v, _, log) => v(tree(3) as never, { type: 'text' } as never, (n: N, i?: number) => void log.push(`${n.value}@${i}`)),
      (v, _, log) => v(tree(4) as never, ((n: N) => n.type === 'heading') as never, (n: N, i?: number) => void log.push(`${n.type}@${i}`)),
      (v, _, log) => v(tree(11) as never, 'text', (n: N, i?: number) => void log.push(`${n.value}@${i}`), true),
      (v, _, log) => v(tree(6) as never, (n: N) => void log.push(n.type), true),
      (_, vp, log) => vp(tree(8) as never, { enter: (n: N) => void log.push(`in ${n.type}`), exit: (n: N) => void log.push(`out ${n.type}`) } as never),
      (_, vp, log) => vp(tree(9) as never, ['text', 'list'] as never, (n: N, a: N[]) => void log.push(`${n.type}:${a.length}`)),
    ];
    for (const call of calls) {
      const ours: string[] = [];
      const theirs: string[] = [];
      call(visit, visitParents, ours);
      call(libraryVisit as never, libraryVisitParents as never, theirs);
      expect(ours.length, String(call)).toBeGreaterThan(2);
      expect(ours).toEqual(theirs);
    }
    expect(() => visit(undefined as never, () => undefined)).toThrow(/Unexpected value `undefined` for `tree`/);
  });

  it('walks as the library does when the test is empty or a visitor replaces a children array', () => {
    const calls: ((v: typeof visit, log: string[]) => void)[] = [
      (v, log) => v(tree(12) as never, '' as never, (n: N, i?: number) => void log.push(`${n.type}@${i}`)),
      (v, log) => {
        const replaced = new Set<N>();
        v(tree(13) as never, (n: N, i?: number, parent?: N) => {
          log.push(`${n.type}@${i}`);
          // A child replaces its parent's array, not splices it: the walk must go on over the new one.
          if (parent && !replaced.has(parent)) {
            replaced.add(parent);
            parent.children = [...parent.children!, { type: 'marker' }];
          }
        });
        expect(log).toContain(`marker@${tree(13).children!.length}`);
      },
    ];
    for (const call of calls) {
      const ours: string[] = [];
      const theirs: string[] = [];
      call(visit, ours);
      call(libraryVisit as never, theirs);
      expect(ours.length, String(call)).toBeGreaterThan(2);
      expect(ours).toEqual(theirs);
    }
  });
});
