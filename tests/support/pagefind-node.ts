import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface Hit {
  url: string;
  title: string;
}

/**
 * Loads the Pagefind search bundle a build wrote into `outDir/pagefind/` and
 * runs it in Node, reading index files from disk: the same code and index the
 * browser uses, without a browser.
 */
export async function openIndex(outDir: string) {
  const bundle = pathToFileURL(join(outDir, 'pagefind', 'pagefind.js'));
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (input: string | URL | Request) => {
    const url = new URL(input instanceof Request ? input.url : String(input), bundle);
    if (url.protocol !== 'file:') return realFetch(input);
    try {
      return new Response(await readFile(fileURLToPath(url)));
    } catch {
      return new Response(null, { status: 404 });
    }
  }) as typeof fetch;
  // A query string makes each build's bundle a separate module instance.
  const pagefind = await import(`${bundle.href}?v=${encodeURIComponent(outDir)}`);
  await pagefind.options({ basePath: new URL('.', bundle).href });
  await pagefind.init();
  return {
    async search(query: string, options: Record<string, unknown> = {}): Promise<Hit[]> {
      const r = await pagefind.search(query, options);
      const data = await Promise.all(r.results.map((x: { data: () => Promise<{ url: string; meta: { title: string } }> }) => x.data()));
      // Pagefind prefixes result URLs with the base path it loaded from.
      return data.map((d) => ({ url: d.url.slice(d.url.lastIndexOf(outDir) + outDir.length), title: d.meta.title }));
    },
  };
}
