/**
 * Article sharing, on article pages only:
 * - <backstory-share-bar>: the system share sheet (Web Share API) where the browser has
 *   one, "Copy link" otherwise; the plain share links work without this;
 * - each heading's section link also copies its URL (the link still jumps);
 * - selecting text in the article offers "Copy link to quote", a
 *   text-fragment URL that opens scrolled to and marking that passage.
 * Every copy is confirmed in a live region, so screen readers hear it.
 */
import { textFragment } from '../sharing/share-links.ts';

class ShareBar extends HTMLElement {
  connectedCallback() {
    const url = this.dataset['url']!;
    const title = this.dataset['title']!;
    const native = this.querySelector<HTMLElement>('[data-native]')!;
    const copyItem = this.querySelector<HTMLElement>('[data-copy-item]')!;
    if (typeof navigator.share === 'function') native.hidden = false;
    if (navigator.clipboard) copyItem.hidden = false;
    this.querySelector('[data-share]')!.addEventListener('click', () => {
      navigator.share({ title, url }).catch(() => undefined); // a dismissed sheet is not an error
    });
    this.querySelector('[data-copy]')!.addEventListener('click', () => void copy(url, 'Link copied'));
  }
}

/** The one live region on the page that confirms copies. */
function announce(message: string) {
  const region = document.querySelector<HTMLElement>('backstory-share-bar [data-announce]');
  if (!region) return;
  region.textContent = '';
  // A fresh text node each time, so the same message is announced again.
  window.setTimeout(() => (region.textContent = message), 50);
}

async function copy(text: string, message: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    announce(`${message}.`);
  } catch {
    announce('Copying is not allowed here; copy the address from the address bar instead.');
  }
}

const canonical = () => document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href.split('#')[0]!;

// Section links: the jump still happens (it is a real link); the URL is copied too.
document.addEventListener('click', (e) => {
  const link = (e.target as Element).closest<HTMLAnchorElement>('a.section-link');
  if (!link || !navigator.clipboard) return;
  void copy(`${canonical()}${link.getAttribute('href')}`, 'Link to this section copied');
});

// "Copy link to quote" for a selection inside the article body.
const quoteButton = document.createElement('button');
quoteButton.type = 'button';
quoteButton.className = 'quote-link';
quoteButton.textContent = 'Copy link to quote';
quoteButton.hidden = true;
let quoted: string | undefined;
quoteButton.addEventListener('mousedown', (e) => e.preventDefault()); // keep the selection
quoteButton.addEventListener('click', () => {
  if (quoted) void copy(`${canonical()}${quoted}`, 'Link to quote copied');
  quoteButton.hidden = true;
});
document.body.append(quoteButton);

document.addEventListener('selectionchange', () => {
  const selection = document.getSelection();
  const body = document.querySelector('.prose');
  const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined;
  quoted = range && !selection!.isCollapsed && body?.contains(range.commonAncestorContainer) ? textFragment(selection!.toString()) : undefined;
  if (!quoted || !range || !navigator.clipboard) {
    quoteButton.hidden = true;
    return;
  }
  const box = range.getBoundingClientRect();
  quoteButton.style.top = `${window.scrollY + box.bottom + 8}px`;
  quoteButton.style.left = `${Math.max(8, Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth - 200))}px`;
  quoteButton.hidden = false;
});

customElements.define('backstory-share-bar', ShareBar);
