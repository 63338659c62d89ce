import { beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('astro:content', async () => {
  const { article, entry, mockedAstroContent } = await import('./content.ts');
  // 120 explainers on one topic: three pages of 50.
  const articles = Array.from({ length: 120 }, (_, i) =>
    article(
      `a-${String(i).padStart(3, '0')}`,
      {
        title: `Explainer ${i}`,
        description: 'D.',
        publishedAt: `2024-01-01T${String(Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:00Z`,
        topics: ['japan'],
      },
      { timeline: i === 0 ? [{ date: '2002-09-17', text: 'Koizumi met Kim Jong Il.' }] : [] },
    ),
  );
  return mockedAstroContent({
    articles,
    topics: [],
    entities: [entry('entities', 'koizumi', { name: 'Junichiro Koizumi', kind: 'person', role: 'PM', summary: 'S.', sources: ['x'], corrections: [] })],
    stories: [],
    pages: [],
    authors: [],
  });
});

describe('listing route data (no build)', () => {
  beforeAll(() => {
    vi.stubEnv('DEV', false);
  });

  it('paginates a topic at 50, with rel=prev/next URLs, titles and its own feeds', async () => {
    const { getTopicPaths } = await import('../../src/routing/listings.ts');
    const paths = await getTopicPaths();
    expect(paths.map((p) => [p.params.page, p.props.route.page.items.length])).toEqual([
      [undefined, 50],
      ['2', 50],
      ['3', 20],
    ]);
    const second = paths[1]!.props.route;
    expect(second.head).toMatchObject({ title: 'Japan, page 2', prev: '/topics/japan/', next: '/topics/japan/3/' });
    expect(second.head.feeds!.map((f) => f.href)).toEqual(['/topics/japan/rss.xml', '/topics/japan/atom.xml', '/topics/japan/feed.json']);
    expect(second.extra.intro).toBe('120 explainers, newest first.');
  });

  it('the home page leads with the newest and links to /page/2/', async () => {
    const { getHomeRoute, getFrontPagePaths } = await import('../../src/routing/listings.ts');
    const home = await getHomeRoute();
    expect(home.page.items[0]!.slug).toBe('a-119');
    expect(home.head.next).toBe('/page/2/');
    expect((await getFrontPagePaths()).map((p) => p.params.n)).toEqual(['2', '3']);
  });

  it('an entity page with no explainers still exists, and says so', async () => {
    const { getEntityPaths } = await import('../../src/routing/listings.ts');
    const [koizumi] = await getEntityPaths();
    expect(koizumi!.props.route.extra).toMatchObject({ kind: 'Person', listTitle: 'No explainers yet', timeline: [] });
  });

  it('the archive counts explainers per year with the right plural', async () => {
    const { getArchiveIndex } = await import('../../src/routing/listings.ts');
    expect((await getArchiveIndex()).years).toEqual([{ href: '/archive/2024/', year: 2024, count: 120, word: 'explainers' }]);
  });
});
