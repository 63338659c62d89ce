// Brings in the hName/hProperties fields that mdast-util-to-hast reads.
import type {} from 'mdast-util-to-hast';
import type { Root, Image, ImageReference, Definition, Paragraph, PhrasingContent, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import type { VFile } from 'vfile';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { visit } from '../tree-walk.ts';
import { markdownError } from '../markdown-error.ts';

/** Images sit in the text column (--measure, about 45rem at most). */
export const IMAGE_SIZES = '(min-width: 50rem) 45rem, 100vw';

/** Top-level blocks of the body counted as the first screenful (after the headline and byline). */
const ABOVE_FOLD_BLOCKS = 2;

const FIGURE_HELP = 'write a figure as\n:::figure{credit="Who made it"}\n![What the image shows](./image.jpg)\n\nCaption.\n:::';

/** The article's own path on disk, when it has one (not in unit tests). */
function articlePath(file: VFile): string | undefined {
  if (!file.path) return undefined;
  return file.path.startsWith('file:') ? fileURLToPath(file.path) : file.path;
}

/**
 * Images are files next to the content (Astro optimises them and they cannot
 * vanish from another server); a remote image would also make the build
 * fetch from the network, which it never does.
 */
function checkSource(file: VFile, node: Pick<Image, 'type' | 'url' | 'position'>): void {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(node.url)) {
    throw markdownError(
      file,
      node,
      `the image "${node.url}" is on another server`,
      'save it under content/images/ (with permission to publish it) and link it with a relative path, e.g. ../images/name.jpg',
    );
  }
  if (node.url.startsWith('/')) {
    throw markdownError(
      file,
      node,
      `the image "${node.url}" has an absolute path`,
      'put it under content/images/ and link it relative to the article, e.g. ../images/name.jpg, so Astro can size and optimise it',
    );
  }
  const path = articlePath(file);
  if (path && !existsSync(resolve(dirname(path), decodeURI(node.url)))) {
    throw markdownError(
      file,
      node,
      `the image "${node.url}" does not exist (looked for ${resolve(dirname(path), decodeURI(node.url))})`,
      'check the spelling, or add the file under content/images/',
    );
  }
}

/** A paragraph that holds nothing but one image (whitespace aside). */
function soleImage(node: RootContent): Image | undefined {
  if (node.type !== 'paragraph') return undefined;
  const kids = (node as Paragraph).children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  return kids.length === 1 && kids[0]!.type === 'image' ? kids[0] : undefined;
}

/**
 * Figures and image alt text (README, "Figures"):
 * - every Markdown image needs alt text: a screen-reader user otherwise gets
 *   nothing (or the file name) where a sighted reader gets the picture;
 * - `:::figure{credit="…"}` wraps one image and its caption into
 *   `<figure>` + `<figcaption>`, with the credit set apart in the caption.
 *   Both caption and credit are required: a news image without them is
 *   unattributed.
 * The image itself stays a Markdown image, so Astro's image pipeline still
 * sizes, optimises and lazy-loads it.
 */
export function remarkFigures() {
  return function (tree: Root, file: VFile) {
    // Images this close to the top are likely in the first screenful, where
    // lazy loading would only delay the largest paint; the rest load lazily.
    const aboveFold = new Set<Image>();
    for (const top of tree.children.slice(0, ABOVE_FOLD_BLOCKS)) visit(top, 'image', (img: Image) => void aboveFold.add(img));
    visit(tree, 'image', (node: Image) => {
      if (!node.alt?.trim()) {
        throw markdownError(
          file,
          node,
          `the image "${node.url}" has no alt text`,
          'describe what it shows between the brackets: ![A map of the Yellow Sea](…)',
        );
      }
      checkSource(file, node);
      // Astro's image pipeline passes these properties to getImage: the
      // browser then picks a srcset width for the text column, not the window.
      // (An SVG scales without a srcset, so it gets none.)
      const props: Record<string, string> = { loading: aboveFold.has(node) ? 'eager' : 'lazy' };
      if (!/\.svg$/i.test(node.url)) props['sizes'] = IMAGE_SIZES;
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, ...props } };
    });
    // Reference-style images (![alt][ref] with [ref]: path) get the same checks.
    const definitions = new Map<string, Definition>();
    visit(tree, 'definition', (d: Definition) => void definitions.set(d.identifier, d));
    visit(tree, 'imageReference', (node: ImageReference) => {
      const definition = definitions.get(node.identifier);
      if (!definition) return; // no definition: Markdown renders it as plain text
      if (!node.alt?.trim()) {
        throw markdownError(
          file,
          node,
          `the image "${definition.url}" has no alt text`,
          'describe what it shows between the brackets: ![A map of the Yellow Sea][ref]',
        );
      }
      checkSource(file, { type: 'image', url: definition.url, position: node.position });
    });
    visit(tree, 'containerDirective', (node: ContainerDirective) => {
      if (node.name !== 'figure') return;
      const credit = node.attributes?.credit?.trim();
      if (!credit) throw markdownError(file, node, '":::figure" has no credit', `say who made or owns the image: :::figure{credit="Backstory graphic"}`);
      const [first, ...caption] = node.children;
      const image = first && soleImage(first);
      if (!image) throw markdownError(file, node, '":::figure" does not start with an image on its own line', FIGURE_HELP);
      if (caption.length === 0)
        throw markdownError(file, node, '":::figure" has no caption', 'add a paragraph after the image that says what the reader is looking at');
      if (caption.some((c) => c.type !== 'paragraph' || soleImage(c))) {
        throw markdownError(
          file,
          node,
          '":::figure" holds more than one image and a caption',
          'use one figure per image; a caption is one or more plain paragraphs',
        );
      }
      // One figcaption of phrasing content: each caption paragraph becomes a
      // span (a line), and the credit a span of its own, so the markup stays
      // valid and the credit can be styled apart. (`emphasis` is used only as
      // a phrasing container; hName turns it into a span.)
      const span = (className: string, children: PhrasingContent[]): PhrasingContent => ({
        type: 'emphasis',
        children,
        data: { hName: 'span', hProperties: { className: [className] } },
      });
      const captionNode: Paragraph = {
        type: 'paragraph',
        children: [
          ...caption.flatMap((p, i): PhrasingContent[] => [...(i > 0 ? [{ type: 'break' as const }] : []), span('figure-caption', (p as Paragraph).children)]),
          { type: 'text', value: ' ' },
          span('figure-credit', [{ type: 'text', value: credit }]),
        ],
        data: { hName: 'figcaption' },
      };
      node.children = [{ type: 'paragraph', children: [image], data: { hName: 'div', hProperties: { className: ['figure-media'] } } }, captionNode];
      node.data = { hName: 'figure', hProperties: { className: ['figure'] } };
    });
  };
}
