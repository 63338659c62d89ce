import { collectRedirects, type Redirect } from '../domain/redirects.ts';
import { contentError } from '../content/content-error.ts';
import { getArticles } from './articles.ts';
import { oncePerBuild } from './once-per-build.ts';

/**
 * Old article slugs and the live article each now points to (redirectFrom).
 * A collision with a live slug, a chain or a slug claimed twice stops the
 * build, every problem at once.
 */
export const getRedirects = oncePerBuild(async (): Promise<Redirect[]> => {
  const articles = await getArticles();
  const { redirects, problems } = collectRedirects(articles.map((a) => ({ slug: a.slug, redirectFrom: a.redirectFrom, file: a.entry.filePath ?? a.slug })));
  if (problems.length) throw contentError(problems.join('\n'), 'Each line above names the article and what to change in its redirectFrom list.');
  return redirects;
});
