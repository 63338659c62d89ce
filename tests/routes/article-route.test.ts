import { beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('astro:content', async () => {
  const { article, entry, mockedAstroContent } = await import('./content.ts');
  return mockedAstroContent({
    articles: [
      article(
        'summit',
        {
          title: 'Why the summit matters',
          description: 'The dek.',
          publishedAt: '2024-03-27T09:00:00+09:00',
          topics: ['north-korea', 'japan'],
          story: 'talks',
          corrections: [{ date: '2024-03-29', text: 'Fixed a date.' }],
        },
        {
          entityMentions: [
            { slug: 'kim', line: 9 },
            { slug: 'kim', line: 12 },
          ],
        },
      ),
      article('background', {
        title: 'The background',
        description: 'Older.',
        publishedAt: '2024-03-20',
        topics: ['japan'],
        story: 'talks',
        redirectFrom: ['old-background'],
      }),
      article('draft', { title: 'Not yet', description: 'A draft.', publishedAt: '2024-03-21', topics: ['japan'], draft: true }),
      article('future', { title: 'Later', description: 'Scheduled.', publishedAt: '2099-01-01', topics: ['japan'] }),
    ],
    topics: [entry('topics', 'north-korea', { title: 'North Korea' })],
    entities: [entry('entities', 'kim', { name: 'Kim Jong Un', kind: 'person', role: 'Leader', summary: 'S.', sources: ['KCNA'], corrections: [] })],
    stories: [entry('stories', 'talks', { title: 'The talks', description: 'A story.' })],
    pages: [entry('pages', 'standards', { title: 'Standards', description: 'How we work.' })],
    authors: [],
  });
});

const site = new URL('https://backstory.example');

describe('article route data (no build)', () => {
  beforeAll(() => {
    vi.stubEnv('DEV', false);
  });

  it('publishes neither drafts nor future-dated explainers, newest first', async () => {
    const { getArticles } = await import('../../src/data/articles.ts');
    expect((await getArticles()).map((a) => a.slug)).toEqual(['summit', 'background']);
  });

  it('gives the page its head: Open Graph dates with offsets, the last change, JSON-LD with corrections', async () => {
    const { getArticles } = await import('../../src/data/articles.ts');
    const { getArticleRoute } = await import('../../src/routing/article.ts');
    const summit = (await getArticles())[0]!;
    const route = await getArticleRoute(summit, site);
    expect(route.head.article).toEqual({
      published: '2024-03-27T09:00:00+09:00',
      modified: '2024-03-29T00:00:00+00:00',
      section: 'North Korea',
      tags: ['North Korea', 'Japan'],
    });
    const [news, crumbs] = route.head.jsonLd as Record<string, unknown>[];
    expect(news).toMatchObject({
      '@type': 'NewsArticle',
      url: 'https://backstory.example/articles/summit/',
      dateModified: '2024-03-29T00:00:00+00:00',
      correction: [{ text: 'Fixed a date.' }],
    });
    expect((crumbs as { itemListElement: { name: string }[] }).itemListElement.map((i) => i.name)).toEqual(['Home', 'North Korea', 'Why the summit matters']);
  });

  it('names topics (from their files, else from the slug) and the default byline', async () => {
    const { getArticles } = await import('../../src/data/articles.ts');
    const { getArticleRoute } = await import('../../src/routing/article.ts');
    const route = await getArticleRoute((await getArticles())[0]!, site);
    expect(route.topics).toEqual([
      { slug: 'north-korea', name: 'North Korea' },
      { slug: 'japan', name: 'Japan' },
    ]);
    expect(route.authors).toEqual([{ slug: 'staff', name: 'Backstory staff' }]);
  });

  it('puts each mentioned entity once, the story and the year into the search filters', async () => {
    const { getArticles } = await import('../../src/data/articles.ts');
    const { getArticleRoute } = await import('../../src/routing/article.ts');
    const route = await getArticleRoute((await getArticles())[0]!, site);
    expect(route.searchFilters).toEqual(['topic:north-korea', 'topic:japan', 'entity:kim', 'story:talks', 'year:2024']);
  });

  it('places the explainer in its story and links the corrections policy', async () => {
    const { getArticles } = await import('../../src/data/articles.ts');
    const { getArticleRoute } = await import('../../src/routing/article.ts');
    const route = await getArticleRoute((await getArticles())[0]!, site);
    expect(route.story?.articles.map((a) => a.slug)).toEqual(['background', 'summit']);
    expect(route.related.map((a) => a.slug)).toEqual(['background']);
    expect(route.reportError.policy).toBe('/standards/');
    expect(decodeURIComponent(route.reportError.href)).toContain('Article: https://backstory.example/articles/summit/');
  });

  it('leaves a redirect page at each old slug', async () => {
    const { getArticlePaths } = await import('../../src/routing/article.ts');
    const paths = await getArticlePaths();
    expect(paths.map((p) => [p.params.slug, p.props.article.slug, p.props.redirect ?? false])).toEqual([
      ['summit', 'summit', false],
      ['background', 'background', false],
      ['old-background', 'background', true],
    ]);
    // Each article page has its own cache key (its file's digest is in it).
    expect(paths[0]!.cacheKey).not.toBe(paths[1]!.cacheKey);
  });
});
