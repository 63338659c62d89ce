import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { SLUG_PATTERN } from './schemas.ts';
import { readFrontmatterSource } from './frontmatter.ts';
import { formatFrontmatterIssues } from './format-issues.ts';
import { contentError } from './content-error.ts';
import { slugify } from '../domain/slugs.ts';
import { rendererFingerprint } from './renderer-fingerprint.ts';
import { renderOnWorkers, type AstroConfigLike, type RenderFunction } from './render-pool.ts';

interface Options {
  /** Folder of the collection (absolute, or relative to the project root). */
  base: string;
  /** Schema the front matter must match; its keys are the allowed fields. */
  schema: z.ZodObject;
  /**
   * Checks across the whole collection once it is loaded (e.g. links between
   * articles); each returned line is a problem with file:line and a fix.
   */
  crossCheck?: ((store: LoaderContext['store']) => string[]) | undefined;
}

const display = (file: string) => relative(process.cwd(), file) || file;

/**
 * Astro's glob loader, with the checks an editor needs: the file name is the
 * URL slug (so it must be URL-safe and unique), and front-matter errors name
 * the file, the line, the field and the fix — every problem at once.
 */
export function validatedGlob({ base, schema, crossCheck }: Options): Loader {
  const allowed = Object.keys(schema.shape);
  const owners = new Map<string, string>();
  const inner = glob({
    base,
    pattern: '**/*.md',
    // The store keeps the rendered HTML, not the Markdown source too: a
    // third less to write, bundle and hold in memory (line numbers come from
    // the file: body-offset.ts).
    retainBody: false,
    generateId({ entry, base: baseUrl }) {
      const file = fileURLToPath(new URL(entry, baseUrl));
      const id = entry.replace(/^.*\//, '').replace(/\.md$/, '');
      if (!SLUG_PATTERN.test(id)) {
        throw contentError(
          `${display(file)}: the file name "${id}" is not a URL-safe slug. Fix: rename it to lower-case letters, digits and hyphens, e.g. "${slugify(id)}.md".`,
        );
      }
      const owner = owners.get(id);
      if (owner && owner !== file && existsSync(owner)) {
        throw contentError(
          `${display(file)}: slug "${id}" is already used by ${display(owner)}; both would publish at the same URL. Fix: rename one of the two files.`,
        );
      }
      owners.set(id, file);
      return id;
    },
  });
  return {
    name: 'backstory-validated-glob',
    load: async (context) => {
      // Astro passes its entry types to loaders without typing them publicly.
      const { entryTypes } = context as typeof context & { entryTypes: EntryTypes };
      forgetOtherRoots(context, base);
      forgetRendersOfOldCode(context);
      const renderFailures = new Map<string, string>();
      const closers: (() => Promise<void>)[] = [];
      const wrapped: typeof context & { entryTypes: EntryTypes } = {
        ...context,
        entryTypes: collectRenderFailures(explainYamlErrors(entryTypes), renderFailures, closers),
        async parseData<TData extends Record<string, unknown>>(props: Parameters<typeof context.parseData<TData>>[0]): Promise<TData> {
          const file = props.filePath ?? props.id;
          const bytes = props.filePath ? readFileSync(props.filePath) : Buffer.alloc(0);
          const badByte = firstInvalidUtf8Byte(bytes);
          if (badByte !== undefined) {
            throw contentError(
              `${display(file)}: is not valid UTF-8 (first bad byte at offset ${badByte}).`,
              'Fix: save the file as UTF-8 (in most editors: "Save with encoding" → UTF-8); text pasted from old documents is often Latin-1 or Windows-1252.',
            );
          }
          const source = readFrontmatterSource(bytes.toString('utf8'));
          const data = withDateLiterals(props.data, source.scalars);
          const result = schema.safeParse(data);
          if (!result.success) {
            throw contentError(
              formatFrontmatterIssues(display(file), result.error.issues, source.lines, allowed, data),
              'Each line above names the file:line, the field and how to fix it. Field reference: README.md, "Writing an explainer".',
            );
          }
          return context.parseData({ ...props, data: data as TData });
        },
      };
      try {
        await inner.load(wrapped);
      } finally {
        await Promise.all(closers.map((close) => close()));
      }
      if (renderFailures.size > 0) {
        // Astro's glob loader only logs a render error and keeps the entry,
        // and its cache would skip the unchanged file next time, so the error
        // would vanish from later builds. Drop the entries (they re-render,
        // and fail again, until fixed) and stop the build with every error.
        for (const id of renderFailures.keys()) context.store.delete(id);
        throw contentError(
          [...renderFailures.values()].join('\n'),
          'Each line above names the file:line, what is wrong in the Markdown and how to fix it. Block reference: README.md, "Explainer blocks".',
        );
      }
      const problems = crossCheck?.(context.store) ?? [];
      if (problems.length > 0) {
        throw contentError(problems.join('\n'), 'Each line above names the file:line and how to fix it.');
      }
    },
  };
}


/** The part of Astro's (internal) content entry type this loader wraps. */
interface EntryType {
  getEntryInfo(params: { contents: string; fileUrl: URL }): Promise<unknown>;
  [key: string]: unknown;
}
type EntryTypes = Map<string, EntryType>;

/**
 * The content store outlives a run (in dev it is always <root>/.astro), and
 * remembers entries by slug. After BACKSTORY_CONTENT_DIR points somewhere
 * else, the old root's entries would clash with the new root's ("multiple
 * entries with the same slug"), so entries from any other folder are dropped.
 */
function forgetOtherRoots(context: LoaderContext, base: string): void {
  const root = fileURLToPath(context.config.root);
  const folder = resolve(root, base);
  for (const [id, entry] of context.store.entries()) {
    if (entry.filePath && !resolve(root, entry.filePath).startsWith(folder + sep)) context.store.delete(id);
  }
}

/** Drops every cached entry when the Markdown code changed since they were rendered (renderer-fingerprint.ts). */
function forgetRendersOfOldCode(context: LoaderContext): void {
  const fingerprint = rendererFingerprint(fileURLToPath(context.config.root));
  if (context.meta.get('renderer') !== fingerprint) {
    context.store.clear();
    context.meta.set('renderer', fingerprint);
  }
}

/** Offset of the first byte that is not valid UTF-8, if any (decoding would turn it into U+FFFD). */
function firstInvalidUtf8Byte(bytes: Buffer): number | undefined {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return undefined;
  } catch {
    const roundTrip = Buffer.from(bytes.toString('utf8'), 'utf8');
    let i = 0;
    while (i < bytes.length && bytes[i] === roundTrip[i]) i++;
    return i;
  }
}

/**
 * Records each entry whose Markdown fails to render (our plugins throw
 * "file:line: problem. Fix: …") instead of letting the glob loader log it
 * and store the entry with no body. Renders go to worker threads when many
 * are asked for (markdown-render-pool.ts); `closers` end those workers.
 */
function collectRenderFailures(entryTypes: EntryTypes, failures: Map<string, string>, closers: (() => Promise<void>)[]): EntryTypes {
  const wrapped: EntryTypes = new Map();
  for (const [ext, type] of entryTypes) {
    const getRenderFunction = type['getRenderFunction'] as ((config: unknown) => Promise<RenderFunction>) | undefined;
    if (!getRenderFunction) {
      wrapped.set(ext, type);
      continue;
    }
    wrapped.set(ext, {
      ...type,
      async getRenderFunction(config: unknown): Promise<RenderFunction> {
        const pooled = renderOnWorkers(await getRenderFunction.call(type, config), config as AstroConfigLike);
        closers.push(pooled.close);
        const render = pooled.render;
        return async (params) => {
          try {
            return await render(params);
          } catch (err) {
            const message = String((err as Error).message ?? err);
            // Astro prefixes "Failed to parse Markdown file …:"; our own message already names the file.
            const ours = message.split('\n').find((line) => / Fix: /.test(line));
            failures.set(params.id, ours ?? `${params.filePath ? display(params.filePath) : params.id}: the Markdown could not be rendered: ${message}`);
            return undefined;
          }
        };
      },
    });
  }
  return wrapped;
}

/** Re-throws front-matter YAML errors with the file, the line and a fix. */
function explainYamlErrors(entryTypes: EntryTypes): EntryTypes {
  const wrapped: EntryTypes = new Map();
  for (const [ext, type] of entryTypes) {
    wrapped.set(ext, {
      ...type,
      async getEntryInfo(params: { contents: string; fileUrl: URL }) {
        try {
          return await type.getEntryInfo(params);
        } catch (err) {
          const file = display(fileURLToPath(params.fileUrl));
          const e = err as { reason?: string; message?: string; mark?: { line: number }; loc?: { line?: number } };
          const line = e.loc?.line ?? (e.mark ? e.mark.line + 2 : 1); // js-yaml counts from 0, after the opening ---
          const reason = e.reason ?? String(e.message).split('\n')[0];
          throw contentError(
            `${file}:${line}: the front matter is not valid YAML (${reason}).`,
            'Fix: check that line and the one before it for an unclosed quote, a missing space after ":", or a value with ": " or " #" that needs quotes.',
          );
        }
      },
    });
  }
  return wrapped;
}

/**
 * js-yaml reads unquoted timestamps as Dates, dropping the offset and rolling
 * impossible days over (2024-02-30 becomes 1 March). Every Date is put back
 * as the literal the editor wrote, for the schema to check and keep.
 */
function withDateLiterals(data: Record<string, unknown>, scalars: Map<string, string>): Record<string, unknown> {
  const copy = structuredClone(data);
  for (const [path, literal] of scalars) {
    const keys = path.split('.');
    const last = keys.pop()!;
    let holder: unknown = copy;
    for (const k of keys) holder = (holder as Record<string, unknown> | undefined)?.[k];
    if (holder && typeof holder === 'object' && (holder as Record<string, unknown>)[last] instanceof Date) {
      (holder as Record<string, unknown>)[last] = literal;
    }
  }
  return copy;
}
