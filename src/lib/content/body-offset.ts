/**
 * Astro renders an article's body without its front matter (and trimmed),
 * so line numbers in the body are off by the lines above it. This is that
 * offset: body line + offset = file line.
 */
export function bodyLineOffset(source: string, body: string): number {
  const head = body.slice(0, 200);
  if (!head) return 0;
  const frontmatter = /^\uFEFF?---\r?\n[\s\S]*?\r?\n---/.exec(source);
  const at = source.indexOf(head, frontmatter ? frontmatter[0].length : 0);
  return at > 0 ? source.slice(0, at).split('\n').length - 1 : 0;
}
