/**
 * People, places, organisations, stories and topics as search results of
 * their own: a reader who types a name gets that person's page before the
 * explainers that mention them. The directory is small (one line per
 * entity, story and topic), built with the site (pages/search-directory.json.ts)
 * and matched here, in the browser and in the search-quality test.
 */
import { normalizeWord } from './query.ts';
import { entityKindLabel } from '../domain/labels.ts';

export type DirectoryKind = 'person' | 'place' | 'organisation' | 'story' | 'topic';

export interface DirectoryEntry {
  kind: DirectoryKind;
  /** The name in English ("Kim Yo Jong"), a story's or a topic's title. */
  name: string;
  /** The name in its own script, with its language. */
  native?: { text: string; lang: string } | undefined;
  /** Parts of the native name a reader may type alone (family name, given name). */
  parts?: string[] | undefined;
  /** One line: who or what it is. */
  role: string;
  /** Its page. */
  url: string;
}

/** The line under an entry's name: "Person · Leader of North Korea since 2011" (stories and topics say what they are in their own line). */
export const entryLine = (e: DirectoryEntry): string => (e.kind === 'story' || e.kind === 'topic' ? e.role : `${entityKindLabel(e.kind)} · ${e.role}`);

/** How an entry matches a query, best first; undefined when it does not. */
function score(entry: DirectoryEntry, words: string[]): number | undefined {
  const nameWords = entry.name.split(/\s+/).map(normalizeWord).filter(Boolean);
  const native = entry.native ? [normalizeWord(entry.native.text), ...(entry.parts ?? []).map(normalizeWord)] : [];
  const query = words.join(' ');
  if (query === nameWords.join(' ') || native[0] === query) return 0; // the whole name
  let prefixes = 0;
  for (const w of words) {
    if (nameWords.includes(w) || native.includes(w)) continue;
    // A word of three letters or more may be the beginning of a name ("Koiz" while typing).
    if ([...w].length >= 3 && nameWords.some((n) => n.startsWith(w))) prefixes++;
    else return undefined;
  }
  return 1 + prefixes;
}

/** The entries every query word matches (a name word, a native name or part, or the beginning of a name word), best first. */
export function matchDirectory(entries: readonly DirectoryEntry[], q: string, limit = 5): DirectoryEntry[] {
  const words = q.replace(/["“”]/g, ' ').split(/\s+/).map(normalizeWord).filter(Boolean);
  if (words.length === 0) return [];
  return entries
    .map((entry) => ({ entry, s: score(entry, words) }))
    .filter((m): m is { entry: DirectoryEntry; s: number } => m.s !== undefined)
    .sort((a, b) => a.s - b.s || a.entry.name.localeCompare(b.entry.name))
    .slice(0, limit)
    .map((m) => m.entry);
}
