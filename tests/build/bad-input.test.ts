import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runAstro } from '../support/build-site.ts';

/**
 * Each fixture under tests/fixtures/bad/ holds one kind of mistake. The
 * content sync (the first step of every build) must stop with a message that
 * names the file, the line and field, and the fix.
 */
const cases: [fixture: string, expected: (string | RegExp)[]][] = [
  ['missing-title', ['articles/broken.md:1: required field "title" is missing', 'Fix: add "title:"']],
  ['wrong-type', ['articles/wrong-type.md:5: field "topics" expected array, received string', 'Fix: write a list in brackets']],
  ['impossible-date', ['articles/impossible-date.md:4: field "publishedAt" "2024-02-30" has day 30, but 2024-02 has 29 days', 'write 2024-03-26']],
  ['unparseable-date', ['articles/unparseable-date.md:4: field "publishedAt" "last Tuesday" is not an ISO 8601 date']],
  [
    'unknown-key',
    ['articles/unknown-key.md:4: unknown field "publishedat"', 'did you mean "publishedAt"?', 'allowed fields are title, description, publishedAt'],
  ],
  ['broken-yaml', [/articles\/broken-yaml\.md:\d+: the front matter is not valid YAML/, 'Fix: check that line']],
  ['duplicate-slug', [/slug "dup" is already used by .*dup\.md; both would publish at the same URL/, 'Fix: rename one of the two files']],
  ['update-before-publish', ['articles/update-before-publish.md:5: field "updatedAt" (2024-03-20) is before publishedAt (2024-03-26)']],
  [
    'correction-before-publish',
    ['articles/early-correction.md:9: field "corrections.1.date" (2023-03-28) is before publishedAt (2024-03-26); a correction cannot precede publication'],
  ],
  [
    'broken-article-link',
    [
      'articles/linker.md:10: the link "target.md#no-such-heading" points at no heading of /articles/target/. Fix: use one of #the-only-heading',
      'articles/linker.md:10: the link "/articles/no-such-article/" points at no explainer',
    ],
  ],
  ['bad-file-name', ['the file name "Kim Jong Un" is not a URL-safe slug', 'rename it to lower-case letters, digits and hyphens, e.g. "kim-jong-un.md"']],
  // References to other collections are checked at sync too, so `npm run check` refuses what the build would.
  ['unknown-author', ['articles/unknown-author.md:6: author "jane-doe" has no file content/authors/jane-doe.md', 'Fix: add the author file']],
  ['unknown-story', ['articles/unknown-story.md:5: story "no-such-story" has no file content/stories/no-such-story.md', 'Fix: add the story file']],
  ['unknown-entity', ['articles/unknown-entity.md:10: unknown entity "kim-jong-oon" (no content/entities/kim-jong-oon.md)', 'Fix: add the entity file']],
];

/** Markdown and redirect errors, in a full build. */
const bodyCases: [fixture: string, expected: string][] = [
  ['unknown-block', 'articles/unknown-block.md:10: ":::keypoints" is not a block we know. Fix: known blocks are :::key-points'],
  [
    'unclosed-block',
    'articles/unclosed-block.md:9: the block ":::background" is never closed, so it would swallow the rest of the article. Fix: add a line ":::"',
  ],
  [
    'timeline-bad-date',
    'articles/timeline-bad-date.md:10: timeline entry "Later that year: talks stall." does not start with a valid date. Fix: start it with YYYY-MM-DD',
  ],
  ['missing-image', 'articles/missing-image.md:10: the image "../images/harbor.jpg" does not exist'],
  ['image-without-alt', 'articles/image-without-alt.md:10: the image "../images/harbour.jpg" has no alt text. Fix: describe what it shows'],
  ['redirect-collision', 'articles/alpha.md: redirectFrom "beta" is the slug of a live article'],
  ['figure-without-credit', 'articles/figure-without-credit.md:10: ":::figure" has no credit. Fix: say who made or owns the image'],
];

describe('a malformed block stops the build with file, line and fix', () => {
  for (const [fixture, expected] of bodyCases) {
    it(fixture, async () => {
      const r = await runAstro('build', resolve('tests/fixtures/bad', fixture));
      expect(r.code).not.toBe(0);
      expect(r.output).toContain(expected);
      expect(r.output).not.toMatch(/Stack trace|\n\s+at /);
    });
  }
});

describe('bad input stops the build with a clear message', () => {
  it('every problem of every file at once, none with a stack trace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'backstory-many-errors-'));
    mkdirSync(join(dir, 'articles'));
    const front = (extra: string) => `---\ntitle: "T"\ndescription: "D"\npublishedAt: 2024-03-26\ntopics: [japan]\n${extra}---\n\n`;
    writeFileSync(join(dir, 'articles', 'one.md'), `${front('publishedat: 2024-03-26\n')}Body.\n`);
    writeFileSync(join(dir, 'articles', 'two.md'), `${front('')}:::keypoints\n- x\n:::\n`);
    writeFileSync(join(dir, 'articles', 'three.md'), `---\ntitle: "unclosed\n---\nBody.\n`);
    const r = await runAstro('sync', dir);
    expect(r.code).not.toBe(0);
    expect(r.output).toContain('articles/one.md:6: unknown field "publishedat"');
    expect(r.output).toContain('articles/two.md:8: ":::keypoints" is not a block we know');
    expect(r.output).toContain('articles/three.md:2: the front matter is not valid YAML');
    expect(r.output).not.toMatch(/Stack trace|\n\s+at /);
  });

  it('a content root without articles/', async () => {
    const r = await runAstro('sync', resolve('tests/fixtures/no-such-folder'));
    expect(r.code).not.toBe(0);
    expect(r.output).toContain('No articles folder at');
    expect(r.output).toContain('Fix: point BACKSTORY_CONTENT_DIR at a folder that holds articles/<slug>.md');
  });

  for (const [fixture, expected] of cases) {
    it(fixture, async () => {
      const r = await runAstro('sync', resolve('tests/fixtures/bad', fixture));
      expect(r.code).not.toBe(0);
      for (const e of expected) {
        if (typeof e === 'string') expect(r.output).toContain(e);
        else expect(r.output).toMatch(e);
      }
      expect(r.output).not.toMatch(/Stack trace|\n\s+at /);
    });
  }
});
