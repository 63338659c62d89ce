/**
 * The explainer blocks editors can write, with remark-directive syntax
 * (`:::name` … `:::`). One list so the plugins and the error messages agree.
 */
export const LABELLED_SECTIONS = {
  'what-happened': 'What happened',
  'why-it-matters': 'Why it matters',
  background: 'Background',
  'whats-next': 'What’s next', // typographic apostrophe, as smartypants sets it in prose
} as const;

export const BLOCK_NAMES = ['key-points', ...Object.keys(LABELLED_SECTIONS), 'question', 'facts', 'timeline', 'figure'] as const;

export const BLOCK_HELP = `known blocks are ${BLOCK_NAMES.map((n) => `:::${n}`).join(', ')} (see README, "Explainer blocks")`;

/** The inline marks editors can write: `:entity[Name]{#slug}`, `:cite[source-id]`, `:date[2024-01-15]`. */
export const TEXT_DIRECTIVE_NAMES = ['entity', 'cite', 'date'] as const;
