/**
 * The content loader: one folder of `<slug>.md` files per collection, read,
 * checked and rendered with Astro's public loader API only (`parseData`,
 * `store`, `meta`, `generateDigest`, `watcher`, `config`). What an editor
 * gets from it, on every sync (`npm run build`, `npm run check`, `npm run
 * dev`), is every problem at once, each with file:line, what is wrong and
 * how to fix it: file names that are not URL-safe slugs, invalid UTF-8,
 * front matter that is not YAML or does not match the schema, Markdown our
 * plugins refuse, and the collection's own cross-checks (links between
 * explainers, unknown authors, stories and entities).
 *
 * An entry whose file is unchanged (same digest) keeps its stored render,
 * unless the Markdown code changed since (renderer-fingerprint.ts). A
 * render's HTML is kept in a file of its own (body-files.ts), not in the
 * store.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { SLUG_PATTERN, slugify } from '../domain/slugs.ts';
import { settings } from '../config/env.ts';
import { readFacts, type MarkdownFacts } from '../markdown/facts.ts';
import { bodyInPlace, parseMarkdownFile } from './frontmatter.ts';
import { formatFrontmatterIssues } from './format-issues.ts';
import { contentError } from './content-error.ts';
import { rendererFingerprint } from './renderer-fingerprint.ts';
import { RENDERS_PER_TASK, renderPool, rendererOptions, type MarkdownRenderPool } from './render-pool.ts';
import { bodyFileOf, bodyFiles, storedRender, type BodyFiles } from './body-files.ts';

/** An entry as the collection's checks see it. */
export interface LoadedEntry {
  id: string;
  /** The file, relative to the working directory (as error messages show it). */
  file: string;
  /** Front matter after the schema (defaults applied). */
  data: Record<string, unknown>;
  /** What the Markdown plugins recorded; their lines are file lines. */
  facts: MarkdownFacts;
  /** Ids of the body's headings. */
  headingIds: Set<string>;
}

export interface CollectionOptions {
  /** Folder of the collection (absolute). */
  base: string;
  /** Schema the front matter must match; its keys are the allowed fields. */
  schema: z.ZodObject;
  /** Checks across the whole collection once it is loaded; each returned line is a problem with file:line and a fix. */
  check?: ((entries: readonly LoadedEntry[]) => string[]) | undefined;
  /** Advice across the collection: what the build accepts but readers would miss; logged as warnings, each with file and fix. */
  advise?: ((entries: readonly LoadedEntry[]) => string[]) | undefined;
}

const display = (file: string) => relative(process.cwd(), file) || file;

/** Markdown files under `base`, sorted (the file name, not the folder, is the slug). */
function markdownFiles(base: string): string[] {
  if (!existsSync(base)) return [];
  return (readdirSync(base, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((d) => d.isFile() && d.name.endsWith('.md'))
    .map((d) => join(d.parentPath, d.name))
    .sort();
}

/** Files synced at once: four worker tasks' worth, so each of two workers has one to render and one waiting. */
const FILES_AT_ONCE = 4 * RENDERS_PER_TASK;

/** Runs `work` over `items`, at most `limit` at a time (renders may go to worker threads). */
async function eachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await work(items[next++]!);
  });
  await Promise.all(lanes);
}

export function markdownCollection({ base, schema, check, advise }: CollectionOptions): Loader {
  const allowed = Object.keys(schema.shape);
  return {
    name: 'backstory-markdown-collection',
    load: async (context) => {
      const { store, config, logger } = context;
      const root = fileURLToPath(config.root);
      forgetRendersOfOldCode(context, root);
      forgetOtherFolders(context, root, base);

      const pool = renderPool(rendererOptions(config), { workers: settings.workers });
      const bodies = bodyFiles(settings.bodyFilesDir, context.collection);
      const problems = new Map<string, string>();
      const owners = new Map<string, string>();
      const sync = (file: string) => syncFile(context, { file, root, schema, allowed, pool, bodies, owners });
      const files = markdownFiles(base);
      try {
        await eachLimited(files, FILES_AT_ONCE, async (file) => {
          const problem = await sync(file);
          if (problem) problems.set(file, problem);
        });
      } finally {
        await pool.close();
      }
      const present = new Set(owners.keys());
      for (const id of store.keys()) if (!present.has(id)) store.delete(id);
      if (problems.size > 0) {
        throw contentError(
          [...problems.values()].join('\n'),
          'Each line above names the file:line, what is wrong and how to fix it. Field and block reference: README.md, "Writing an explainer" and "Explainer blocks".',
        );
      }
      const crossProblems = check?.(loadedEntries(context)) ?? [];
      if (crossProblems.length > 0) throw contentError(crossProblems.join('\n'), 'Each line above names the file:line and how to fix it.');
      for (const advice of advise?.(loadedEntries(context)) ?? []) logger.warn(advice);
      // Only after a sync that stands: until then the store on disk may still name the older bodies.
      bodies.prune([...store.values()].flatMap((entry) => bodyFileOf(entry.rendered) ?? []));

      // `npm run dev`: keep the collection current as files change; report problems without stopping the server.
      const { watcher } = context;
      if (!watcher) return;
      watcher.add(base);
      const inBase = (path: string) => resolve(path).startsWith(base + sep) && path.endsWith('.md');
      const resync = async (path: string) => {
        if (!inBase(path)) return;
        const devPool = renderPool(rendererOptions(config), { workers: false });
        const problem = await syncFile(context, { file: resolve(path), root, schema, allowed, pool: devPool, bodies, owners });
        const later = problem ? [problem] : (check?.(loadedEntries(context)) ?? []);
        if (later.length) logger.error(later.join('\n'));
        else logger.info(`Reloaded ${display(path)}`);
      };
      watcher.on('change', resync);
      watcher.on('add', resync);
      watcher.on('unlink', (path) => {
        if (!inBase(path)) return;
        const id = idOf(resolve(path));
        if (owners.get(id) === resolve(path)) {
          owners.delete(id);
          store.delete(id);
        }
      });
    },
  };
}

const idOf = (file: string) => file.replace(/^.*[\\/]/, '').replace(/\.md$/, '');

interface SyncOptions {
  file: string;
  root: string;
  schema: z.ZodObject;
  allowed: readonly string[];
  pool: MarkdownRenderPool;
  bodies: BodyFiles;
  /** Which file each id came from, to refuse two files with one slug. */
  owners: Map<string, string>;
}

/** Reads, checks, renders and stores one file; returns what is wrong with it, if anything. */
async function syncFile(context: LoaderContext, { file, root, schema, allowed, pool, bodies, owners }: SyncOptions): Promise<string | undefined> {
  const { store, parseData, generateDigest } = context;
  const shown = display(file);
  const id = idOf(file);
  if (!SLUG_PATTERN.test(id)) {
    return `${shown}: the file name "${id}" is not a URL-safe slug. Fix: rename it to lower-case letters, digits and hyphens, e.g. "${slugify(id)}.md".`;
  }
  const owner = owners.get(id);
  if (owner && owner !== file) {
    return `${shown}: slug "${id}" is already used by ${display(owner)}; both would publish at the same URL. Fix: rename one of the two files.`;
  }
  owners.set(id, file);

  const bytes = readFileSync(file);
  const badByte = firstInvalidUtf8Byte(bytes);
  if (badByte !== undefined) {
    store.delete(id);
    return `${shown}: is not valid UTF-8 (first bad byte at offset ${badByte}). Fix: save the file as UTF-8 (in most editors: "Save with encoding" → UTF-8); text pasted from old documents is often Latin-1 or Windows-1252.`;
  }
  const source = bytes.toString('utf8');
  const filePath = relative(root, file).split(sep).join('/');
  const digest = generateDigest(source);
  const existing = store.get(id);
  const storedBody = bodyFileOf(existing?.rendered);
  if (existing && existing.digest === digest && existing.filePath === filePath && storedBody && bodies.has(storedBody)) return undefined;

  const parsed = parseMarkdownFile(source);
  if (!parsed.ok) {
    store.delete(id);
    return `${shown}:${parsed.error.line}: the front matter is not valid YAML (${parsed.error.reason}). Fix: check that line and the one before it for an unclosed quote, a missing space after ":", or a value with ": " or " #" that needs quotes.`;
  }
  const { data, body, lines, bodyLineOffset } = parsed.file;
  const result = schema.safeParse(data);
  if (!result.success) {
    store.delete(id);
    return formatFrontmatterIssues(shown, result.error.issues, lines, allowed, data);
  }
  let rendered;
  try {
    rendered = await pool.render({ body: bodyInPlace({ body, bodyLineOffset }), data, filePath: file });
  } catch (err) {
    store.delete(id);
    const message = String((err as Error)?.message ?? err);
    // Our plugins' errors already name file:line and the fix; anything else is reported as it came.
    return message.split('\n').find((line) => / Fix: /.test(line)) ?? `${shown}: the Markdown could not be rendered: ${message}`;
  }
  const parsedData = await parseData({ id, data, filePath: file });
  const bodyFile = bodies.write(id, rendered.html, generateDigest(rendered.html));
  // Astro's store ignores a set with the digest it already holds, and the file's digest may be unchanged (its body file went missing).
  store.delete(id);
  store.set({ id, data: parsedData, filePath, digest, rendered: storedRender(rendered.metadata, bodyFile), assetImports: rendered.metadata.imagePaths });
  return undefined;
}

/** The stored entries with what the checks read. */
function loadedEntries(context: LoaderContext): LoadedEntry[] {
  return [...context.store.values()].map((entry) => ({
    id: entry.id,
    file: entry.filePath ?? entry.id,
    data: entry.data,
    facts: readFacts(entry.rendered?.metadata),
    headingIds: new Set((entry.rendered?.metadata?.headings ?? []).map((h) => h.slug)),
  }));
}

/**
 * The content store outlives a run (in dev it is always <root>/.astro) and
 * remembers entries by slug. After BACKSTORY_CONTENT_DIR points somewhere
 * else, the old root's entries would clash with the new root's, so entries
 * from any other folder are dropped.
 */
function forgetOtherFolders(context: LoaderContext, root: string, base: string): void {
  for (const [id, entry] of context.store.entries()) {
    if (entry.filePath && !resolve(root, entry.filePath).startsWith(base + sep)) context.store.delete(id);
  }
}

/** Drops every stored entry when the Markdown code changed since they were rendered (renderer-fingerprint.ts). */
function forgetRendersOfOldCode(context: LoaderContext, root: string): void {
  const fingerprint = rendererFingerprint(root);
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
