/**
 * The slot the entity-mention plugin leaves after a first mention, which the
 * page fills with the context card (mention-cards.ts): an HTML comment that
 * names the entity. Its own module, so the card's markup can change without
 * changing what the Markdown renders to (content/renderer-fingerprint.ts).
 */
import { SLUG } from '../domain/slugs.ts';

export const cardSlot = (slug: string): string => `<!--backstory-card:${slug}-->`;

/** Element id of an entity's context card, which its mention's button opens. */
export const cardId = (slug: string): string => `context-card-${slug}`;

/** Every slot in a rendered body; the entity's slug is the first group. */
export const CARD_SLOTS = new RegExp(`<!--backstory-card:(${SLUG})-->`, 'g');
