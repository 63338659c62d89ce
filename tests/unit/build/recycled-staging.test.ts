import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { discarded, keepForNextBuild, recycledFor, removeStaleRoutes, routeFiles, startStaging } from '../../../src/build/recycled-staging.ts';
import { writeTree } from '../../support/file-tree.ts';

/** Every file under dir with its text, and every folder (with a trailing "/"). */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) {
        out[`${relative(dir, p)}/`] = '';
        walk(p);
      } else out[relative(dir, p)] = readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
}

/** A live site, the site it replaced (as publish keeps it) and the staging folder's path. */
function sites(previous: Record<string, string>, current: Record<string, string>) {
  const work = mkdtempSync(join(tmpdir(), 'backstory-recycle-'));
  const live = join(work, 'dist');
  const old = join(work, 'old');
  writeTree(old, previous);
  // The replaced site was written by an earlier build than the live one.
  for (const path of Object.keys(previous)) utimesSync(join(old, path), new Date('2020-01-01'), new Date('2020-01-01'));
  writeTree(live, current);
  return { work, live, old, staging: `${live}.staging` };
}

describe('the staging folder a build starts from', () => {
  it('starts empty when no build published a recycled folder, discarding a failed build’s staging', async () => {
    const { work, live, staging } = sites({}, { 'index.html': 'live' });
    writeTree(staging, { 'half/written.html': 'partial' });
    // A folder a failed build was still deleting.
    writeTree(`${live}.staging.discarded-1-0`, { 'a.html': 'x' });
    expect(startStaging(live, staging)).toEqual({ carried: undefined, copied: 0 });
    expect(tree(staging)).toEqual({});
    await discarded();
    expect(readdirSync(work).sort()).toEqual(['dist', 'dist.staging']);
  });

  it('starts from the replaced site made equal to the live site’s route files, copying only what differs', () => {
    const { live, old, staging } = sites(
      {
        'index.html': 'old home',
        'articles/a/index.html': 'a',
        'articles/gone/index.html': 'gone',
        'pagefind/x.pf_meta': 'old index',
        '_astro/a.1.js': 'old js',
      },
      { 'index.html': 'new home', 'articles/a/index.html': 'a', 'articles/b/index.html': 'b', 'pagefind/x.pf_meta': 'new index', _headers: 'h' },
    );
    // The unchanged page was carried over by the last build: same size and time as the live one.
    const { atime, mtime } = statSync(join(live, 'articles/a/index.html'));
    utimesSync(join(old, 'articles/a/index.html'), atime, mtime);
    keepForNextBuild(live, old, ['index.html', 'articles/a/index.html', 'articles/b/index.html']);
    expect(existsSync(old)).toBe(false);

    const start = startStaging(live, staging);
    // index.html differs and articles/b is new: two copies; articles/a is current.
    expect(start).toEqual({ carried: ['index.html', 'articles/a/index.html', 'articles/b/index.html'], copied: 2 });
    // Only route files, as the live site has them; the index, assets and the dropped page are gone, with their folders.
    expect(tree(staging)).toEqual({
      'index.html': 'new home',
      'articles/': '',
      'articles/a/': '',
      'articles/a/index.html': 'a',
      'articles/b/': '',
      'articles/b/index.html': 'b',
    });
    expect(existsSync(recycledFor(live))).toBe(false);
    // Copies keep the live file's time, so the next build sees them as current.
    expect(Math.abs(statSync(join(staging, 'index.html')).mtimeMs - statSync(join(live, 'index.html')).mtimeMs)).toBeLessThan(1);
  });

  it('starts empty when Astro kept no record of the last build (every page renders again), discarding the recycled folder', async () => {
    const { work, live, old, staging } = sites({ 'index.html': 'old home' }, { 'index.html': 'new home' });
    keepForNextBuild(live, old, ['index.html']);
    expect(startStaging(live, staging, false)).toEqual({ carried: undefined, copied: 0 });
    expect(tree(staging)).toEqual({});
    await discarded();
    expect(readdirSync(work).sort()).toEqual(['dist', 'dist.staging']);
  });

  it('a same-sized file with another time is copied (content is not compared, so the time must say it)', () => {
    const { live, old, staging } = sites({ 'p/index.html': 'AAAA' }, { 'p/index.html': 'BBBB' });
    keepForNextBuild(live, old, ['p/index.html']);
    expect(startStaging(live, staging).copied).toBe(1);
    expect(readFileSync(join(staging, 'p/index.html'), 'utf8')).toBe('BBBB');
  });

  it('after a first build (nothing replaced) the next build copies every route file from the live site', () => {
    const { work, live, staging } = sites({}, { 'index.html': 'home', 'feed.xml': 'feed', 'pagefind/i': 'index' });
    keepForNextBuild(live, join(work, 'no-previous-site'), ['index.html', 'feed.xml']);
    expect(startStaging(live, staging)).toEqual({ carried: ['index.html', 'feed.xml'], copied: 2 });
    expect(tree(staging)).toEqual({ 'index.html': 'home', 'feed.xml': 'feed' });
  });

  it('a first build into a folder whose parent does not exist yet starts empty', () => {
    const work = mkdtempSync(join(tmpdir(), 'backstory-recycle-'));
    const live = join(work, 'new', 'site', 'dist');
    expect(startStaging(live, `${live}.staging`)).toEqual({ carried: undefined, copied: 0 });
    expect(tree(`${live}.staging`)).toEqual({});
  });

  it('a recycled folder without its route list is not trusted', () => {
    const { live, old, staging } = sites({ 'index.html': 'old' }, { 'index.html': 'new' });
    keepForNextBuild(live, old, ['index.html']);
    writeFileSync(join(recycledFor(live), '.live-routes.json'), '{"not": "a list"}');
    expect(startStaging(live, staging).carried).toBeUndefined();
    expect(tree(staging)).toEqual({});
    expect(existsSync(recycledFor(live))).toBe(false);
  });

  it('after the build wrote its routes, removes the carried ones it no longer has, and their empty folders', () => {
    const { live, old, staging } = sites(
      {},
      { 'index.html': 'home', 'articles/gone/index.html': 'x', 'articles/gone/card.png': 'y', 'articles/kept/index.html': 'k' },
    );
    const carried = ['index.html', 'articles/gone/index.html', 'articles/gone/card.png', 'articles/kept/index.html'];
    keepForNextBuild(live, old, carried);
    const start = startStaging(live, staging);
    writeTree(staging, { 'pagefind/new': 'written by this build' });
    expect(removeStaleRoutes(staging, start, ['index.html', 'articles/kept/index.html'])).toBe(2);
    expect(tree(staging)).toEqual({
      'index.html': 'home',
      'articles/': '',
      'articles/kept/': '',
      'articles/kept/index.html': 'k',
      'pagefind/': '',
      'pagefind/new': 'written by this build',
    });
    // A build that started empty has nothing of the last site to remove.
    expect(removeStaleRoutes(staging, { carried: undefined, copied: 0 }, [])).toBe(0);
  });

  it('reads the route files from astro:build:done’s assets, relative and decoded', () => {
    const out = '/srv/site.staging';
    const url = (p: string) => pathToFileURL(join(out, p));
    const assets = new Map([
      ['/articles/[slug]', [url('articles/b/index.html'), url('articles/a/index.html')]],
      ['/topics/[topic]', [url('topics/북한/index.html')]],
      ['/', [url('index.html'), url('index.html')]],
    ]);
    expect(routeFiles(out, assets)).toEqual(['articles/a/index.html', 'articles/b/index.html', 'index.html', 'topics/북한/index.html']);
  });
});
