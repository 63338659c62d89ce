/**
 * <backstory-search-page>: the search page over Pagefind's JS API.
 * Without it the page is a plain GET form that explains search needs
 * JavaScript. With it: results as you type, filters with counts (OR within a
 * filter, AND across), sort, pages, and the whole state in the URL
 * (src/search/state.ts), so a search can be shared, restored, and walked
 * through with Back and Forward.
 */
import { FILTER_KEYS, emptyFilters, hasFilters, readSearchState, writeSearchState, type SearchState } from '../search/state.ts';
import type { SearchOutcome } from '../search/run.ts';
import type { DirectoryEntry } from '../search/directory.ts';
import { matchDirectory } from '../search/directory.ts';
import { FIRST_ANSWER_SIZE, type Arrival } from '../search/first-answer.ts';
import { preloadQuery, searchInStages } from './staged-search.ts';
import { loadDirectory } from './directory-loader.ts';
import { renderDirectoryEntry, renderResult } from './render-result.ts';
import { explainerWord, formatCount, plural } from '../domain/labels.ts';

const PAGE_SIZE = 10;
/** The pause in typing that starts a search (as in the header box). */
const TYPING_DELAY_MS = 120;

class BackstorySearch extends HTMLElement {
  #form!: HTMLFormElement;
  #timer?: number;
  #run = 0;

  connectedCallback() {
    this.#form = this.querySelector('form')!;
    const initial = readSearchState(location.search);
    this.#applyToForm(initial);
    // Filters stand open beside the results on wide screens; on phones they
    // fold away above them, open when a shared link already applies some.
    const facets = this.querySelector<HTMLDetailsElement>('[data-facets]')!;
    const wide = matchMedia('(min-width: 60rem)');
    facets.open = wide.matches || hasFilters(initial) || initial.sort === 'date';
    wide.addEventListener('change', () => wide.matches && (facets.open = true));
    this.#form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.#commit('push');
    });
    this.#form.addEventListener('input', (e) => {
      const target = e.target as HTMLInputElement;
      if (target.name !== 'q') return; // checkboxes and sort arrive as 'change'
      preloadQuery(target.value);
      window.clearTimeout(this.#timer);
      this.#timer = window.setTimeout(() => this.#commit('replace'), TYPING_DELAY_MS);
    });
    // A reader who goes to the search field is about to search: load the index.
    this.#form.querySelector('input[name="q"]')!.addEventListener('focus', () => preloadQuery(''), { once: true });
    this.#form.addEventListener('change', (e) => {
      if ((e.target as HTMLInputElement).name !== 'q') this.#commit('push');
    });
    this.querySelector('[data-clear-all]')!.addEventListener('click', () => {
      for (const box of this.#form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.checked = false;
      this.#commit('push');
    });
    this.querySelector('[data-chip-list]')!.addEventListener('click', (e) => {
      const chip = (e.target as Element).closest<HTMLButtonElement>('button[data-key]');
      if (!chip) return;
      const box = this.#form.querySelector<HTMLInputElement>(`input[name="${chip.dataset['key']}"][value="${chip.dataset['value']}"]`);
      if (box) box.checked = false;
      this.#commit('push');
    });
    // Phones: Escape closes the sheet too.
    facets.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && facets.open && !wide.matches) {
        facets.open = false;
        facets.querySelector('summary')!.focus();
      }
    });
    // Phones: the sheet's footer closes it and takes the reader to the results.
    this.querySelector('[data-show-results]')!.addEventListener('click', () => {
      facets.open = false;
      this.querySelector<HTMLElement>('[data-status]')!.scrollIntoView({ block: 'start' });
    });
    this.addEventListener('click', (e) => {
      // Result-page links and "search without filters" carry a full search URL.
      const link = (e.target as Element).closest<HTMLAnchorElement>('a[data-search-link]');
      if (!link || e.metaKey || e.ctrlKey || e.shiftKey) return;
      e.preventDefault();
      history.pushState(null, '', link.href);
      this.#applyToForm(readSearchState(location.search));
      void this.#search(true);
    });
    window.addEventListener('popstate', () => {
      this.#applyToForm(readSearchState(location.search));
      void this.#search(false);
    });
    void this.#search(false, 'opened');
  }

  /** The form's state; the page number lives only in the URL. */
  #formState(page = 1): SearchState {
    const data = new FormData(this.#form);
    const filters = emptyFilters();
    for (const key of FILTER_KEYS) filters[key] = data.getAll(key).map(String);
    return { q: String(data.get('q') ?? '').trim(), filters, sort: data.get('sort') === 'date' ? 'date' : 'relevance', page };
  }

  #applyToForm(state: SearchState) {
    this.#form.querySelector<HTMLInputElement>('input[name="q"]')!.value = state.q;
    this.#form.querySelector<HTMLSelectElement>('select[name="sort"]')!.value = state.sort === 'date' ? 'date' : '';
    for (const box of this.#form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      box.checked = state.filters[box.name as (typeof FILTER_KEYS)[number]]?.includes(box.value) ?? false;
    }
  }

  /** A new search from the form: back to page 1, URL updated (typing replaces, choices push). */
  #commit(how: 'push' | 'replace') {
    const url = writeSearchState(location.pathname, this.#formState(1));
    if (url !== location.pathname + location.search) {
      if (how === 'push') history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    }
    void this.#search(false, how === 'replace' ? 'typed' : 'changed');
  }

  async #search(scrollToResults: boolean, arrival: Arrival = 'changed') {
    const run = ++this.#run;
    const state = readSearchState(location.search);
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    const list = this.querySelector<HTMLOListElement>('[data-results]')!;
    const pages = this.querySelector<HTMLElement>('[data-pages]')!;
    const empty = this.querySelector<HTMLElement>('[data-empty]')!;
    this.#showChips(state);
    if (!state.q && !hasFilters(state)) {
      status.textContent = '';
      list.replaceChildren();
      pages.replaceChildren();
      empty.hidden = true;
      this.#showDirectory([]);
      this.#showCounts(null, 0);
      this.removeAttribute('data-searching');
      list.setAttribute('aria-busy', 'false');
      return;
    }
    const directory = loadDirectory().then((entries) => (state.q ? matchDirectory(entries, state.q) : []));
    let firstShown = false;
    try {
      const outcome = await searchInStages(state, {
        stale: () => run !== this.#run,
        arrival,
        first: async (early) => {
          firstShown = await this.#show(run, state, early, await directory, { complete: false, scrollToResults });
        },
      });
      if (outcome) await this.#show(run, state, outcome, await directory, { complete: true, scrollToResults: scrollToResults && !firstShown });
    } catch {
      if (run !== this.#run) return;
      this.removeAttribute('data-searching');
      list.setAttribute('aria-busy', 'false');
      status.textContent = firstShown
        ? 'Only the newest explainers could be searched: the rest of the archive did not load. Check your connection and try again.'
        : 'The search index could not be loaded. Check your connection and try again.';
    }
  }

  /**
   * Shows an answer: the whole index's (`complete`), or a first one over
   * the newest explainers while the archive is still searched (no counts
   * or pages yet: they would change). Whether it was shown (not superseded).
   */
  async #show(
    run: number,
    state: SearchState,
    outcome: SearchOutcome,
    directory: DirectoryEntry[],
    { complete, scrollToResults }: { complete: boolean; scrollToResults: boolean },
  ) {
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    const list = this.querySelector<HTMLOListElement>('[data-results]')!;
    const pages = this.querySelector<HTMLElement>('[data-pages]')!;
    const total = outcome.results.length;
    const lastPage = Math.max(1, Math.ceil(total / PAGE_SIZE));
    const page = Math.min(state.page, lastPage);
    const shown = complete ? outcome.results.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE) : outcome.results.slice(0, FIRST_ANSWER_SIZE);
    const data = await Promise.all(shown.map((r) => r.data()));
    if (run !== this.#run) return false;

    this.#showDirectory(page === 1 ? directory : []);
    if (complete) this.#showCounts(outcome, total);
    else this.querySelector<HTMLButtonElement>('[data-show-results]')!.hidden = true;
    this.toggleAttribute('data-searching', !complete);
    list.setAttribute('aria-busy', String(!complete));
    updateList(list, data.map(renderResult));
    list.start = (page - 1) * PAGE_SIZE + 1;
    status.textContent = complete ? describe(state, total, page, lastPage) : describeFirst(state);
    this.#showEmpty(state, outcome);
    pages.replaceChildren(...(complete ? pageLinks(state, page, lastPage) : []));
    if (scrollToResults) status.scrollIntoView({ block: 'start' });
    return true;
  }

  /** Why nothing matched, and what to do: which words match nothing; searching without the filters if some are set. */
  #showEmpty(state: SearchState, outcome: SearchOutcome) {
    const empty = this.querySelector<HTMLElement>('[data-empty]')!;
    empty.hidden = outcome.results.length > 0;
    if (!empty.hidden) {
      const quote = (w: string) => `“${w}”`;
      const words = outcome.unmatched;
      this.querySelector('[data-empty-reason]')!.textContent =
        words.length === 0
          ? 'No explainer matches every word with these filters.'
          : `No explainer has ${words.length === 1 ? 'the word' : 'the words'} ${words.map(quote).join(' or ')}.`;
    }
    const line = this.querySelector<HTMLElement>('[data-without-filters-line]')!;
    line.hidden = !(hasFilters(state) && state.q && outcome.unmatched.length === 0);
    this.querySelector<HTMLAnchorElement>('[data-without-filters]')!.href = writeSearchState(location.pathname, { ...state, filters: emptyFilters(), page: 1 });
  }

  /** People, places, stories and topics that match, above the explainers (they are not counted as explainers). */
  #showDirectory(entries: DirectoryEntry[]) {
    const section = this.querySelector<HTMLElement>('[data-directory]')!;
    section.hidden = entries.length === 0;
    this.querySelector('[data-directory-list]')!.replaceChildren(...entries.map(renderDirectoryEntry));
  }

  /** The chosen filters as removable chips, with "Clear all". */
  #showChips(state: SearchState) {
    const chips: HTMLLIElement[] = [];
    for (const key of FILTER_KEYS) {
      for (const value of state.filters[key]) {
        const label =
          this.#form.querySelector(`input[name="${key}"][value="${value}"]`)?.closest('label')?.querySelector('.filter-label')?.textContent ?? value;
        const li = document.createElement('li');
        const chip = document.createElement('button');
        chip.type = 'button';
        chip.className = 'chip';
        chip.dataset['key'] = key;
        chip.dataset['value'] = value;
        chip.setAttribute('aria-label', `Remove filter: ${label}`);
        chip.textContent = `${label} ✕`;
        li.append(chip);
        chips.push(li);
      }
    }
    this.querySelector('[data-chip-list]')!.replaceChildren(...chips);
    this.querySelector<HTMLElement>('[data-chips]')!.hidden = chips.length === 0;
    this.querySelector('[data-active-count]')!.textContent = chips.length ? `(${chips.length} chosen)` : '';
  }

  /** Each filter value's count for the current search; values with none are hidden unless chosen. */
  #showCounts(outcome: SearchOutcome | null, total: number) {
    let groups = 0;
    for (const group of this.querySelectorAll<HTMLElement>('[data-facet]')) {
      let visible = 0;
      for (const label of group.querySelectorAll<HTMLLabelElement>('label.filter')) {
        const box = label.querySelector('input')!;
        const count = label.querySelector<HTMLElement>('.count')!;
        const n = outcome ? (outcome.counts[box.name as (typeof FILTER_KEYS)[number]][box.value] ?? 0) : Number(count.dataset['total']);
        count.querySelector('[data-n]')!.textContent = formatCount(n);
        count.querySelector('[data-unit]')!.textContent = ` ${explainerWord(n)}`;
        label.hidden = n === 0 && !box.checked;
        if (!label.hidden) visible++;
      }
      group.hidden = visible === 0;
      if (!group.hidden) groups++;
    }
    // The note explains the numbers; with no filter shown there are none.
    this.querySelector<HTMLElement>('.facet-note')!.hidden = groups === 0;
    const show = this.querySelector<HTMLButtonElement>('[data-show-results]')!;
    show.hidden = !outcome;
    show.textContent = total === 1 ? 'Show 1 result' : `Show ${formatCount(total)} results`;
  }
}

/**
 * Puts `items` in the list, leaving in place each result already shown
 * there unchanged: when the whole answer repeats the first one's results,
 * they are not drawn again (no flicker, and no new largest paint).
 */
function updateList(list: HTMLOListElement, items: HTMLLIElement[]): void {
  const old = [...list.children];
  items.forEach((item, i) => {
    const there = old[i];
    if (!there) list.append(item);
    else if (!there.isEqualNode(item)) there.replaceWith(item);
  });
  for (const extra of old.slice(items.length)) extra.remove();
}

/** While the archive is still searched: what is shown so far. */
function describeFirst(state: SearchState): string {
  return `The newest explainers for ${state.q ? `“${state.q}”` : 'these filters'} first; still searching the archive…`;
}

function describe(state: SearchState, total: number, page: number, lastPage: number): string {
  const what = state.q ? `“${state.q}”` : 'these filters';
  if (total === 0) return `No explainers match ${what}${state.q && hasFilters(state) ? ' with these filters' : ''}.`;
  // Counts of explainers only: people, places and stories above are not counted.
  const n = formatCount;
  const count = `${n(total)} ${plural(total, 'explainer matches', 'explainers match')} ${what}`;
  const order = state.sort === 'date' ? ', newest first' : '';
  return lastPage > 1 ? `${count}${order}. Page ${n(page)} of ${n(lastPage)}.` : `${count}${order}.`;
}

function pageLinks(state: SearchState, page: number, lastPage: number): HTMLElement[] {
  if (lastPage <= 1) return [];
  const link = (n: number, label: string, rel?: string) => {
    const a = document.createElement('a');
    a.href = writeSearchState(location.pathname, { ...state, page: n });
    a.dataset['searchLink'] = '';
    a.textContent = label;
    if (rel) a.rel = rel;
    return a;
  };
  const out: HTMLElement[] = [];
  if (page > 1) out.push(link(page - 1, '← Previous', 'prev'));
  const here = document.createElement('span');
  here.textContent = `Page ${page} of ${lastPage}`;
  out.push(here);
  if (page < lastPage) out.push(link(page + 1, 'Next →', 'next'));
  return out;
}

customElements.define('backstory-search-page', BackstorySearch);
