import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { articleSchema } from '../../../src/content/schemas/article.ts';
import { topicSchema } from '../../../src/content/schemas/topic.ts';
import { formatFrontmatterIssues } from '../../../src/content/format-issues.ts';
import { parseMarkdownFile } from '../../../src/content/frontmatter.ts';

const parsed = (source: string) => {
  const r = parseMarkdownFile(source);
  if (!r.ok) throw new Error(`not parsed: ${r.error.reason}`);
  return r.file;
};

const valid = {
  title: 'Why Kim Jong Un is courting Japan now',
  description: 'The dek.',
  publishedAt: '2024-03-26T09:00:00+09:00',
  topics: ['north-korea', 'japan'],
};

describe('articleSchema', () => {
  it('accepts the README example and fills defaults', () => {
    const a = articleSchema.parse({ ...valid, updatedAt: '2024-03-27' });
    expect(a.publishedAt).toBe('2024-03-26T09:00:00+09:00');
    expect(a.authors).toEqual(['staff']);
    expect(a.draft).toBe(false);
  });
  it('accepts a Date (front matter from another loader) as its ISO string', () => {
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
  const source = parsed(raw);
  const data = source.data;
  const r = articleSchema.safeParse(data);
  const message = formatFrontmatterIssues('content/articles/x.md', r.error!.issues, source.lines, Object.keys(articleSchema.shape), data);

  it('names file:line, the field and a fix for every problem at once', () => {
    expect(message).toContain('content/articles/x.md:3: unknown field "publishedat". Fix: did you mean "publishedAt"?');
    expect(message).toContain('allowed fields are title, description, publishedAt, updatedAt, topics, authors, draft');
    expect(message).toContain('content/articles/x.md:1: required field "description" is missing. Fix: add "description:"');
    expect(message).toContain('content/articles/x.md:4: field "topics" expected array, received string. Fix: write a list in brackets');
  });
  it('names a field missing inside a list entry, with the line of that entry', () => {
    const file = parsed('---\ntitle: "x"\ndescription: "d"\npublishedAt: 2024-03-26\ntopics: [japan]\nsources:\n  - id: ap\n    publisher: AP\n    title: "T"\n---\nBody');
    const issues = articleSchema.safeParse(file.data).error!.issues;
    expect(formatFrontmatterIssues('content/articles/x.md', issues, file.lines, Object.keys(articleSchema.shape), file.data)).toContain(
      'content/articles/x.md:7: required field "sources.0.date" is missing. Fix: add "date:" to that entry of sources: (the date the source was published, e.g. 2024-03-25, 2024-03 or 2024).',
    );
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

describe('parseMarkdownFile', () => {
  it('reads keys of list items as dotted paths, with their file lines', () => {
    const f = parsed('---\ncorrections:\n  - date: 2024-03-28\n    text: "A"\n  - date: 2024-02-30 # typo\n    text: B\ntopics: [x, y]\n---\n');
    expect(f.lines.get('corrections.1.date')).toBe(5);
    expect(f.lines.get('corrections.0.text')).toBe(4);
    expect(f.lines.get('topics')).toBe(7);
    expect(f.lines.get('topics.1')).toBe(7);
  });
  it('keeps dates as the literal text written, offsets and impossible days included', () => {
    const f = parsed('\uFEFF---\r\ntitle: "A: b"\r\npublishedAt: 2024-03-26T09:00:00+09:00 # comment\r\nupdatedAt: 2024-02-30\r\n---\r\n');
    expect(f.data).toEqual({ title: 'A: b', publishedAt: '2024-03-26T09:00:00+09:00', updatedAt: '2024-02-30' });
    expect(f.lines.get('title')).toBe(2);
  });
  it('returns no data and the whole text as the body for a file without front matter', () => {
    expect(parsed('Just text\n')).toMatchObject({ data: {}, body: 'Just text', bodyLineOffset: 0 });
  });
  it('reports invalid YAML with its file line', () => {
    expect(parseMarkdownFile('---\ntitle: x\ndescription: "unclosed\ntopics: [a]\n---\nBody')).toMatchObject({ ok: false, error: { line: 3 } });
    expect(parseMarkdownFile('\n\n---\ntitle: a: b\n---\nBody')).toMatchObject({ ok: false, error: { line: 4 } });
    expect(parseMarkdownFile('---\ntitle: x\ntitle: y\n---\n')).toMatchObject({ ok: false, error: { line: 3 } });
  });
  it('cuts the body as Astro does (front matter removed, trimmed), and counts the lines above it', () => {
    const frontmatter = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;
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
      const f = parsed(source);
      expect(f.body, source.slice(0, 40)).toBe(source.replace(frontmatter, '').trim());
      // The body's first line, counted in the file.
      const firstLine = source.split(/\r?\n/).findIndex((line, i) => i >= f.bodyLineOffset && line.trim() === f.body.split(/\r?\n/)[0]!.trim());
      expect(firstLine, source.slice(0, 40)).toBe(f.bodyLineOffset);
    }
  });
});

describe('sources', () => {
  const source = (id: string, date?: string) => ({ id, publisher: 'Associated Press', title: 'A report', ...(date ? { date } : {}) });
  it('need a date', () => {
    const r = articleSchema.safeParse({ ...valid, sources: [source('ap')] });
    expect(r.error!.issues.map((i) => i.path)).toEqual([['sources', 0, 'date']]);
  });
  it('may not postdate the explainer unless an update or correction added them', () => {
    expect(articleSchema.safeParse({ ...valid, sources: [source('ap', '2024-03-26'), source('jiji', '2024-03')] }).success).toBe(true);
    const late = articleSchema.safeParse({ ...valid, sources: [source('ap', '2024-03-25'), source('kcna', '2024-03-29')] });
    expect(late.error!.issues.map((i) => i.path)).toEqual([['sources', 1, 'date']]);
    expect(late.error!.issues[0]!.message).toMatch(/after publishedAt .* add the update that added this source/);
    const updated = { ...valid, updates: [{ date: '2024-03-29', text: 'Added the foreign minister’s statement.' }], sources: [source('kcna', '2024-03-29')] };
    expect(articleSchema.safeParse(updated).success).toBe(true);
    expect(articleSchema.safeParse({ ...updated, sources: [source('kcna', '2024-03-30')] }).success).toBe(false);
  });
});
