/**
 * Old article URLs that must keep working. Pure: the list of (old slug → live
 * slug) pairs and every way it can go wrong, reported all at once.
 */
export interface Redirect {
  from: string;
  to: string;
  /** The file that claims the old slug, for error messages. */
  file: string;
}

export interface RedirectSource {
  slug: string;
  redirectFrom: readonly string[];
  file: string;
}

/**
 * The redirects of the published articles. An old slug that is a live slug
 * (which would hide a page, or chain one redirect into another), or that two
 * articles claim, is an error.
 */
export function collectRedirects(articles: readonly RedirectSource[]): { redirects: Redirect[]; problems: string[] } {
  const live = new Map(articles.map((a) => [a.slug, a.file]));
  const claimed = new Map<string, Redirect>();
  const problems: string[] = [];
  for (const a of articles) {
    for (const from of a.redirectFrom) {
      if (from === a.slug) {
        problems.push(`${a.file}: redirectFrom lists its own slug "${from}". Fix: remove it.`);
      } else if (live.has(from)) {
        problems.push(
          `${a.file}: redirectFrom "${from}" is the slug of a live article (${live.get(from)}); a redirect there would hide that page or chain into another redirect. Fix: remove "${from}" from redirectFrom, or rename one of the files.`,
        );
      } else if (claimed.has(from)) {
        problems.push(
          `${a.file}: redirectFrom "${from}" is also claimed by ${claimed.get(from)!.file}. Fix: keep it in the article that really used that URL.`,
        );
      } else {
        claimed.set(from, { from, to: a.slug, file: a.file });
      }
    }
  }
  return { redirects: [...claimed.values()], problems };
}
