/**
 * Route data for the pages that list explainers: the home page and its
 * later pages, topics, archive years, authors, entities and stories. Each
 * `get…Paths` is a page's getStaticPaths (with the cacheKey incremental
 * builds need: data/page-cache-keys.ts); each route carries its head and
 * what the page lists, so the pages only lay it out.
 */
import { groupByYear, revisionLog, type Revision } from '../domain/articles.ts';
import { ENTITY_KINDS, entityKindLabel, entityKindPlural, explainerCount, explainerWord, plural } from '../domain/labels.ts';
import { frontPageUrl, pagedUrl, paginate, type Page } from '../domain/pagination.ts';
import { entityNames, entityTimeline, type TimelineEntry } from '../domain/timeline.ts';
import { urls } from '../domain/urls.ts';
import { SITE } from '../config/site.ts';
import { getArticles, type Article } from '../data/articles.ts';
import { getAuthors, type Author } from '../data/authors.ts';
import { getEntities, type Entity } from '../data/entities.ts';
import { getStories, timelineSource, type Story } from '../data/stories.ts';
import { getTopics, type Topic } from '../data/topics.ts';
import { pageKey } from '../data/page-cache-keys.ts';
import { renderBody } from '../data/render.ts';
import { feedLinks, type HeadInput } from './head.ts';

/** A page of a list, with its head. */
export interface ListingRoute<Extra = object> {
  head: HeadInput;
  page: Page<Article>;
  extra: Extra;
}

const paged = <T>(title: string, page: Page<T>) => (page.current > 1 ? `${title}, page ${page.current}` : title);

/** Astro's `[...page]` parameter: none on a list's first page, its number after. */
const pageParam = (page: Page<unknown>) => (page.current > 1 ? String(page.current) : undefined);

/** The home page: the newest explainers, lead first. */
export async function getHomeRoute(): Promise<ListingRoute> {
  const [first] = paginate(await getArticles(), SITE.listPageSize, frontPageUrl);
  return {
    head: { description: `${SITE.name}: ${SITE.tagline}. Plain-language explainers on the stories behind the headlines.`, next: first!.next },
    page: first!,
    extra: {},
  };
}

/** The home page's running stories: those with the newest explainers first. */
export async function getHomeStories() {
  return (await getStoryIndex()).stories.slice(0, SITE.homeStories);
}

/** The 404 page: a search box and the latest explainers, so a broken link still leads somewhere. */
export async function getNotFoundRoute() {
  return {
    head: { title: 'Page not found', description: `This page does not exist on ${SITE.name}.`, noindex: true } satisfies HeadInput,
    latest: (await getArticles()).slice(0, SITE.notFoundLatest),
  };
}

/** /page/2/ onwards (page 1 is the home page). */
export async function getFrontPagePaths() {
  const cacheKey = await pageKey();
  return paginate(await getArticles(), SITE.listPageSize, frontPageUrl)
    .slice(1)
    .map((page) => ({
      params: { n: String(page.current) },
      props: {
        route: {
          head: {
            title: `Latest explainers, page ${page.current}`,
            description: `${SITE.name} explainers, newest first: page ${page.current} of ${page.last}.`,
            prev: page.prev,
            next: page.next,
          },
          page,
          extra: {},
        } satisfies ListingRoute,
      },
      cacheKey,
    }));
}

export async function getTopicPaths() {
  const cacheKey = await pageKey();
  return (await getTopics()).flatMap((topic) =>
    paginate(topic.articles, SITE.listPageSize, pagedUrl(urls.topic(topic.slug))).map((page) => {
      const intro = `${explainerCount(topic.articles.length)}, newest first.`;
      const route: ListingRoute<{ topic: Topic; intro: string }> = {
        head: {
          title: paged(topic.name, page),
          description: topic.description ?? `${SITE.name}'s ${intro}`,
          prev: page.prev,
          next: page.next,
          feeds: feedLinks(urls.topic(topic.slug), `${topic.name}: ${SITE.name} explainers`),
        },
        page,
        extra: { topic, intro: topic.description ?? intro },
      };
      return { params: { topic: topic.slug, page: pageParam(page) }, props: { route }, cacheKey };
    }),
  );
}

export async function getArchiveYearPaths() {
  const cacheKey = await pageKey();
  return groupByYear(await getArticles()).flatMap(({ year, articles }) =>
    paginate(articles, SITE.listPageSize, (n) => urls.archiveYear(year, n)).map((page) => {
      const showing = page.last > 1 ? ` Showing ${page.start + 1}–${page.end + 1}.` : '';
      const route: ListingRoute<{ year: number; intro: string }> = {
        head: {
          title: paged(`${year} archive`, page),
          description: `${SITE.name} explainers published in ${year}, newest first.`,
          prev: page.prev,
          next: page.next,
        },
        page,
        extra: { year, intro: `${explainerCount(page.total)} published in ${year}, newest first.${showing}` },
      };
      return { params: { year: String(year), page: pageParam(page) }, props: { route }, cacheKey };
    }),
  );
}

export async function getAuthorPaths() {
  const cacheKey = await pageKey();
  const authors = [...(await getAuthors()).values()].filter((a) => a.articles.length > 0);
  return authors.flatMap((author) =>
    paginate(author.articles, SITE.listPageSize, pagedUrl(urls.author(author.slug))).map((page) => {
      const route: ListingRoute<{ author: Author }> = {
        head: {
          title: paged(author.name, page),
          description: `${author.name}, ${author.role}: ${explainerCount(author.articles.length)} on ${SITE.name}.`,
          prev: page.prev,
          next: page.next,
        },
        page,
        extra: { author },
      };
      return { params: { author: author.slug, page: pageParam(page) }, props: { route }, cacheKey };
    }),
  );
}

export async function getEntityPaths() {
  const cacheKey = await pageKey();
  return [...(await getEntities()).values()].flatMap((entity) =>
    paginate(entity.articles, SITE.listPageSize, pagedUrl(urls.entity(entity.slug))).map((page) => {
      const n = entity.articles.length;
      const route: ListingRoute<{ entity: Entity; kind: string; revisions: Revision[]; listTitle: string; timeline: TimelineEntry<Article>[] }> = {
        head: {
          title: paged(entity.name, page),
          description: `${entity.name}: ${entity.role}. ${entity.summary}`,
          prev: page.prev,
          next: page.next,
          shareImage: urls.shareImage('entity', entity.slug),
        },
        page,
        extra: {
          entity,
          kind: entityKindLabel(entity.kind),
          revisions: revisionLog({ corrections: entity.corrections, updates: [] }, SITE.timeZone),
          listTitle: n === 0 ? 'No explainers yet' : `${n} ${plural(n, 'explainer mentions', 'explainers mention')} ${entity.name}, newest first`,
          // The timeline is shown on the first page only, built from every explainer that mentions the entity.
          timeline: page.current === 1 ? entityTimeline(entityNames(entity), entity.articles.map(timelineSource)) : [],
        },
      };
      return { params: { entity: entity.slug, page: pageParam(page) }, props: { route }, cacheKey };
    }),
  );
}

export interface StoryRoute {
  head: HeadInput;
  story: Story;
  /** What the story is and its own timeline: the story file's body. */
  body: Awaited<ReturnType<typeof renderBody>>;
  /** The explainer to read first, and the others, newest first. */
  firstRead: Article | undefined;
  others: Article[];
  listTitle: string;
}

export async function getStoryPaths() {
  const cacheKey = await pageKey();
  const stories = [...(await getStories()).values()].filter((s) => s.articles.length > 0);
  return Promise.all(
    stories.map(async (story) => {
      const others = story.articles.filter((a) => a !== story.firstRead).reverse();
      const route: StoryRoute = {
        head: {
          title: story.title,
          description: story.description,
          shareImage: urls.shareImage('story', story.slug),
          feeds: feedLinks(urls.story(story.slug), `${story.title}: ${SITE.name} story`),
        },
        story,
        body: await renderBody(story.entry),
        firstRead: story.firstRead,
        others,
        listTitle: `${plural(others.length, 'The other explainer', `The other ${explainerCount(others.length)}`)} in this story, newest first`,
      };
      return { params: { story: story.slug }, props: { route }, cacheKey };
    }),
  );
}

/** /stories/: every story with its explainers, the story with the newest explainer first. */
export async function getStoryIndex() {
  const stories = [...(await getStories()).values()].filter((s) => s.articles.length > 0);
  const newest = (s: Story) => s.articles.at(-1)!.publishedAt;
  return {
    head: { title: 'Stories', description: `The running stories ${SITE.name} follows, each with its explainers and its timeline.` } satisfies HeadInput,
    stories: stories
      .sort((a, b) => newest(b).localeCompare(newest(a)))
      .map((s) => ({ href: urls.story(s.slug), title: s.title, description: s.description, count: explainerCount(s.articles.length) })),
  };
}

/** /entities/: the people, places and organisations the explainers mention, by kind, A to Z. */
export async function getEntityIndex() {
  const entities = [...(await getEntities()).values()].filter((e) => e.articles.length > 0);
  return {
    head: {
      title: 'People and places',
      description: `The people, places and organisations ${SITE.name} explainers mention, each with a profile and a timeline.`,
    } satisfies HeadInput,
    groups: ENTITY_KINDS.map((kind) => ({
      kind,
      label: entityKindPlural(kind),
      entities: entities
        .filter((e) => e.kind === kind)
        .sort((a, b) => a.name.localeCompare(b.name, 'en'))
        .map((e) => ({ href: urls.entity(e.slug), name: e.name, native: e.native, role: e.role, count: explainerCount(e.articles.length) })),
    })).filter((g) => g.entities.length > 0),
  };
}

/** /topics/: every topic with its count. */
export async function getTopicIndex() {
  const topics = await getTopics();
  return {
    head: { title: 'Topics', description: `Every topic ${SITE.name} explains, with the number of explainers on each.` } satisfies HeadInput,
    topics: topics.map((t) => ({ href: urls.topic(t.slug), name: t.name, description: t.description, count: explainerCount(t.articles.length) })),
  };
}

/** /archive/: every year with its count. */
export async function getArchiveIndex() {
  return {
    head: { title: 'Archive', description: `Every ${SITE.name} explainer, by year of publication.` } satisfies HeadInput,
    years: groupByYear(await getArticles()).map(({ year, articles }) => ({
      href: urls.archiveYear(year),
      year,
      count: articles.length,
      word: explainerWord(articles.length),
    })),
  };
}
