/**
 * Which pages this build rendered, as opposed to the ones Astro's
 * incremental build copied from the last build. Pages note themselves when
 * they render (they run in the same process as the build's integrations,
 * but in another module graph, hence the global registry); the verification
 * prints them, so a rebuild says how much work it did, and on what.
 */
const KEY = Symbol.for('backstory.render-journal');

type Journal = Map<string, string[]>;

function journal(): Journal {
  const g = globalThis as { [KEY]?: Journal };
  return (g[KEY] ??= new Map());
}

/** Called by a page of `kind` ("article", …) as it renders, with its slug. */
export function noteRendered(kind: string, slug: string): void {
  const list = journal().get(kind) ?? [];
  list.push(slug);
  journal().set(kind, list);
}

/** The slugs of the pages of `kind` this process rendered, in order. */
export function rendered(kind: string): readonly string[] {
  return journal().get(kind) ?? [];
}
