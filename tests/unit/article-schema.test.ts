import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { articleSchema, topicSchema } from '../../src/content/schemas.ts';
import { formatFrontmatterIssues } from '../../src/content/format-issues.ts';
import { readFrontmatterSource } from '../../src/content/frontmatter.ts';

const valid = {
  title: 'Why Kim Jong Un is courting Japan now',
  description: 'The dek.',
  publishedAt: '2024-03-26T09:00:00+09:00',
  topics: ['north-korea', 'japan'],
};

describe('articleSchema', () => {
  it('accepts the ARCHITECTURE.md example and fills defaults', () => {
    const a = articleSchema.parse({ ...valid, updatedAt: '2024-03-27' });
    expect(a.publishedAt).toBe('2024-03-26T09:00:00+09:00');
    expect(a.authors).toEqual(['staff']);
    expect(a.draft).toBe(false);
  });
  it('accepts a js-yaml Date when no literal was recovered', () => {
    expect(articleSchema.parse({ ...valid, publishedAt: new Date('2024-03-26T00:00:00Z') }).publishedAt).toBe('2024-03-26T00:00:00.000Z');
  });
  it('refuses unknown keys, missing fields and wrong types', () => {
    const r = articleSchema.safeParse({ title: 'x', publishedat: '2024-03-26', topics: 'japan' });
    expect(r.success).toBe(false);
    const codes = r.error!.issues.map((i) => `${i.code}:${i.path.join('.')}`);
    expect(codes).toEqual(
      expect.arrayContaining(['unrecognized_keys:', 'invalid_type:description', 'invalid_type:topics']),
    );
  });
  it('refuses an empty topic list, bad topic slugs and impossible dates', () => {
    expect(articleSchema.safeParse({ ...valid, topics: [] }).success).toBe(false);
    expect(articleSchema.safeParse({ ...valid, topics: ['North Korea'] }).success).toBe(false);
    expect(articleSchema.safeParse({ ...valid, publishedAt: '2024-02-30' }).success).toBe(false);
  });
  it('refuses an update dated before publication', () => {
    const r = articleSchema.safeParse({ ...valid, updatedAt: '2024-03-20' });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path).toEqual(['updatedAt']);
  });
  it('topics need a title and nothing unknown', () => {
    expect(topicSchema.safeParse({ title: 'Japan' }).success).toBe(true);
    expect(topicSchema.safeParse({ name: 'Japan' }).success).toBe(false);
  });
});

describe('formatFrontmatterIssues', () => {
  const raw = '---\ntitle: "x"\npublishedat: 2024-03-26\ntopics: japan\n---\nBody';
  const source = readFrontmatterSource(raw);
  const data = { title: 'x', publishedat: '2024-03-26', topics: 'japan' };
  const r = articleSchema.safeParse(data);
  const message = formatFrontmatterIssues('content/articles/x.md', r.error!.issues, source.lines, Object.keys(articleSchema.shape), data);

  it('names file:line, the field and a fix for every problem at once', () => {
    expect(message).toContain('content/articles/x.md:3: unknown field "publishedat". Fix: did you mean "publishedAt"?');
    expect(message).toContain('allowed fields are title, description, publishedAt, updatedAt, topics, authors, draft');
    expect(message).toContain('content/articles/x.md:1: required field "description" is missing. Fix: add "description:"');
    expect(message).toContain('content/articles/x.md:4: field "topics" expected array, received string. Fix: write a list in brackets');
  });
});

describe('corrections and updates', () => {
  it('accept dated entries and refuse one dated before publication, naming its path', () => {
    const ok = articleSchema.parse({ ...valid, corrections: [{ date: '2024-03-28', text: 'Fixed a date.' }] });
    expect(ok.corrections).toEqual([{ date: '2024-03-28', text: 'Fixed a date.' }]);
    expect(ok.updates).toEqual([]);
    const r = articleSchema.safeParse({ ...valid, updates: [{ date: '2024-03-25', text: 'Too early.' }] });
    expect(r.error!.issues[0]!.path).toEqual(['updates', 0, 'date']);
    expect(articleSchema.safeParse({ ...valid, corrections: [{ date: '2024-03-28' }] }).success).toBe(false);
  });
});

describe('readFrontmatterSource', () => {
  it('reads keys of list items as dotted paths', () => {
    const s = readFrontmatterSource('---\ncorrections:\n  - date: 2024-03-28\n    text: "A"\n  - date: 2024-02-30 # typo\n    text: B\ntopics: [x]\n---\n');
    expect(s.lines.get('corrections.1.date')).toBe(5);
    expect(s.scalars.get('corrections.0.date')).toBe('2024-03-28');
    expect(s.scalars.get('corrections.1.date')).toBe('2024-02-30');
    expect(s.scalars.get('corrections.1.text')).toBe('B');
    expect(s.lines.get('topics')).toBe(7);
  });
  it('maps keys to lines and keeps date literals as written', () => {
    const s = readFrontmatterSource('\uFEFF---\r\ntitle: "A: b"\r\npublishedAt: 2024-03-26T09:00:00+09:00 # comment\r\n---\r\n');
    expect(s.lines.get('title')).toBe(2);
    expect(s.scalars.get('publishedAt')).toBe('2024-03-26T09:00:00+09:00');
    expect(s.scalars.get('title')).toBe('A: b');
  });
  it('returns nothing for a file without front matter', () => {
    expect(readFrontmatterSource('Just text').lines.size).toBe(0);
  });
});

describe('bodyLineOffset', () => {
  it('counts the lines above the body, front matter and blank lines included', async () => {
    const { bodyLineOffset } = await import('../../src/markdown/body-offset.ts');
    const source = '---\ntitle: x\ndate: y\n---\n\n\nFirst line of the body.\nSecond.';
    expect(bodyLineOffset(source, 'First line of the body.\nSecond.')).toBe(6);
    expect(bodyLineOffset('No front matter.', 'No front matter.')).toBe(0);
  });
  it('is the same computed from the file alone (the store keeps no body)', async () => {
    const { bodyLineOffset, bodyLineOffsetOf } = await import('../../src/markdown/body-offset.ts');
    const frontmatter = /^\uFEFF?---\r?\n[\s\S]*?\r?\n---\r?\n?/;
    const sources = [
      '---\ntitle: x\ndate: y\n---\n\n\nFirst line of the body.\nSecond.',
      '---\r\ntitle: x\r\n---\r\n\r\nBody with CRLF.\r\n',
      '\uFEFF---\ntitle: x\n---\nBody right after.',
      '---\ntitle: x\n---\n\n   Indented first line.\n',
      'No front matter.',
      '\n\nNo front matter, blank lines first.',
      ...readdirSync('content/articles').map((f) => readFileSync(join('content/articles', f), 'utf8')),
    ];
    for (const source of sources) {
      const body = source.replace(frontmatter, '').trim();
      expect(bodyLineOffsetOf(source), source.slice(0, 40)).toBe(bodyLineOffset(source, body));
    }
  });
});
