import { copyFileSync, linkSync } from 'node:fs';

/**
 * Puts `from` at `to` as a hard link (no copy), or as a copy where the two
 * are on different file systems. A link shares the file: only for files
 * nobody writes in place (callers say why theirs are safe).
 */
export function linkFile(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    copyFileSync(from, to);
  }
}
