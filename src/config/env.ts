/**
 * The one place that reads the environment. Every setting a deployment, a
 * test or a benchmark may change is parsed and checked here, once, so no
 * other module touches `process.env` (README, "Configuration").
 *
 * Plain Node imports this file too (astro.config.mjs, scripts, worker
 * threads), so it uses only erasable TypeScript and no Vite features.
 */
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { PUBLIC_ADDRESS } from './address.ts';

export type Env = Record<string, string | undefined>;

/** The content root when BACKSTORY_CONTENT_DIR is not set. */
export const DEFAULT_CONTENT_DIR = './content';
/** The address the preview server listens on. */
export const LOCAL_PREVIEW_URL = 'http://127.0.0.1:4321';

export interface Settings {
  /** Content root (absolute): BACKSTORY_CONTENT_DIR, else ./content. */
  contentDir: string;
  /** Whether the content root is the sample site's own ./content. */
  isSampleContent: boolean;
  /** Live output folder (absolute): BACKSTORY_OUT_DIR, else ./dist. */
  outDir: string;
  /** Astro's cache folder (content store, incremental-build pages). */
  cacheDir: string;
  /** Where drawn share images are kept, keyed by what decides their pixels. */
  shareImageCacheDir: string;
  /** Where search-index shards are kept, keyed by the pages they index, so a rebuild re-indexes only the shards that changed. */
  searchShardCacheDir: string;
  /** Where the loader keeps each entry's rendered body (content/body-files.ts), outside Astro's content store, which must fit in one string. */
  bodyFilesDir: string;
  /** Where the post-build steps keep what they read of each page (build/verify/page-facts.ts), so a rebuild reads only changed pages. */
  pageFactsFile: string;
  /** Absolute origin of every canonical, share and feed URL: SITE_URL, else the committed address (config/address.ts). */
  siteUrl: string;
  /** The build is only for looking at on this machine (BACKSTORY_LOCAL_PREVIEW=1), so a loopback site URL is intended. */
  localPreview: boolean;
  /** "Now" for deciding what is published, when fixed by BACKSTORY_NOW (tests, benchmarks); else the clock is read when asked. */
  fixedNow: Date | undefined;
  /** IANA zone in which dates are shown and archive years cut: BACKSTORY_TIMEZONE, else UTC. */
  timeZone: string;
  /** The editors' address (contact page, "Report an error"): BACKSTORY_CONTACT_EMAIL. */
  contactEmail: string;
  /** Markdown and share images on worker threads: on unless BACKSTORY_WORKERS=0 (profiling). */
  workers: boolean;
  /** Explainers per search-index shard, when BACKSTORY_SHARD_SIZE sets it (tests set it small to build many shards from a few pages); else domain/search-shards.ts's SHARD_TARGET. */
  shardSize: number | undefined;
}

/** An environment variable with a value the build cannot use: what is wrong and how to fix it. */
export class SettingError extends Error {
  override name = 'SettingError';
  constructor(message: string) {
    super(message);
    // The message says what to change; a stack trace would only bury it.
    this.stack = `${this.name}: ${message}`;
  }
}

function parseShardSize(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new SettingError(`BACKSTORY_SHARD_SIZE=${value} is not a whole number of explainers. Fix: set it to 1 or more, or unset it for the default.`);
  return n;
}

function parseNow(value: string | undefined): Date | undefined {
  if (!value) return undefined;
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) {
    throw new SettingError(
      `BACKSTORY_NOW="${value}" is not a date-time. Fix: use ISO 8601, e.g. BACKSTORY_NOW=2024-04-01T00:00:00Z, or unset it to use the clock.`,
    );
  }
  return d;
}

function parseTimeZone(value: string | undefined): string {
  const zone = value || 'UTC';
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
  } catch {
    throw new SettingError(`BACKSTORY_TIMEZONE="${zone}" is not a time zone. Fix: use an IANA name such as Asia/Tokyo or Europe/London.`);
  }
  return zone;
}

function parseSiteUrl(value: string | undefined): string {
  const url = value || PUBLIC_ADDRESS;
  try {
    new URL(url);
    return url;
  } catch {
    throw new SettingError(`SITE_URL="${url}" is not an absolute URL. Fix: write it with its scheme, e.g. SITE_URL=https://backstory.example`);
  }
}

/**
 * Astro's content store remembers entries by slug, and two content roots
 * sharing one store would clash, so another content root gets a cache
 * folder of its own.
 */
function astroCacheDir(env: Env, contentDir: string, isSample: boolean): string {
  if (env['BACKSTORY_CACHE_DIR']) return resolve(env['BACKSTORY_CACHE_DIR']);
  if (isSample) return resolve('node_modules/.astro');
  return resolve(`node_modules/.astro/content-${createHash('sha256').update(contentDir).digest('hex').slice(0, 12)}`);
}

/**
 * Share images are keyed by a hash of everything that decides their pixels,
 * so one folder serves every content root, and it lives outside Astro's
 * cache: clearing the content cache need not redraw a thousand images.
 */
function imageCacheDir(env: Env): string {
  if (env['BACKSTORY_CACHE_DIR']) return resolve(env['BACKSTORY_CACHE_DIR'], 'share-images');
  return resolve('node_modules/.cache/backstory/share-images');
}

/** Reads and checks every setting; relative paths resolve from the working directory (the project root). */
export function readSettings(env: Env): Settings {
  const contentDir = resolve(env['BACKSTORY_CONTENT_DIR'] || DEFAULT_CONTENT_DIR);
  const isSampleContent = contentDir === resolve(DEFAULT_CONTENT_DIR);
  return {
    contentDir,
    isSampleContent,
    outDir: resolve(env['BACKSTORY_OUT_DIR'] || './dist'),
    cacheDir: astroCacheDir(env, contentDir, isSampleContent),
    shareImageCacheDir: imageCacheDir(env),
    // In the content root's own cache: a cold build (fresh cache) indexes everything.
    searchShardCacheDir: join(astroCacheDir(env, contentDir, isSampleContent), 'search-shards'),
    pageFactsFile: join(astroCacheDir(env, contentDir, isSampleContent), 'page-facts.json'),
    // Beside the content store that refers to them.
    bodyFilesDir: join(astroCacheDir(env, contentDir, isSampleContent), 'bodies'),
    siteUrl: parseSiteUrl(env['SITE_URL']),
    localPreview: env['BACKSTORY_LOCAL_PREVIEW'] === '1',
    fixedNow: parseNow(env['BACKSTORY_NOW']),
    timeZone: parseTimeZone(env['BACKSTORY_TIMEZONE']),
    contactEmail: env['BACKSTORY_CONTACT_EMAIL'] || 'editors@backstory.example',
    workers: env['BACKSTORY_WORKERS'] !== '0',
    shardSize: parseShardSize(env['BACKSTORY_SHARD_SIZE']),
  };
}

/** Whether an address points at this machine (127.0.0.0/8, ::1, localhost): no reader can follow a link to it. */
export function isLoopback(url: string): boolean {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  return host === 'localhost' || host.endsWith('.localhost') || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

/**
 * Why a build's links would not work for readers, or undefined: a site URL
 * on this machine, in a build that is not declared a local preview.
 */
export function addressWarning(s: Pick<Settings, 'siteUrl' | 'localPreview'>): string | undefined {
  if (!isLoopback(s.siteUrl) || s.localPreview) return undefined;
  return [
    `SITE_URL is ${s.siteUrl}, an address on this machine: every canonical link, share link, share image, feed and sitemap in this build points there, and no reader can open it.`,
    `Fix: for a site readers will visit, unset SITE_URL (the committed address in src/config/address.ts is used) or set it to the public address, e.g. SITE_URL=https://backstory.example.`,
    `If this build is only for looking at on this machine, say so with BACKSTORY_LOCAL_PREVIEW=1.`,
  ].join('\n');
}

/**
 * Pagefind's indexer takes the size of its word-index chunks only from its
 * own environment (PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE, read when its service
 * starts), so it is set here, the one place that touches process.env. A
 * value already set wins.
 */
export function setPagefindChunkSize(size: number): string {
  return (process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= String(size));
}

/** This process's settings. */
export const settings: Settings = readSettings(process.env);

/** "Now" for deciding what is published: BACKSTORY_NOW when set, else the clock. */
export function now(): Date {
  return settings.fixedNow ?? new Date();
}
