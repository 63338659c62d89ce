/**
 * On every page, and tiny: the header search box's keyboard shortcuts, and
 * the switch that loads the real search code (search-box.ts, then Pagefind)
 * only when a reader focuses or opens search. Also loads the highlighter when
 * a reader arrives from a search result (?highlight=…).
 */
const isTyping = (t: EventTarget | null) => t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));

/** The search page's own box when there is one, else the header's. */
const searchInput = () => document.querySelector<HTMLInputElement>('#search-q') ?? document.querySelector<HTMLInputElement>('#site-search-q');

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
