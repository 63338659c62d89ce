/**
 * Article sharing, on article pages only:
 * - <backstory-share-bar>: the system share sheet (Web Share API) where the browser has
 *   one, "Copy link" otherwise; the plain share links work without this;
 * - each heading's section link also copies its URL (the link still jumps);
 * - selecting text in the article offers "Copy link to quote", a
 *   text-fragment URL that opens scrolled to and marking that passage.
 * Every copy is confirmed where the reader is looking, "Copied" on the
 * button or a note beside the link, and in a live region, so screen
 * readers hear it too.
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
    const copyButton = this.querySelector<HTMLButtonElement>('[data-copy]')!;
    copyButton.addEventListener('click', () => void copy(url, 'Link copied', copyButton));
  }
}

/** How long "Copied" shows. */
const CONFIRM_MS = 2500;

/** The page's one copy confirmation: a visible note that is also a live region. */
function toast(): HTMLElement {
  let note = document.querySelector<HTMLElement>('.copy-toast');
  if (!note) {
    note = document.createElement('p');
    note.className = 'copy-toast';
    note.setAttribute('role', 'status');
    document.body.append(note);
  }
  return note;
}

let hideTimer: number | undefined;
/** Says what happened, visibly and to screen readers; a button that did it reads "Copied" for a moment. */
function confirm(message: string, button?: HTMLButtonElement) {
  const note = toast();
  note.textContent = '';
  // A fresh text node each time, so the same message is announced again.
  window.setTimeout(() => (note.textContent = message), 50);
  note.dataset['shown'] = '';
  window.clearTimeout(hideTimer);
  hideTimer = window.setTimeout(() => delete note.dataset['shown'], CONFIRM_MS);
  if (button) {
    const label = button.dataset['label'] ?? button.textContent ?? '';
    button.dataset['label'] = label;
    button.textContent = 'Copied ✓';
    window.setTimeout(() => (button.textContent = label), CONFIRM_MS);
  }
}

async function copy(text: string, message: string, button?: HTMLButtonElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    confirm(`${message}.`, button);
  } catch {
    confirm('Copying is not allowed here; copy the address from the address bar instead.');
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
  window.setTimeout(() => (quoteButton.hidden = true), 1200); // long enough to read "Copied"
  quoteButton.textContent = 'Copied ✓';
  window.setTimeout(() => (quoteButton.textContent = 'Copy link to quote'), 1200);
});
document.body.append(quoteButton);

/** The selected text as runs between source markers (.cite), which are not part of a quote. */
function quoteRuns(range: Range): string[] {
  const runs = [''];
  const walker = document.createTreeWalker(range.cloneContents(), NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('.cite')) runs.push('');
    else runs[runs.length - 1] += node.nodeValue ?? '';
  }
  return runs;
}

document.addEventListener('selectionchange', () => {
  const selection = document.getSelection();
  const body = document.querySelector('.prose');
  const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined;
  quoted = range && !selection!.isCollapsed && body?.contains(range.commonAncestorContainer) ? textFragment(quoteRuns(range)) : undefined;
  if (!quoted || !range || !navigator.clipboard) {
    quoteButton.hidden = true;
    return;
  }
  const box = range.getBoundingClientRect();
  quoteButton.style.top = `${window.scrollY + box.bottom + 8}px`;
  quoteButton.style.left = `${Math.max(8, Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth - 200))}px`;
  quoteButton.hidden = false;
});

toast(); // in the page before anything is announced, so screen readers hear the first copy
customElements.define('backstory-share-bar', ShareBar);
