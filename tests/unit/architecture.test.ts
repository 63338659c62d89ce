import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The folders of src/ and which may import which (docs/architecture.md).
 * Imports are read with TypeScript's own pre-processor, from .ts files and
 * from the front matter and scripts of .astro files.
 */
const ALLOWED: Record<string, string[]> = {
  domain: [],
  config: [],
  styles: [],
  markdown: ['domain'],
  content: ['domain', 'config', 'markdown'],
  data: ['domain', 'config', 'markdown', 'content'],
  search: ['domain', 'config', 'data'],
  sharing: ['domain', 'config', 'data', 'styles'],
  outputs: ['domain', 'config', 'data', 'markdown', 'sharing'],
  build: ['domain', 'config', 'content', 'outputs'],
  routing: ['domain', 'config', 'data', 'markdown', 'search', 'sharing', 'build', 'styles'],
  client: ['domain', 'search', 'sharing'],
  components: ['domain', 'config', 'routing', 'search', 'sharing', 'client', 'styles'],
  layouts: ['components', 'routing', 'styles'],
  pages: ['domain', 'config', 'data', 'routing', 'search', 'sharing', 'outputs', 'components', 'layouts', 'styles'],
};

/** The folder of a file under src/ (src/content.config.ts belongs to content, src/middleware.ts to routing: where Astro looks for them). */
const folderOf = (file: string) => {
  const rel = relative('src', file);
  if (rel === 'content.config.ts') return 'content';
  if (rel === 'middleware.ts') return 'routing';
  return rel.split(/[\\/]/)[0]!;
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && /\.(ts|astro)$/.test(d.name))
    .map((d) => join(d.parentPath, d.name));
}

/** Module specifiers a file imports. */
function importsOf(file: string): string[] {
  let code = readFileSync(file, 'utf8');
  if (file.endsWith('.astro')) {
    const front = /^---\n([\s\S]*?)\n---/.exec(code)?.[1] ?? '';
    const scripts = [...code.matchAll(/<script(?![^>]*is:inline)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    code = [front, ...scripts].join('\n');
  }
  return ts.preProcessFile(code, true, true).importedFiles.map((f) => f.fileName);
}

const files = sourceFiles('src');
const edges = new Map<string, Set<string>>();
const external = new Map<string, Set<string>>();
for (const file of files) {
  const from = folderOf(file);
  for (const spec of importsOf(file)) {
    if (spec.startsWith('.')) {
      const to = folderOf(resolve(dirname(file), spec));
      if (to !== from) (edges.get(from) ?? edges.set(from, new Set()).get(from)!).add(to);
    } else (external.get(from) ?? external.set(from, new Set()).get(from)!).add(spec);
  }
}

describe('the folders of src/', () => {
  it('import only the folders they may (docs/architecture.md)', () => {
    const wrong = [...edges].flatMap(([from, tos]) => [...tos].filter((to) => !(ALLOWED[from] ?? []).includes(to)).map((to) => `${from} → ${to}`));
    expect(wrong).toEqual([]);
  });

  it('have no import cycle between them', () => {
    const state = new Map<string, 'visiting' | 'done'>();
    const cycles: string[] = [];
    const walk = (node: string, path: string[]) => {
      if (state.get(node) === 'done') return;
      if (state.get(node) === 'visiting') return void cycles.push([...path.slice(path.indexOf(node)), node].join(' → '));
      state.set(node, 'visiting');
      for (const next of edges.get(node) ?? []) walk(next, [...path, node]);
      state.set(node, 'done');
    };
    for (const node of Object.keys(ALLOWED)) walk(node, []);
    expect(cycles).toEqual([]);
    console.log(
      `import graph between folders:\n${[...edges]
        .sort()
        .map(([f, t]) => `  ${f} → ${[...t].sort().join(', ')}`)
        .join('\n')}`,
    );
  });

  it('keep domain/ pure: no Node, no Astro, no other folder', () => {
    expect([...(external.get('domain') ?? [])].filter((s) => s.startsWith('node:') || s.startsWith('astro'))).toEqual([]);
    expect([...(edges.get('domain') ?? [])]).toEqual([]);
  });

  it("read collections in one place: only data/ (and Astro's own content.config.ts) import astro:content", () => {
    const readers = files.filter((f) => importsOf(f).includes('astro:content')).map((f) => relative('src', f));
    expect(readers.filter((f) => !f.startsWith('data/') && f !== 'content.config.ts')).toEqual([]);
  });

  it('read the environment in one place: only config/env.ts touches process.env', () => {
    const readers = files
      .filter((f) => /process\.env\b/.test(readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')))
      .map((f) => relative('src', f));
    expect(readers).toEqual(['config/env.ts']);
  });
});

describe("what readers' browsers run", () => {
  it('reaches no Node, no Astro and no build-time data: every module client/ imports, followed through, is browser code', () => {
    // Folder rules allow client → search → data (the search page's facets
    // are built at build time), so the browser's side is checked by module.
    const seen = new Set<string>();
    const wrong: string[] = [];
    const visit = (file: string, via: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const spec of importsOf(file)) {
        if (spec.startsWith('.')) {
          const target = resolve(dirname(file), spec);
          if (['data', 'content', 'build', 'outputs', 'routing'].includes(folderOf(target))) wrong.push(`${via} → ${relative('src', target)}`);
          else if (/\.(ts|astro)$/.test(target)) visit(target, `${via} → ${relative('src', target)}`);
        } else if (spec.startsWith('node:') || spec.startsWith('astro:') || spec === 'astro') wrong.push(`${via} → ${spec}`);
      }
    };
    const clientFiles = files.filter((f) => folderOf(f) === 'client');
    for (const f of clientFiles) visit(resolve(f), relative('src', f));
    expect(clientFiles.length).toBeGreaterThan(3);
    expect(wrong).toEqual([]);
  });
});
