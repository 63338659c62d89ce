import { describe, expect, it } from 'vitest';
import { h, s } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import rehypeRaw from 'rehype-raw';
import { VFile } from 'vfile';
import type { Root } from 'hast';
import rehypeRawWhenNeeded from '../../../src/markdown/plugins/rehype-raw-when-needed.ts';

// Astro's pipeline serializes what rehype-raw returns with these options.
const serialize = (tree: Root) => toHtml(tree, { allowDangerousHtml: true });
const run = (plugin: typeof rehypeRaw | typeof rehypeRawWhenNeeded, tree: Root) =>
  (plugin.call({} as never, {}) as (t: Root, f: VFile) => Root)(tree, new VFile({ path: '/site/a.md' }));

/** Properties as plugins and mdast-util-to-hast leave them, not as hastscript would normalize them. */
function element(tagName: string, properties: Record<string, unknown>, children: Root['children'] = []) {
  return { type: 'element', tagName, properties, children } as Root['children'][number];
}

const cases: Record<string, () => Root> = {
  'a footnote reference and section (data-* set to true)': () => ({
    type: 'root',
    children: [
      h('p', [
        element('sup', {}, [
          element('a', { href: '#fn-1', id: 'fnref-1', dataFootnoteRef: true, ariaDescribedBy: ['footnote-label'] }, [{ type: 'text', value: '1' }]),
        ]),
      ]),
      element('section', { dataFootnotes: true, className: ['footnotes'] }, [h('h2', { id: 'footnote-label' }, 'Notes')]),
    ],
  }),
  'boolean attributes given as strings, true and empty': () => ({
    type: 'root',
    children: [
      element('details', { open: 'open' }, [h('summary', 'More')]),
      element('p', { hidden: '' }, [{ type: 'text', value: 'gone' }]),
      element('input', { disabled: true, checked: 'checked', type: 'checkbox' }),
      element('span', { hidden: 'until-found' }, [{ type: 'text', value: 'kept' }]),
    ],
  }),
  'list attributes given as strings': () => ({
    type: 'root',
    children: [element('div', { className: '  timeline   block ', dataWhen: 'a, b' }, [{ type: 'text', value: 'x' }])],
  }),
  'numbers, tables, text with markup characters, comments and code': () => ({
    type: 'root',
    children: [
      h('table', [
        { type: 'text', value: '\n' },
        h('thead', [h('tr', [h('th', 'A')])]),
        h('tbody', [h('tr', [element('td', { colSpan: 2, tabIndex: '-1' }, [{ type: 'text', value: 'a < b & "c"' }])])]),
      ]),
      { type: 'comment', value: 'note' },
      h('pre', [h('code', 'first line\n\nsecond\n')]),
    ],
  }),
  'svg with its own attribute names': () => ({
    type: 'root',
    children: [s('svg', { viewBox: '0 0 10 10', ariaHidden: 'true' }, [s('path', { d: 'M0 0L10 10', strokeWidth: 2 })])],
  }),
};

describe('rehype-raw only when the tree holds raw HTML', () => {
  for (const [name, make] of Object.entries(cases)) {
    it(`serializes ${name} byte for byte as rehype-raw does, without rebuilding the tree`, () => {
      const tree = make();
      const got = run(rehypeRawWhenNeeded, tree);
      expect(serialize(got)).toBe(serialize(run(rehypeRaw, make())));
      expect(got).toBe(tree);
    });
  }

  it('runs the round trip on a code block that starts with an empty line, whose newline it drops', () => {
    const make = (): Root => ({ type: 'root', children: [h('pre', [h('code', '\n\nafter a blank line\n')])] });
    const got = run(rehypeRawWhenNeeded, make());
    expect(serialize(got)).toBe(serialize(run(rehypeRaw, make())));
    expect(serialize(got)).toBe('<pre><code>\nafter a blank line\n</code></pre>');
  });

  it('parses raw HTML with rehype-raw when there is any, anywhere in the tree', () => {
    const make = (): Root => ({
      type: 'root',
      children: [h('p', ['Kim ', { type: 'raw', value: '<span lang="ko">김정은</span>' }]), { type: 'raw', value: '<!--backstory-card:kim-jong-un-->' }],
    });
    const got = run(rehypeRawWhenNeeded, make());
    expect(serialize(got)).toBe(serialize(run(rehypeRaw, make())));
    expect(JSON.stringify(got)).not.toContain('"raw"');
    expect(serialize(got)).toBe('<p>Kim <span lang="ko">김정은</span></p><!--backstory-card:kim-jong-un-->');
  });
});
