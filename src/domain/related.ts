/**
 * Related explainers, computed once per build for the whole archive from an
 * inverted index (feature → articles). Each article only looks at a window of
 * neighbours in each feature's posting list, so the work grows with the
 * archive, not with its square, even for topics shared by thousands.
 */
export interface RelatedInput {
  slug: string;
  /** Publication instant (ms). */
  time: number;
  story?: string | undefined;
  entities: readonly string[];
  topics: readonly string[];
}

/** How much one shared feature counts. */
export const WEIGHTS = { story: 6, entity: 2, topic: 1 } as const;
/** Neighbours looked at on each side in one posting list. */
export const WINDOW = 60;
export const MAX_RELATED = 5;

export function relatedIndex(articles: readonly RelatedInput[], max = MAX_RELATED): Map<string, string[]> {
  const postings = new Map<string, RelatedInput[]>();
  const features = (a: RelatedInput): [string, number][] => [
    ...(a.story ? [[`s:${a.story}`, WEIGHTS.story] as [string, number]] : []),
    ...a.entities.map((e): [string, number] => [`e:${e}`, WEIGHTS.entity]),
    ...a.topics.map((t): [string, number] => [`t:${t}`, WEIGHTS.topic]),
  ];
  for (const a of articles) {
    for (const [f] of features(a)) {
      const list = postings.get(f) ?? [];
      list.push(a);
      postings.set(f, list);
    }
  }
  const position = new Map<string, Map<string, number>>();
  for (const [f, list] of postings) {
    list.sort((x, y) => x.time - y.time || x.slug.localeCompare(y.slug));
    position.set(f, new Map(list.map((a, i) => [a.slug, i])));
  }
  const result = new Map<string, string[]>();
  for (const a of articles) {
    const scores = new Map<string, { score: number; time: number }>();
    for (const [f, weight] of features(a)) {
      const list = postings.get(f)!;
      const at = position.get(f)!.get(a.slug)!;
      for (let i = Math.max(0, at - WINDOW); i <= Math.min(list.length - 1, at + WINDOW); i++) {
        const b = list[i]!;
        if (b.slug === a.slug) continue;
        const s = scores.get(b.slug) ?? { score: 0, time: b.time };
        s.score += weight;
        scores.set(b.slug, s);
      }
    }
    const ranked = [...scores]
      .sort(([sa, x], [sb, y]) => y.score - x.score || Math.abs(x.time - a.time) - Math.abs(y.time - a.time) || sa.localeCompare(sb))
      .slice(0, max)
      .map(([slug]) => slug);
    result.set(a.slug, ranked);
  }
  return result;
}
