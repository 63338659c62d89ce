/**
 * DOM for one search result, shared by the search page and the header box.
 * Pagefind's excerpts are page text it has HTML-escaped, with <mark> around
 * the matched words, so they are the only strings set as HTML.
 */
import type { ResultData } from '../search/run.ts';
import { entryLine, type DirectoryEntry } from '../search/directory.ts';
import { excerptEdges } from '../search/excerpt-edges.ts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** An excerpt paragraph, with an ellipsis where it cuts a sentence (search/excerpt-edges.ts). */
function excerptParagraph(html: string): HTMLParagraphElement {
  const p = el('p', 'excerpt');
  p.innerHTML = html;
  const { cutBefore, cutAfter } = excerptEdges(p.textContent ?? '');
  if (cutBefore) p.prepend('… ');
  if (cutAfter) p.append(' …');
  return p;
}

/** "27 March 2024 · Japan · North Korea" */
export function resultMeta(r: ResultData): HTMLParagraphElement {
  const meta = el('p', 'result-meta');
  if (r.meta['date']) {
    const time = el('time', undefined, r.meta['published'] ?? r.meta['date']);
    time.dateTime = r.meta['date'];
    meta.append(time);
  }
  if (r.meta['topics']) meta.append(`${meta.childNodes.length ? ' · ' : ''}${r.meta['topics']}`);
  return meta;
}

/** Sections of the article that match (links straight to their heading), at most three. */
function subResults(r: ResultData): HTMLUListElement | undefined {
  const pageUrl = r.url.split('#')[0];
  // The page's own excerpt already shows its best section; list the others
  // (not one whose excerpt opens with words the page's excerpt shows).
  const text = (html: string) =>
    html
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' ')
      .trim();
  const main = text(r.excerpt);
  const repeats = (s: { excerpt: string }) => main.includes(text(s.excerpt).split(' ').slice(0, 6).join(' '));
  const subs = r.sub_results.filter((s) => s.url.includes('#') && s.url !== pageUrl && !repeats(s)).slice(0, 3);
  if (subs.length === 0) return undefined;
  const list = el('ul', 'sub-results');
  for (const s of subs) {
    const li = el('li');
    const a = el('a', undefined, s.title);
    a.href = s.url;
    li.append(a, excerptParagraph(s.excerpt));
    list.append(li);
  }
  return list;
}

export function renderResult(r: ResultData): HTMLLIElement {
  const li = el('li', 'result');
  const h = el('h2', 'result-title');
  const a = el('a', undefined, r.meta['title'] ?? r.url);
  a.href = r.url;
  h.append(a);
  li.append(h, resultMeta(r), excerptParagraph(r.excerpt));
  const subs = subResults(r);
  if (subs) li.append(subs);
  return li;
}

/** One person, place, story or topic in the search's own group: name, native-script name, what it is, its page. */
export function renderDirectoryEntry(e: DirectoryEntry): HTMLLIElement {
  const li = el('li');
  const a = el('a', undefined, e.name);
  a.href = e.url;
  if (e.native) {
    const native = el('span', 'native', e.native.text);
    native.lang = e.native.lang;
    a.append(native);
  }
  const role = el('span', 'role', entryLine(e));
  li.append(a, role);
  return li;
}
