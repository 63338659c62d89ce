/**
 * An explainer may only name authors, a story and entities that have a file
 * (README, "Writing an explainer"): checked on every sync, so `npm run check`
 * refuses what the build would, naming the file and line.
 */
import type { LoadedEntry } from '../loader.ts';

/** The slugs each referenced collection has (its file names), and the author that needs no file. */
export interface KnownSlugs {
  authors: ReadonlySet<string>;
  stories: ReadonlySet<string>;
  entities: ReadonlySet<string>;
  /** The byline that works without a file ("staff"). */
  defaultAuthor: string;
}

export function referenceProblems(entries: readonly LoadedEntry[], known: KnownSlugs, lineOf: (entry: LoadedEntry, field: string) => number): string[] {
  const problems: string[] = [];
  for (const entry of entries) {
    const data = entry.data as { authors?: string[]; story?: string };
    (data.authors ?? []).forEach((slug, i) => {
      if (slug !== known.defaultAuthor && !known.authors.has(slug)) {
        problems.push(`${entry.file}:${lineOf(entry, `authors.${i}`)}: author "${slug}" has no file content/authors/${slug}.md. Fix: add the author file (name, role, bio), or correct the slug.`);
      }
    });
    if (data.story && !known.stories.has(data.story)) {
      problems.push(`${entry.file}:${lineOf(entry, 'story')}: story "${data.story}" has no file content/stories/${data.story}.md. Fix: add the story file (title, description), or correct the story slug.`);
    }
    for (const m of entry.facts.entityMentions) {
      if (!known.entities.has(m.slug)) {
        problems.push(`${entry.file}:${m.line}: unknown entity "${m.slug}" (no content/entities/${m.slug}.md). Fix: add the entity file (name, kind, role, summary, sources), or correct the slug after # in the mention.`);
      }
    }
  }
  return problems;
}
