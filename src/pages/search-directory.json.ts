import type { APIRoute } from 'astro';
import { getSearchDirectory } from '../search/directory-data.ts';

/** People, places, organisations, stories and topics for the search's own group of results (search/directory.ts). */
export const GET: APIRoute = async () => new Response(JSON.stringify(await getSearchDirectory()), { headers: { 'Content-Type': 'application/json' } });
