import { AstroError } from 'astro/errors';

/**
 * An error about the editor's content, not about our code: Astro prints the
 * message and the hint, with no stack trace that would bury the fix.
 */
export function contentError(message: string, hint?: string): Error {
  const error = new AstroError(message, hint);
  error.name = 'ContentError';
  error.stack = '';
  return error;
}
