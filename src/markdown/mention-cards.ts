import type { EntityData } from '../content/schemas.ts';
import { urls } from '../domain/urls.ts';

const MENTION = /<span data-entity="([a-z0-9-]+)">([\s\S]*?)<\/span>/g;

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const KIND_LABEL: Record<EntityData['kind'], string> = { person: 'Person', place: 'Place', organisation: 'Organisation' };

/**
 * Turns the entity mentions the Markdown plugin marked into what readers get:
 * the first mention of each entity becomes a link to its page plus a context
 * card that opens in place; later mentions are plain text. The card is
 * phrasing content (spans in a popover), valid inside the paragraph, opens
 * with a button (popovertarget, so no JavaScript is needed), and is left out
 * of the search index.
 */
export function expandMentions(html: string, entities: ReadonlyMap<string, EntityData>): string {
  const seen = new Set<string>();
  return html.replace(MENTION, (_, slug: string, label: string) => {
    const entity = entities.get(slug);
    if (!entity || seen.has(slug)) return label;
    seen.add(slug);
    const id = `card-${slug}`;
    const native = entity.native
      ? ` <span class="card-native" lang="${escape(entity.native.lang)}">${escape(entity.native.text)}</span>`
      : '';
    return (
      `<span class="mention"><a href="${urls.entity(slug)}">${label}</a>` +
      `<button type="button" class="card-button" popovertarget="${id}" aria-label="About ${escape(entity.name)}" data-pagefind-ignore>` +
      `<span aria-hidden="true">i</span></button>` +
      `<span popover id="${id}" class="card" data-pagefind-ignore>` +
      `<span class="card-kind">${KIND_LABEL[entity.kind]}</span>` +
      `<strong class="card-name">${escape(entity.name)}</strong>${native}` +
      `<span class="card-role">${escape(entity.role)}</span>` +
      `<span class="card-summary">${escape(entity.summary)}</span>` +
      `<a class="card-more" href="${urls.entity(slug)}">All explainers on ${escape(entity.name)}</a>` +
      `<button type="button" class="card-close" popovertarget="${id}" popovertargetaction="hide">Close</button>` +
      `</span></span>`
    );
  });
}

/**
 * Entity mentions for places without popovers (feeds): the first mention of
 * each entity a plain link to its page at `origin`, later ones plain text.
 */
export function mentionsAsLinks(html: string, origin: string): string {
  const seen = new Set<string>();
  return html.replace(MENTION, (_, slug: string, label: string) => {
    if (seen.has(slug)) return label;
    seen.add(slug);
    return `<a href="${new URL(urls.entity(slug), origin).href}">${label}</a>`;
  });
}
