/**
 * The one place that reads the environment. Every setting a deployment, a
 * test or a benchmark may change is parsed and checked here, once, so no
 * other module touches `process.env` (README, "Configuration").
 *
 * Plain Node imports this file too (astro.config.mjs, scripts, worker
 * threads), so it uses only erasable TypeScript and no Vite features.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';

export type Env = Record<string, string | undefined>;

/** The content root when BACKSTORY_CONTENT_DIR is not set. */
export const DEFAULT_CONTENT_DIR = './content';
/** The address the preview server listens on, and the site URL when SITE_URL is not set. */
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
  /** Absolute origin of every canonical, share and feed URL: SITE_URL, else the local preview address. */
  siteUrl: string;
  /** "Now" for deciding what is published, when fixed by BACKSTORY_NOW (tests, benchmarks); else the clock is read when asked. */
  fixedNow: Date | undefined;
  /** IANA zone in which dates are shown and archive years cut: BACKSTORY_TIMEZONE, else UTC. */
  timeZone: string;
  /** The editors' address (contact page, "Report an error"): BACKSTORY_CONTACT_EMAIL. */
  contactEmail: string;
  /** Markdown and share images on worker threads: on unless BACKSTORY_WORKERS=0 (profiling). */
  workers: boolean;
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
  const url = value || LOCAL_PREVIEW_URL;
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
    siteUrl: parseSiteUrl(env['SITE_URL']),
    fixedNow: parseNow(env['BACKSTORY_NOW']),
    timeZone: parseTimeZone(env['BACKSTORY_TIMEZONE']),
    contactEmail: env['BACKSTORY_CONTACT_EMAIL'] || 'editors@backstory.example',
    workers: env['BACKSTORY_WORKERS'] !== '0',
  };
}

/** This process's settings. */
export const settings: Settings = readSettings(process.env);

/** "Now" for deciding what is published: BACKSTORY_NOW when set, else the clock. */
export function now(): Date {
  return settings.fixedNow ?? new Date();
}
