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

/**
 * The same offset from the file alone: the lines of the front matter and
 * the blank lines after it (Astro trims them off the body). The content
 * store keeps no copy of the body (the loader's retainBody is off, which
 * makes the store a third smaller), so this is what the build uses.
 */
export function bodyLineOffsetOf(source: string): number {
  const frontmatter = /^\uFEFF?---\r?\n[\s\S]*?\r?\n---/.exec(source);
  const after = frontmatter ? frontmatter[0].length : 0;
  const blank = /^\s*/.exec(source.slice(after))![0];
  // Count only whole lines: the body's first line may start with spaces.
  const skipped = blank.slice(0, blank.lastIndexOf('\n') + 1);
  const offset = source.slice(0, after + skipped.length).split('\n').length - 1;
  return frontmatter || skipped ? offset : 0;
}
