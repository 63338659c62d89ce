/**
 * On every page, and tiny: the header search box's keyboard shortcuts, and
 * the switch that loads the real search code (search-box.ts, then Pagefind)
 * only when a reader focuses or opens search. Also loads the highlighter when
 * a reader arrives from a search result (?highlight=…).
 */
const isTyping = (t: EventTarget | null) => t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));

/** On phones the header's search box is folded behind a "Search" button; this unfolds it. */
function openHeaderSearch(): void {
  const box = document.querySelector<HTMLElement>('backstory-search-box');
  box?.setAttribute('data-open', '');
  document.querySelector('.search-open')?.setAttribute('aria-expanded', 'true');
}

/** The search page's own box when there is one, else the header's (unfolded). */
function searchInput(): HTMLInputElement | null {
  const own = document.querySelector<HTMLInputElement>('#search-q');
  if (own) return own;
  openHeaderSearch();
  return document.querySelector<HTMLInputElement>('#site-search-q');
}

document.querySelector('.search-open')?.addEventListener('click', (e) => {
  const input = document.querySelector<HTMLInputElement>('#site-search-q');
  if (!input) return; // no box: the link goes to the search page
  e.preventDefault();
  const open = document.querySelector('.search-open')!.getAttribute('aria-expanded') === 'true';
  if (open) {
    document.querySelector('backstory-search-box')?.removeAttribute('data-open');
    document.querySelector('.search-open')!.setAttribute('aria-expanded', 'false');
    return;
  }
  openHeaderSearch();
  loadBox();
  input.focus();
});

let boxLoaded = false;
function loadBox() {
  if (boxLoaded || !document.querySelector('backstory-search-box')) return;
  boxLoaded = true;
  void import('./search-box.ts');
}

document.addEventListener('keydown', (e) => {
  const slash = e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !isTyping(e.target);
  const k = e.key.toLowerCase() === 'k' && (e.ctrlKey || e.metaKey) && !e.altKey;
  if (!slash && !k) return;
  const input = searchInput();
  if (!input) return;
  e.preventDefault();
  loadBox();
  input.focus();
  input.select();
});
document.querySelector('#site-search-q')?.addEventListener('focus', loadBox, { once: true });
document.querySelector('#site-search-q')?.addEventListener('pointerenter', loadBox, { once: true });

if (new URLSearchParams(location.search).has('highlight')) void import('./search-highlight.ts');
