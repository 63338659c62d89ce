import type { z } from 'astro/zod';

const TYPE_FIX: Record<string, string> = {
  array: 'write a list in brackets, e.g. [north-korea, japan]',
  string: 'write text, in double quotes if it contains ": " or " #"',
  boolean: 'write true or false',
};

/**
 * Turns schema issues into one message an editor can act on: file and line,
 * the field, what is wrong and how to fix it. All problems at once.
 */
export function formatFrontmatterIssues(
  file: string,
  issues: readonly z.core.$ZodIssue[],
  lines: Map<string, number>,
  allowedKeys: readonly string[],
  data: Record<string, unknown>,
): string {
  const out = issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const near = allowedKeys.find((k) => k.toLowerCase() === key.toLowerCase());
        const hint = near ? `did you mean "${near}"? ` : '';
        return `${file}:${lines.get(key) ?? 1}: unknown field "${key}". Fix: ${hint}remove or rename it; allowed fields are ${allowedKeys.join(', ')}.`;
      });
    }
    const field = String(issue.path[0] ?? '');
    const path = issue.path.join('.');
    const where = `${file}:${lines.get(path) ?? entryLine(lines, issue.path.slice(0, -1).join('.')) ?? lines.get(field) ?? 1}`;
    if (issue.path.length > 0 && valueAt(data, issue.path) === undefined) {
      const name = String(issue.path.at(-1));
      const inEntry = issue.path.length > 1 ? ` to that entry of ${String(issue.path[0])}:` : ' to the front matter';
      return [`${where}: required field "${path}" is missing. Fix: add "${name}:"${inEntry}${issue.message.startsWith(REQUIRED) ? ` (${issue.message.slice(REQUIRED.length)})` : ''}.`];
    }
    const label = path ? `field "${path}"` : 'front matter';
    const fix = issue.code === 'invalid_type' ? ` Fix: ${TYPE_FIX[issue.expected] ?? `write a ${issue.expected}`}.` : '';
    return [`${where}: ${label} ${issue.message.replace(/^Invalid input: /, '')}.${fix}`];
  });
  return `Invalid front matter in ${file}:\n  ${out.join('\n  ')}`;
}

/** How a schema says what a missing field must hold ("is required: the date …"). */
const REQUIRED = 'is required: ';

/** The first line of a list entry ("sources.0"): its first field's line. */
function entryLine(lines: Map<string, number>, entry: string): number | undefined {
  if (!entry.includes('.')) return undefined;
  const found = [...lines].filter(([key]) => key.startsWith(`${entry}.`)).map(([, line]) => line);
  return found.length ? Math.min(...found) : undefined;
}

/** The value at a schema issue's path in the parsed front matter (undefined when any step is missing). */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let at: unknown = data;
  for (const key of path) at = at !== null && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[key] : undefined;
  return at;
}
