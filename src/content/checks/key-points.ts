/**
 * An explainer opens with its key points (README, "Explainer blocks"): on a
 * phone they are the answer on the first screen. An article without them
 * still builds (an imported archive of plain reports must), but the build
 * says which files lack them and how to add them.
 */
import type { LoadedEntry } from '../loader.ts';
import { explainerCount, plural } from '../../domain/labels.ts';

/** Files named one by one; past this, a count (an imported archive would otherwise bury the log). */
const NAMED = 10;

export function keyPointsAdvice(entries: readonly LoadedEntry[]): string[] {
  const without = entries.filter((e) => !e.headingIds.has('key-points')).map((e) => e.file);
  if (without.length === 0) return [];
  const named = without.slice(0, NAMED).join(', ');
  const more = without.length > NAMED ? ` and ${without.length - NAMED} more` : '';
  return [
    `${plural(without.length, 'An explainer has', `${explainerCount(without.length)} have`)} no key points: ${named}${more}. Readers get the answer first when an explainer opens with them. Fix: start the body with a :::key-points block of 3 to 5 one-sentence bullets (README, "Explainer blocks").`,
  ];
}
