/**
 * Every source an explainer cites is listed in its front matter, and every
 * listed source is cited (README, "Sources"): a list that names sources the
 * text does not use, or a marker that leads nowhere, is refused at file:line.
 */
import type { LoadedEntry } from '../loader.ts';
import { citationMismatches } from '../../domain/sources.ts';

export function citationProblems(entries: readonly LoadedEntry[], lineOf: (entry: LoadedEntry, field: string) => number): string[] {
  const problems: string[] = [];
  for (const entry of entries) {
    const ids = ((entry.data as { sources?: { id: string }[] }).sources ?? []).map((s) => s.id);
    const { unknown, uncited } = citationMismatches(ids, entry.facts.citations);
    for (const c of unknown) {
      problems.push(
        `${entry.file}:${c.line}: ":cite[${c.id}]" cites a source the front matter does not list. Fix: add a source with id: ${c.id} under sources: (publisher, title, date), or correct the id.`,
      );
    }
    for (const id of uncited) {
      problems.push(
        `${entry.file}:${lineOf(entry, `sources.${ids.indexOf(id)}.id`)}: source "${id}" is listed but the text never cites it. Fix: cite it where its fact is used (:cite[${id}]), or remove it from sources:.`,
      );
    }
  }
  return problems;
}
