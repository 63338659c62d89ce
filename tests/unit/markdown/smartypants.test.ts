import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import upstream from 'remark-smartypants';
import spec from 'commonmark-spec';
import { remarkSmartypants } from '../../../src/markdown/plugins/remark-smartypants.ts';

/** The mdast tree after GFM and a SmartyPants plugin, as Astro runs them. */
function tree(markdown: string, plugin: 'ours' | 'upstream'): unknown {
  const base = unified().use(remarkParse).use(remarkGfm);
  const processor = plugin === 'ours' ? base.use(remarkSmartypants) : base.use(upstream);
  return processor.runSync(processor.parse(markdown));
}

const contentDir = join(import.meta.dirname, '../../../content/articles');
const samples: [string, string][] = [
  ...readdirSync(contentDir).map((f): [string, string] => [f, readFileSync(join(contentDir, f), 'utf8')]),
  ...spec.tests.map((t): [string, string] => [`CommonMark example ${t.number}`, t.markdown]),
  ['quotes around emphasis and links', `"*Quoted*," he said. 'It's [a link](/x)' -- and "more"... The '90s. ''Old'' \`\`style\`\`. . . end`],
  ['dashes and ellipses without quotes', 'A -- B --- C. Wait... and . . . so.'],
  ['nothing to change', 'Plain text with a full stop. And another.'],
];

describe('remark-smartypants (our faster copy)', () => {
  it.each(samples)('gives the same tree as remark-smartypants 3: %s', (_name, markdown) => {
    expect(tree(markdown, 'ours')).toEqual(tree(markdown, 'upstream'));
  });
  it('still curls quotes, dashes and ellipses', () => {
    const text = JSON.stringify(tree(`"Yes," it's -- well... 'maybe'`, 'ours'));
    expect(text).toContain('“Yes,” it’s — well… ‘maybe’');
  });
});
