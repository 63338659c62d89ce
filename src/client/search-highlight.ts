/**
 * Arriving from a search result (`?highlight=word`): marks the matched words
 * in the article with Pagefind's highlighter and offers to clear them, which
 * also drops the parameter from the address so a shared link is clean.
 */
const CLASS = 'search-highlight';

async function highlight() {
  const terms = new URLSearchParams(location.search).getAll('highlight').filter(Boolean);
  const body = document.querySelector('[data-pagefind-body]');
  if (terms.length === 0 || !body) return;
  const url = '/pagefind/pagefind-highlight.js';
  const { default: PagefindHighlight } = (await import(/* @vite-ignore */ url)) as {
    default: new (o: Record<string, unknown>) => unknown;
  };
  new PagefindHighlight({
    highlightParam: 'highlight',
    addStyles: false, // styled by our CSS (context-cards.css) in both themes
    markContext: body,
    markOptions: { className: CLASS, exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'] },
  });
  const marks = body.querySelectorAll(`mark.${CLASS}`);
  const bar = document.createElement('div');
  bar.className = 'highlight-bar';
  bar.setAttribute('role', 'status');
  const text = document.createElement('span');
  text.textContent = `${marks.length} ${marks.length === 1 ? 'match' : 'matches'} for “${terms.join(' ')}” highlighted.`;
  const clear = document.createElement('button');
  clear.type = 'button';
  clear.textContent = 'Clear highlights';
  clear.addEventListener('click', () => {
    for (const m of body.querySelectorAll(`mark.${CLASS}`)) m.replaceWith(...m.childNodes);
    body.normalize();
    const params = new URLSearchParams(location.search);
    params.delete('highlight');
    const qs = params.toString();
    history.replaceState(history.state, '', `${location.pathname}${qs ? `?${qs}` : ''}${location.hash}`);
    bar.remove();
  });
  bar.append(text, ' ', clear);
  body.prepend(bar);
  if (!location.hash) marks[0]?.scrollIntoView({ block: 'center' });
}

void highlight();

export {};
