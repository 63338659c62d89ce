import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import spec from 'commonmark-spec';
import { renderMarkdown } from '../support/render-markdown.ts';
import { runAstro } from '../support/build-site.ts';

/**
 * Robustness: every example of the CommonMark spec (652) as an article body.
 * Each either builds into a page that passes the Nu HTML Checker, or is
 * refused by one of our policies (raw HTML, images, blocks) with a line and a
 * fix. None may crash.
 */
const OUR_ERROR = /(^|\n)\S+\.md:\d+: .+\. Fix: /;

describe('CommonMark spec corpus', () => {
  it('builds or refuses every example; none crashes; built pages pass the Nu checker', async () => {
    const examples = spec.tests;
    expect(examples.length).toBe(652);
    const accepted: { number: number; markdown: string }[] = [];
    const refused: number[] = [];
    const crashed: string[] = [];
    const content = mkdtempSync(join(tmpdir(), 'backstory-commonmark-'));
    mkdirSync(join(content, 'articles'));
    for (const ex of examples) {
      const markdown = ex.markdown.replace(/→/g, '\t'); // the spec writes tabs as →
      try {
        // Rendered as the article file it would be, so relative image paths are checked too.
        await renderMarkdown(markdown, pathToFileURL(join(content, 'articles', `cm-${String(ex.number).padStart(3, '0')}.md`)));
        accepted.push({ number: ex.number, markdown });
      } catch (e) {
        const message = String((e as Error).message);
        if (OUR_ERROR.test(message)) refused.push(ex.number);
        else crashed.push(`example ${ex.number} (${ex.section}): ${message.split('\n')[0]}`);
      }
    }
    console.log(`CommonMark corpus: ${accepted.length} build, ${refused.length} refused by policy with line and fix, ${crashed.length} crashed`);
    expect(crashed).toEqual([]);

    for (const ex of accepted) {
      const slug = `cm-${String(ex.number).padStart(3, '0')}`;
      writeFileSync(
        join(content, 'articles', `${slug}.md`),
        `---\ntitle: "CommonMark example ${ex.number}"\ndescription: "Robustness fixture."\npublishedAt: 2024-01-01\ntopics: [commonmark]\n---\n\n${ex.markdown}`,
      );
    }
    // Checks across articles (links between explainers) run at sync: an example
    // that links to an article that does not exist is refused there, by file:line.
    const sync = await runAstro('sync', content, { BACKSTORY_NOW: '2025-01-01T00:00:00Z' });
    if (sync.code !== 0) {
      const lines = sync.output.split('\n').filter((l) => /cm-\d+\.md:\d+: /.test(l));
      expect(lines.length, sync.output.slice(-3000)).toBeGreaterThan(0);
      for (const line of lines) {
        expect(line, 'a refusal names file:line and a fix').toMatch(/cm-\d+\.md:\d+: .+\. Fix: /);
        const n = Number(/cm-(\d+)\.md/.exec(line)![1]);
        if (!refused.includes(n)) refused.push(n);
        rmSync(join(content, 'articles', `cm-${String(n).padStart(3, '0')}.md`), { force: true });
      }
    }
    console.log(`CommonMark corpus after cross-article checks: ${examples.length - refused.length} build, ${refused.length} refused`);
    const build = await runAstro('build', content, { BACKSTORY_NOW: '2025-01-01T00:00:00Z' });
    expect(build.code, build.output.slice(-4000)).toBe(0);

    const jar = createRequire(import.meta.url)('vnu-jar') as string;
    let out: string;
    try {
      out = execFileSync('java', ['-jar', jar, '--skip-non-html', '--errors-only', '--format', 'json', '--stdout', join(build.outDir, 'articles')], {
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
      });
    } catch (e) {
      out = String((e as { stdout?: string }).stdout ?? e);
    }
    const messages = (JSON.parse(out) as { messages: { url: string; message: string }[] }).messages;
    expect(messages.map((m) => `${m.url.replace(/^.*\/articles\//, '')}: ${m.message}`)).toEqual([]);
  }, 900_000);
});
