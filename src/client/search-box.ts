/**
 * <backstory-search-box>: the header's search form, upgraded to instant results.
 * Loaded only when a reader focuses it or presses / or Ctrl/⌘-K
 * (site-search-keys.ts). An ARIA combobox: results appear in a listbox as
 * you type, arrow keys move through them, Enter opens the chosen one (or,
 * with none chosen, submits the form to the search page), Escape closes.
 * The number of results is announced through a live region.
 */
import { emptySearchState, writeSearchState } from '../search/state.ts';
import type { PagefindResult, ResultData } from '../search/run.ts';
import { entryLine, matchDirectory, type DirectoryEntry } from '../search/directory.ts';
import { FIRST_ANSWER_SIZE } from '../search/first-answer.ts';
import { preloadQuery, searchInStages } from './staged-search.ts';
import { loadDirectory } from './directory-loader.ts';
import { explainerCount } from '../domain/labels.ts';

const SHOWN = 6;
/** People, places and stories shown above the explainers. */
const SHOWN_DIRECTORY = 2;
const TYPING_DELAY_MS = 120;

class SearchBox extends HTMLElement {
  #input!: HTMLInputElement;
  #list!: HTMLUListElement;
  #live!: HTMLElement;
  #options: { el: HTMLLIElement; url: string }[] = [];
  #active = -1;
  #timer?: number;
  #run = 0;

  connectedCallback() {
    this.#input = this.querySelector('input')!;
    this.#list = this.querySelector('[role="listbox"]')!;
    this.#live = this.querySelector('[data-live]')!;
    this.#input.setAttribute('role', 'combobox');
    this.#input.setAttribute('aria-autocomplete', 'list');
    this.#input.setAttribute('aria-controls', this.#list.id);
    this.#input.setAttribute('aria-expanded', 'false');
    this.#input.addEventListener('input', () => {
      preloadQuery(this.#input.value);
      window.clearTimeout(this.#timer);
      this.#timer = window.setTimeout(() => void this.#search(), TYPING_DELAY_MS);
    });
    this.#input.addEventListener('keydown', (e) => this.#onKey(e));
    this.#input.addEventListener('focus', () => {
      if (this.#input.value.trim()) void this.#search();
    });
    // Closing on blur waits a moment, so a click on an option still lands.
    this.addEventListener('focusout', () => window.setTimeout(() => !this.contains(document.activeElement) && this.#close(), 150));
    this.#list.addEventListener('mousedown', (e) => e.preventDefault()); // keep focus in the input
    this.#list.addEventListener('click', (e) => {
      const li = (e.target as Element).closest('li');
      const option = this.#options.find((o) => o.el === li);
      if (option) location.href = option.url;
    });
    preloadQuery(''); // loads the index while the reader types
    if (document.activeElement === this.#input && this.#input.value.trim()) void this.#search();
  }

  #onKey(e: KeyboardEvent) {
    const open = this.#input.getAttribute('aria-expanded') === 'true';
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!open || this.#options.length === 0) return;
      e.preventDefault();
      // Positions cycle through the options and back to the typed text (-1).
      const n = this.#options.length;
      const next = e.key === 'ArrowDown' ? this.#active + 1 : this.#active - 1;
      this.#setActive(next >= n ? -1 : next < -1 ? n - 1 : next);
    } else if (e.key === 'Enter' && open && this.#active >= 0) {
      e.preventDefault();
      location.href = this.#options[this.#active]!.url;
    } else if (e.key === 'Escape') {
      if (open) {
        e.preventDefault();
        this.#close();
      } else if (this.#input.value) {
        this.#input.value = '';
      } else {
        this.#input.blur();
      }
    }
  }

  /** -1 means no option is active: the typed text is. */
  #setActive(i: number) {
    this.#active = i;
    this.#options.forEach((o, k) => o.el.setAttribute('aria-selected', String(k === this.#active)));
    const active = this.#options[this.#active];
    if (active) {
      this.#input.setAttribute('aria-activedescendant', active.el.id);
      active.el.scrollIntoView({ block: 'nearest' });
    } else this.#input.removeAttribute('aria-activedescendant');
  }

  #close() {
    this.#input.setAttribute('aria-expanded', 'false');
    this.#input.removeAttribute('aria-activedescendant');
    this.#list.hidden = true;
    this.#active = -1;
  }

  async #search() {
    const run = ++this.#run;
    const q = this.#input.value.trim();
    if (!q) {
      this.#close();
      this.#live.textContent = '';
      return;
    }
    const people = loadDirectory().then((entries) => matchDirectory(entries, q, SHOWN_DIRECTORY));
    const state = { ...emptySearchState(), q };
    try {
      const outcome = await searchInStages(state, {
        stale: () => run !== this.#run,
        arrival: 'typed',
        first: async (early) => this.#show(run, q, early.results, await people, false),
      });
      if (outcome) await this.#show(run, q, outcome.results, await people, true);
    } catch {
      if (run === this.#run) this.#live.textContent = 'Search is unavailable right now; press Enter to try the search page.';
    }
  }

  /** Shows the options: the whole index's results (`complete`, announced), or a first answer over the newest explainers. */
  async #show(run: number, q: string, results: PagefindResult[], people: DirectoryEntry[], complete: boolean) {
    const data = await Promise.all(results.slice(0, complete ? SHOWN : Math.min(SHOWN, FIRST_ANSWER_SIZE)).map((r) => r.data()));
    if (run !== this.#run) return;
    const all = writeSearchState('/search/', { ...emptySearchState(), q });
    this.#options = [
      ...people.map((e, i) => ({ el: directoryOption(`site-search-dir-${i}`, e), url: e.url })),
      ...data.map((r, i) => ({ el: option(`site-search-opt-${i}`, r), url: r.url })),
    ];
    const more = document.createElement('li');
    more.id = 'site-search-opt-all';
    more.setAttribute('role', 'option');
    more.className = 'all';
    more.textContent = !complete
      ? 'Newest first; still searching the archive. All results on the search page'
      : results.length === 0
        ? `No explainer matches “${q}”. Open the search page`
        : `All ${explainerCount(results.length)} on the search page`;
    this.#options.push({ el: more, url: all });
    // Keep the reader's place when the whole answer replaces the first.
    const active = this.#options[this.#active]?.url;
    this.#list.replaceChildren(...this.#options.map((o) => o.el));
    this.#list.hidden = false;
    this.#input.setAttribute('aria-expanded', 'true');
    this.#setActive(complete && active ? this.#options.findIndex((o) => o.url === active) : -1);
    if (!complete) return; // announced once, with the whole answer
    const explainers = results.length === 0 ? 'No explainers' : explainerCount(results.length);
    const found = people.length
      ? `${explainers}, and ${people.length === 1 ? 'a page' : `${people.length} pages`} about ${people.map((p) => p.name).join(' and ')}`
      : explainers;
    this.#live.textContent = results.length === 0 && people.length === 0 ? `No results for ${q}.` : `${found}. Use the arrow keys to choose.`;
  }
}

/** A person, place, story or topic among the box's options. */
function directoryOption(id: string, e: DirectoryEntry): HTMLLIElement {
  const li = document.createElement('li');
  li.id = id;
  li.className = 'directory-option';
  li.setAttribute('role', 'option');
  li.setAttribute('aria-selected', 'false');
  const title = document.createElement('span');
  title.className = 'title';
  title.textContent = e.name;
  if (e.native) {
    const native = document.createElement('span');
    native.lang = e.native.lang;
    native.textContent = ` ${e.native.text}`;
    title.append(native);
  }
  const meta = document.createElement('span');
  meta.className = 'meta';
  meta.textContent = entryLine(e);
  li.append(title, meta);
  return li;
}

function option(id: string, r: ResultData): HTMLLIElement {
  const li = document.createElement('li');
  li.id = id;
  li.setAttribute('role', 'option');
  li.setAttribute('aria-selected', 'false');
  const title = document.createElement('span');
  title.className = 'title';
  title.textContent = r.meta['title'] ?? r.url;
  const meta = document.createElement('span');
  meta.className = 'meta';
  meta.textContent = [r.meta['published'], r.meta['topics']].filter(Boolean).join(' · ');
  li.append(title, meta);
  return li;
}

customElements.define('backstory-search-box', SearchBox);
