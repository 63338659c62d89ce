import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every Markdown file under `dir`, in a stable order. */
export const markdownFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.md'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
