/**
 * `visit` and `visitParents` with unist-util-visit's API and results
 * (preorder; a test is a node type or nothing; a visitor may return
 * CONTINUE, SKIP, EXIT, an index to go on at, or [action, index]), for the
 * walks our Markdown plugins make over every node of every explainer.
 * unist-util-visit-parents names a new function for every node it visits
 * (`Object.defineProperty(visit, 'name', …)`, for stack traces), which made
 * the library's walks about a third of a render.
 */
import { CONTINUE, EXIT, SKIP, type visit as libraryVisit } from 'unist-util-visit';
import type { visitParents as libraryVisitParents } from 'unist-util-visit-parents';

export { CONTINUE, EXIT, SKIP };

interface Tree {
  type: string;
  children?: Tree[];
}
type Result = unknown;
type Enter = (node: Tree, index: number | undefined, parent: Tree | undefined, ancestors: Tree[] | undefined) => Result;

/**
 * Walks `node` and its descendants in preorder. `ancestors` is kept only for
 * visitParents (undefined for visit, which needs the parent alone).
 */
function walk(
  node: Tree,
  index: number | undefined,
  parent: Tree | undefined,
  ancestors: Tree[] | undefined,
  test: string | undefined,
  enter: Enter,
): [unknown, number?] {
  let result: [unknown, number?] = [CONTINUE];
  if (test === undefined || node.type === test) {
    result = toResult(enter(node, index, parent, ancestors));
    if (result[0] === EXIT) return result;
  }
  const children = node.children;
  if (children && result[0] !== SKIP) {
    const inside = ancestors && [...ancestors, node];
    let offset = 0;
    while (offset > -1 && offset < children.length) {
      const sub = walk(children[offset]!, offset, node, inside, test, enter);
      if (sub[0] === EXIT) return sub;
      offset = typeof sub[1] === 'number' ? sub[1] : offset + 1;
    }
  }
  return result;
}

function toResult(value: Result): [unknown, number?] {
  if (Array.isArray(value)) return value as [unknown, number?];
  if (typeof value === 'number') return [CONTINUE, value];
  return value === null || value === undefined ? [CONTINUE] : [value];
}

function parts(test: unknown, visitor: unknown): [string | undefined, (...args: never[]) => Result] {
  const [check, fn] = typeof test === 'function' ? [undefined, test] : [test, visitor];
  if (check !== undefined && check !== null && typeof check !== 'string') throw new Error('tree-walk: a test is a node type (string) or nothing');
  if (typeof fn !== 'function') throw new Error('tree-walk: expected a visitor function');
  return [check ?? undefined, fn as (...args: never[]) => Result];
}

export const visitParents = ((tree: Tree, test: unknown, visitor?: unknown) => {
  const [check, fn] = parts(test, visitor);
  const enter = fn as (node: Tree, ancestors: Tree[]) => Result;
  walk(tree, undefined, undefined, [], check, (node, _index, _parent, ancestors) => enter(node, ancestors!));
}) as unknown as typeof libraryVisitParents;

export const visit = ((tree: Tree, test: unknown, visitor?: unknown) => {
  const [check, fn] = parts(test, visitor);
  walk(tree, undefined, undefined, undefined, check, fn as Enter);
}) as unknown as typeof libraryVisit;
