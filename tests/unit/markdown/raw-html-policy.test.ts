import { describe, expect, it } from 'vitest';
import { isDangerousUrl, rawHtmlProblem } from '../../../src/markdown/raw-html-policy.ts';
import { renderMarkdown } from '../../support/render-markdown.ts';

describe('raw HTML policy', () => {
  it('allows formatting HTML: abbreviations, superscripts, ruby, tables, details, time, safe links', () => {
    for (const ok of [
      '<abbr title="Northern Limit Line">NLL</abbr>',
      'm<sup>2</sup>',
      '<ruby>金<rt>きん</rt></ruby>',
      '<table><thead><tr><th scope="col" colspan="2">A</th></tr></thead><tbody><tr><td rowspan="2">1</td></tr></tbody></table>',
      '<details open><summary>More</summary><p>Text</p></details>',
      '<time datetime="2024-03-27">27 March</time>',
      '<a href="https://example.org/" rel="noopener">x</a>',
      '<span lang="ko" aria-label="x">김정은</span>',
      '<!-- an editor note -->',
    ]) {
      expect(rawHtmlProblem(ok), ok).toBeNull();
    }
  });

  it('refuses scripts, frames, objects, styles, forms and meta elements', () => {
    expect(rawHtmlProblem('<script>alert(1)</script>')).toBe('the <script> element is not allowed');
    expect(rawHtmlProblem('<iframe src="https://example.org/"></iframe>')).toBe('the <iframe> element is not allowed');
    expect(rawHtmlProblem('<object data="x.swf"></object>')).toBe('the <object> element is not allowed');
    expect(rawHtmlProblem('<embed src="x">')).toBe('the <embed> element is not allowed');
    expect(rawHtmlProblem('<style>body{display:none}</style>')).toBe('the <style> element is not allowed');
    expect(rawHtmlProblem('<form action="/x"><input></form>')).toBe('the <form> element is not allowed');
    expect(rawHtmlProblem('<SCRIPT SRC=//evil.example></SCRIPT>')).toBe('the <script> element is not allowed');
    expect(rawHtmlProblem('<svg onload=alert(1)>')).toBe('the <svg> element is not allowed');
  });

  it('refuses event handlers, style attributes and code URLs, however disguised', () => {
    expect(rawHtmlProblem('<span onclick="alert(1)">x</span>')).toBe('event-handler attributes such as onclick= are not allowed');
    expect(rawHtmlProblem('<span ONMOUSEOVER=alert(1)>x</span>')).toBe('event-handler attributes such as onmouseover= are not allowed');
    expect(rawHtmlProblem('<span style="color:red">x</span>')).toMatch(/^style= attributes are not allowed/);
    expect(rawHtmlProblem('<a href="javascript:alert(1)">x</a>')).toMatch(/uses a javascript:, vbscript: or data: URL/);
    expect(rawHtmlProblem('<a href="jav&#x61;script:alert(1)">x</a>')).toMatch(/javascript:/);
    expect(rawHtmlProblem('<a href=" java\tscript:alert(1)">x</a>')).toMatch(/javascript:/);
    expect(rawHtmlProblem('<a href="data:text/html,<b>x</b>">x</a>')).toMatch(/data:/);
    expect(rawHtmlProblem('<span srcdoc="x">y</span>')).toBe('the srcdoc= attribute is not allowed on <span>');
    expect(rawHtmlProblem('<scr<script>ipt>alert(1)</script>')).not.toBeNull();
    expect(rawHtmlProblem('<!DOCTYPE html>')).toMatch(/declarations/);
  });

  it('treats only code-running schemes as dangerous', () => {
    expect(isDangerousUrl('https://example.org/')).toBe(false);
    expect(isDangerousUrl('/articles/x/')).toBe(false);
    expect(isDangerousUrl('mailto:a@b.c')).toBe(false);
    expect(isDangerousUrl('JaVaScRiPt:alert(1)')).toBe(true);
    expect(isDangerousUrl('javascript&colon;alert(1)')).toBe(true);
  });

  it('stops the build at the line, for raw HTML and for Markdown links alike', async () => {
    await expect(renderMarkdown('Intro.\n\n<script>alert(1)</script>')).rejects.toThrow(
      /<markdown>:3: raw HTML refused: the <script> element is not allowed\. Fix: use Markdown/,
    );
    await expect(renderMarkdown('Text <span onclick="x()">y</span>.')).rejects.toThrow(/<markdown>:1: raw HTML refused: event-handler attributes/);
    await expect(renderMarkdown('A [link](javascript:alert(1)) here.')).rejects.toThrow(/<markdown>:1: the link "javascript:alert\(1\)" uses a javascript:/);
    await expect(renderMarkdown('![img](data:image/png;base64,xx)')).rejects.toThrow(/uses a javascript:, vbscript: or data: URL/);
    expect(await renderMarkdown('The <abbr title="Northern Limit Line">NLL</abbr> runs west.')).toContain('<abbr title="Northern Limit Line">NLL</abbr>');
  });
});

describe('HTML blocks', () => {
  it('must close the containers they open (a blank line ends an HTML block)', async () => {
    const { unbalancedBlock } = await import('../../../src/markdown/raw-html-policy.ts');
    expect(unbalancedBlock('<table><tr><td>1</td></tr></table>')).toBeNull();
    expect(unbalancedBlock('<table>')).toBe('<table> is not closed in the same HTML block (a blank line ends an HTML block)');
    expect(unbalancedBlock('</div>')).toBe('</div> closes an element this block did not open');
    await expect(renderMarkdown('<table>\n\n  <tr><td>Hi</td></tr>\n\n</table>')).rejects.toThrow(/<markdown>:1: raw HTML refused: <table> is not closed/);
  });
  it('refuse raw <pre> (code fences do that) and invalid web addresses', async () => {
    await expect(renderMarkdown('<pre>\nx\n</pre>')).rejects.toThrow(/the <pre> element is not allowed/);
    await expect(renderMarkdown('<https://../>')).rejects.toThrow(/is not a valid web address/);
    expect(await renderMarkdown('Inline <span lang="ko">김정은</span> text.')).toContain('<span lang="ko">김정은</span>');
  });
});
