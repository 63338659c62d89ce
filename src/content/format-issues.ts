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
    const where = `${file}:${lines.get(path) ?? lines.get(field) ?? 1}`;
    if (issue.path.length === 1 && data[field] === undefined) {
      return [`${where}: required field "${path}" is missing. Fix: add "${path}:" to the front matter.`];
    }
    const label = path ? `field "${path}"` : 'front matter';
    const fix = issue.code === 'invalid_type' ? ` Fix: ${TYPE_FIX[issue.expected] ?? `write a ${issue.expected}`}.` : '';
    return [`${where}: ${label} ${issue.message.replace(/^Invalid input: /, '')}.${fix}`];
  });
  return `Invalid front matter in ${file}:\n  ${out.join('\n  ')}`;
}
