/**
 * <backstory-search>: runs the search page over Pagefind's JS API.
 * The page works as a plain GET form without it; this element adds results
 * as you type, topic filters with counts, and keeps ?q= and &topic= in the
 * URL so a search can be shared and restored.
 */
import { readSearchState, writeSearchState, type SearchState } from '../lib/search-state.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
  /** Counts per filter value, ignoring the filters now applied (topics combine with OR). */
  totalFilters: Record<string, Record<string, number>>;
}
interface Pagefind {
  init: () => Promise<void>;
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (q: string, o?: Record<string, unknown>) => Promise<PagefindSearch | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

const PAGE_SIZE = 20;
// Built by Pagefind into dist/ after Astro's bundler runs, so it is loaded at
// run time rather than bundled.
const PAGEFIND_URL = '/pagefind/pagefind.js';

class BackstorySearch extends HTMLElement {
  #pagefind?: Promise<Pagefind>;
  #timer?: number;
  #run = 0;

  connectedCallback() {
    const form = this.querySelector('form')!;
    this.querySelector<HTMLElement>('[data-needs-js]')!.hidden = true;
    const state = readSearchState(location.search);
    this.#applyToForm(state);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.#update(true);
    });
    form.addEventListener('input', () => {
      window.clearTimeout(this.#timer);
      this.#timer = window.setTimeout(() => this.#update(false), 120);
    });
    window.addEventListener('popstate', () => {
      this.#applyToForm(readSearchState(location.search));
      void this.#search();
    });
    if (state.q) void this.#search();
  }

  #formState(): SearchState {
    const form = this.querySelector('form')!;
    const data = new FormData(form);
    return { q: String(data.get('q') ?? '').trim(), topics: data.getAll('topic').map(String) };
  }

  #applyToForm(state: SearchState) {
    const input = this.querySelector<HTMLInputElement>('input[name="q"]')!;
    input.value = state.q;
    for (const box of this.querySelectorAll<HTMLInputElement>('input[name="topic"]')) {
      box.checked = state.topics.includes(box.value);
    }
  }

  #update(push: boolean) {
    const url = writeSearchState(location.pathname, this.#formState());
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    void this.#search();
  }

  #load(): Promise<Pagefind> {
    return (this.#pagefind ??= (async () => {
      const pf = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind;
      await pf.options({ excerptLength: 28 });
      await pf.init();
      await pf.filters(); // loads the filter index, so searches report counts
      return pf;
    })());
  }

  async #search() {
    const run = ++this.#run;
    const { q, topics } = this.#formState();
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    const list = this.querySelector<HTMLOListElement>('[data-results]')!;
    if (!q) {
      status.textContent = '';
      list.replaceChildren();
      return;
    }
    let pf: Pagefind;
    try {
      pf = await this.#load();
    } catch {
      status.textContent = 'The search index could not be loaded. It is built by "npm run build"; try again after a build.';
      return;
    }
    const filters = topics.length ? { topic: { any: topics } } : {};
    const found = await pf.search(q, { filters });
    if (!found || run !== this.#run) return; // a newer keystroke superseded this search
    const data = await Promise.all(found.results.slice(0, PAGE_SIZE).map((r) => r.data()));
    if (run !== this.#run) return;
    this.#showCounts(found.totalFilters.topic ?? {});
    const n = found.results.length;
    status.textContent =
      n === 0
        ? `No explainers match “${q}”${topics.length ? ' with these topics. Try removing a topic filter' : ''}.`
        : `${n} ${n === 1 ? 'explainer matches' : 'explainers match'} “${q}”${n > PAGE_SIZE ? `; showing the first ${PAGE_SIZE}` : ''}.`;
    list.replaceChildren(...data.map(renderResult));
  }

  #showCounts(counts: Record<string, number>) {
    for (const el of this.querySelectorAll<HTMLElement>('[data-count-for]')) {
      el.textContent = `(${counts[el.dataset.countFor!] ?? 0})`;
    }
  }
}

function renderResult(r: PagefindResultData): HTMLLIElement {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = r.url;
  a.textContent = r.meta.title ?? r.url;
  const excerpt = document.createElement('p');
  excerpt.className = 'excerpt';
  // Pagefind's excerpt is escaped page text with <mark> around matched words.
  excerpt.innerHTML = r.excerpt;
  li.append(a, excerpt);
  if (r.meta.date) {
    const meta = document.createElement('p');
    meta.className = 'meta';
    const time = document.createElement('time');
    time.dateTime = r.meta.date;
    time.textContent = r.meta.published ?? r.meta.date;
    meta.append(time);
    li.append(meta);
  }
  return li;
}

customElements.define('backstory-search', BackstorySearch);
