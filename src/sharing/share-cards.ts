/**
 * Every share card the site publishes, with its URL and alt text, built once
 * per build from the same data as the pages. The /og/ route renders them and
 * every page's <head> points at its own.
 */
import { getArticles } from '../data/articles.ts';
import { getEntities } from '../data/entities.ts';
import { getTopicNames } from '../data/topics.ts';
import { getStories } from '../data/stories.ts';
import { entityKindLabel, explainerCount } from '../domain/labels.ts';
import { formatDate } from '../domain/dates.ts';
import { oncePerBuild } from '../data/once-per-build.ts';
import { SITE } from '../config/site.ts';
import { urls, type ShareKind } from '../domain/urls.ts';
import { CARD_HEIGHT, CARD_WIDTH, type CardData } from './image/card.ts';

export interface ShareCard {
  kind: ShareKind;
  slug: string;
  /** Site-relative URL of the PNG. */
  path: string;
  alt: string;
  width: number;
  height: number;
  card: CardData;
}

export const SITE_CARD_SLUG = 'backstory';

function shareCard(kind: ShareKind, slug: string, card: CardData, alt: string): ShareCard {
  return { kind, slug, path: urls.shareImage(kind, slug), alt, width: CARD_WIDTH, height: CARD_HEIGHT, card };
}

export const getShareCards = oncePerBuild(async (): Promise<Map<string, ShareCard>> => {
  const [articles, entities, stories, topicNames] = await Promise.all([getArticles(), getEntities(), getStories(), getTopicNames()]);
  const cards: ShareCard[] = [
    shareCard(
      'site',
      SITE_CARD_SLUG,
      { kicker: 'Explainers', headline: SITE.tagline, detail: 'The stories behind the headlines', siteName: SITE.name },
      `${SITE.name}: ${SITE.tagline}`,
    ),
  ];
  for (const a of articles) {
    const topics = a.topics.map((t) => topicNames.get(t)!);
    cards.push(
      shareCard(
        'article',
        a.slug,
        { kicker: 'Explainer', headline: a.title, detail: topics.join(', '), date: formatDate(a.publishedAt, SITE.timeZone, SITE.locale), siteName: SITE.name },
        `${SITE.name} explainer: ${a.title}`,
      ),
    );
  }
  for (const e of entities.values()) {
    cards.push(
      shareCard(
        'entity',
        e.slug,
        { kicker: entityKindLabel(e.kind), headline: e.name, native: e.native, detail: e.role, siteName: SITE.name },
        `${e.name}: ${e.role}. ${SITE.name}`,
      ),
    );
  }
  for (const s of stories.values()) {
    cards.push(
      shareCard(
        'story',
        s.slug,
        { kicker: 'Story', headline: s.title, detail: explainerCount(s.articles.length), siteName: SITE.name },
        `${SITE.name} story: ${s.title}`,
      ),
    );
  }
  return new Map(cards.map((c) => [c.path, c]));
});
