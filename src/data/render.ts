import { render, type CollectionEntry } from 'astro:content';
import { settings } from '../config/env.ts';
import { bodyFileOf, readBodyFile } from '../content/body-files.ts';

type BodyEntry = CollectionEntry<'articles'> | CollectionEntry<'pages'> | CollectionEntry<'stories'>;

/** An entry's body HTML as the loader rendered it, read from its body file (content/body-files.ts). */
export function bodyHtml(entry: BodyEntry): string {
  const name = bodyFileOf(entry.rendered);
  if (!name)
    throw new Error(`${entry.filePath ?? entry.id}: the content store names no body file for it, so it was not stored by our loader (content/loader.ts).`);
  try {
    return readBodyFile(settings.bodyFilesDir, name);
  } catch {
    throw new Error(
      `${entry.filePath ?? entry.id}: its rendered body (${name}) is missing from ${settings.bodyFilesDir}; something removed it after the content sync. Fix: build again (the sync renders it again).`,
    );
  }
}

/**
 * An entry's body as a component, from the HTML the loader rendered (images
 * resolved by Astro's image pipeline), with its headings. A caller that
 * already read the body passes its `html`, so the file is read once.
 */
export function renderBody(entry: BodyEntry, html: string = bodyHtml(entry)) {
  return render({ ...entry, rendered: { ...entry.rendered, html } });
}
