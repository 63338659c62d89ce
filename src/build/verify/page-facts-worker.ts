/**
 * Worker thread that reads built pages for their facts (page-facts.ts,
 * siteFactsOnWorkers). Plain Node runs this file (type stripping), so it
 * imports no Vite-only modules.
 */
import { join } from 'node:path';
import { fileFacts, type PageFacts, type PageFactsTask } from './page-facts.ts';

export default function read({ dir, origin, pages }: PageFactsTask): PageFacts[] {
  return pages.map((page) => fileFacts(join(dir, page), page, origin));
}
