/**
 * Words the site shows about its own things: entity kinds, counts of
 * explainers, topic names without a topic file. One home, so a card, a page
 * heading and a search filter never disagree.
 */

export type EntityKind = 'person' | 'place' | 'organisation';

const KIND: Record<EntityKind, { one: string; many: string }> = {
  person: { one: 'Person', many: 'People' },
  place: { one: 'Place', many: 'Places' },
  organisation: { one: 'Organisation', many: 'Organisations' },
};

/** Every entity kind, in the order lists show them. */
export const ENTITY_KINDS = Object.keys(KIND) as EntityKind[];

/** "Person", "Place", "Organisation". */
export const entityKindLabel = (kind: EntityKind): string => KIND[kind].one;

/** "People", "Places", "Organisations". */
export const entityKindPlural = (kind: EntityKind): string => KIND[kind].many;

/** The singular or the plural wording for a count: plural(n, 'explainer matches', 'explainers match'). */
export const plural = (n: number, one: string, many: string): string => (n === 1 ? one : many);

/** "explainer" or "explainers" for a count. */
export const explainerWord = (n: number): string => plural(n, 'explainer', 'explainers');

/** A count as the site writes it: "12", "10,000". */
export const formatCount = (n: number): string => n.toLocaleString('en-GB');

/** "1 explainer", "12 explainers", "10,000 explainers". */
export const explainerCount = (n: number): string => `${formatCount(n)} ${explainerWord(n)}`;

/** "north-korea" → "North Korea": the name of a topic that has no content/topics file. */
export function topicNameFromSlug(slug: string): string {
  return slug
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}
