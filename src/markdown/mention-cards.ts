/**
 * Context cards: what readers get at the first mention of a person, place
 * or organisation. The Markdown plugin (plugins/remark-entity-mentions.ts)
 * turns that mention into the button that opens its card and leaves a slot after it; the page fills
 * each slot with the card built here, from the entity's current text, so a
 * corrected profile reaches every explainer without re-rendering its
 * Markdown. The card is built as a tree (hastscript) and serialized by
 * hast-util-to-html: phrasing content only (spans in a popover), so it is
 * valid inside a paragraph; the name's button opens it (popovertarget, no
 * JavaScript needed), it links on to the entity's page, and it is left out
 * of the search index.
 */
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { Element } from 'hast';
import { entityKindLabel, type EntityKind } from '../domain/labels.ts';
import { urls } from '../domain/urls.ts';
import { CARD_SLOTS, cardId } from './card-slot.ts';

/** What a card shows of an entity (content/schemas: entity). */
export interface CardEntity {
  name: string;
  native?: { text: string; lang: string } | undefined;
  kind: EntityKind;
  role: string;
  summary: string;
}

/** The card, a popover the mention's button opens. */
export function contextCard(slug: string, entity: CardEntity): Element[] {
  const id = cardId(slug);
  return [
    h('span', { popover: '', id, className: ['context-card'], role: 'dialog', ariaLabel: entity.name, dataPagefindIgnore: '' }, [
      h('span', { className: ['context-card-kind'] }, entityKindLabel(entity.kind)),
      h('strong', { className: ['context-card-name'] }, entity.name),
      ...(entity.native ? [' ', h('span', { className: ['context-card-native'], lang: entity.native.lang }, entity.native.text)] : []),
      h('span', { className: ['context-card-role'] }, entity.role),
      h('span', { className: ['context-card-summary'] }, entity.summary),
      h('a', { className: ['context-card-more'], href: urls.entity(slug) }, `${entity.name}: profile, timeline and explainers`),
      h('button', { type: 'button', className: ['context-card-close'], popovertarget: id, popovertargetaction: 'hide' }, 'Close'),
    ]),
  ];
}

/**
 * Fills every card slot of a rendered body. A slot whose entity is missing
 * stays empty (the content loader has already refused unknown entities, so
 * this only happens to a body rendered without its site, e.g. in a test).
 */
export function fillCardSlots(html: string, entities: ReadonlyMap<string, CardEntity>): string {
  return html.replace(CARD_SLOTS, (_, slug: string) => {
    const entity = entities.get(slug);
    return entity ? cardHtml(slug, entity) : '';
  });
}

/**
 * Cards already serialized, by entity object: an archive mentions the same
 * entities thousands of times, and every page renders on one thread. A card
 * is pure in its slug and entity, and the entities are read once per build
 * (a changed entity is a new object, so the dev server never sees a stale card).
 */
const serialized = new WeakMap<CardEntity, Map<string, string>>();

function cardHtml(slug: string, entity: CardEntity): string {
  const bySlug = serialized.get(entity) ?? serialized.set(entity, new Map()).get(entity)!;
  let html = bySlug.get(slug);
  if (html === undefined) bySlug.set(slug, (html = toHtml(contextCard(slug, entity), { collapseEmptyAttributes: true })));
  return html;
}
