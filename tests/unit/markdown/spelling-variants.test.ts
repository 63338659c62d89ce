import { describe, expect, it } from 'vitest';
import { renderMarkdownWithFacts } from '../../support/render-markdown.ts';

const variants = async (md: string) => (await renderMarkdownWithFacts(md)).facts.spellingVariants;

describe('spelling variants (British -ise words, for search)', () => {
  it('gives the -ize spelling of every -ise form, once each, sorted and lower-case', async () => {
    expect(await variants('Tokyo apologised. The **Organisation** recognises it; apologising, organisations, organisers.\n\nShe apologised again.')).toEqual([
      'apologized',
      'apologizing',
      'organization',
      'organizations',
      'organizers',
      'recognizes',
    ]);
  });
  it('reads headings, list items, links and table cells too', async () => {
    expect(await variants('## Normalisation\n\n- criticised\n\n[summarised](/x/)\n\n| a |\n|---|\n| finalised |')).toEqual([
      'criticized',
      'finalized',
      'normalization',
      'summarized',
    ]);
  });
  it('needs a stem of four letters: rise, wise, raised, crisis and Paris give nothing', async () => {
    expect(await variants('The rise was wise; this is a crisis, raised in Paris.')).toEqual([]);
  });
  it('also spells longer words that merely end in -ise with a z (harmless: the index gains a word no reader types)', async () => {
    expect(await variants('A promise, otherwise.')).toEqual(['otherwize', 'promize']);
  });
  it('finds nothing in text without -ise words', async () => {
    expect(await variants('Kim Jong Un met Junichiro Koizumi in Pyongyang in 2002.')).toEqual([]);
  });
});
