import { render, type CollectionEntry } from 'astro:content';

/**
 * An entry's body as a component, from the HTML the loader stored (images
 * resolved by Astro's image pipeline), with its headings.
 */
export function renderBody(entry: CollectionEntry<'articles'> | CollectionEntry<'pages'> | CollectionEntry<'stories'>) {
  return render(entry);
}
