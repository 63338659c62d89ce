/**
 * `visit` and `visitParents` with unist-util-visit's API and results
 * (preorder; a visitor may return CONTINUE, SKIP, EXIT, an index to go on
 * at, or [action, index]), for the walks Markdown rendering makes over every
 * node of every explainer. unist-util-visit-parents names a new function for
 * every node it visits (`Object.defineProperty(visit, 'name', …)`, for stack
 * traces), which made the library's walks about a third of a render.
 *
 * The common call, a node type or nothing as the test and one visitor
 * function, walks here; any other (a test function or list, enter/exit
 * visitors, reverse order) goes to the library itself, so this is a drop-in
 * for it: the render workers hand it to Astro's and rehype's own plugins in
 * the library's place (library-swaps.ts).
 */
import { CONTINUE, EXIT, SKIP, visit as libraryVisit } from 'unist-util-visit';
import { visitParents as libraryVisitParents } from 'unist-util-visit-parents';

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
  if (node.children && result[0] !== SKIP) {
    const inside = ancestors && [...ancestors, node];
    let offset = 0;
    // Read on every step, as the library does: a visitor may replace the array, not only change it.
    while (offset > -1 && offset < node.children.length) {
      const sub = walk(node.children[offset]!, offset, node, inside, test, enter);
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

/**
 * The test and visitor of a call, read as the library reads its arguments
 * (`visit(tree, visitor)`, `visit(tree, test, visitor, reverse)`), when the
 * call is one this walk makes; undefined for any other, which the library makes.
 */
function fastCall(tree: unknown, test: unknown, visitor: unknown, reverse: unknown): [string | undefined, (...args: never[]) => Result] | undefined {
  const [check, fn, backwards] = typeof visitor === 'function' ? [test, visitor, reverse] : [undefined, test, visitor];
  if (!tree || typeof tree !== 'object' || typeof fn !== 'function' || backwards) return undefined;
  if (check !== undefined && check !== null && typeof check !== 'string') return undefined;
  // The library matches every node when the test is empty ('' as well as null).
  return [check || undefined, fn as (...args: never[]) => Result];
}

export const visitParents = ((tree: Tree, test: unknown, visitor?: unknown, reverse?: unknown) => {
  const call = fastCall(tree, test, visitor, reverse);
  if (!call) return (libraryVisitParents as (...args: unknown[]) => void)(tree, test, visitor, reverse);
  const enter = call[1] as (node: Tree, ancestors: Tree[], index: number | undefined) => Result;
  walk(tree, undefined, undefined, [], call[0], (node, index, _parent, ancestors) => enter(node, ancestors!, index));
}) as unknown as typeof libraryVisitParents;

export const visit = ((tree: Tree, test: unknown, visitor?: unknown, reverse?: unknown) => {
  const call = fastCall(tree, test, visitor, reverse);
  if (!call) return (libraryVisit as (...args: unknown[]) => void)(tree, test, visitor, reverse);
  walk(tree, undefined, undefined, undefined, call[0], call[1] as Enter);
}) as unknown as typeof libraryVisit;
