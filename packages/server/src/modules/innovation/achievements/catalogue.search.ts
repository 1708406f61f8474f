import type { Sql } from '../../../db/db.ts';
import { segmentQuery } from '../../../shared/segment.ts';
import { CATALOGUE_FACETS, type CatalogueFacet } from '../innovation.vocabulary.ts';
import { findCataloguePage, type SearchLimits } from './catalogue.search.repository.ts';
import type { CatalogueQuery } from './catalogue.search.types.ts';

export type { CatalogueQuery } from './catalogue.search.types.ts';

/**
 * The public catalogue's search (ADR 15): the query is segmented with jieba like the documents, its words
 * joined with AND into a 'simple' tsquery, matched against the GIN-indexed `search` vector of published
 * achievements, ranked by ts_rank (title words weigh most), with facet counts and a highlighted snippet.
 * A query the database's statistics expect to match at most SEARCH_LIMITS.COUNT is read whole: exact total and
 * facets. A broader one is answered without reading every match: its facet counts are estimates (`facetsEstimated`),
 * and so is its total unless the chosen facets narrow it enough (`estimated`: the page writes 约 N 条); its pages
 * reach the `browsable` matches read. The same SQL on PGlite and PostgreSQL.
 */

export interface FacetItem {
  value: string;
  label: string;
  count: number;
}

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * About `length` characters of `text` around the first matched word, HTML-escaped, with every matched word
 * wrapped in <mark>…</mark> (the only markup a snippet holds).
 */
export function snippetOf(text: string, words: string[], length = 90): string {
  const plain = text.replace(/\s+/g, ' ').trim();
  const pattern = words.length
    ? new RegExp(
        [...words]
          .sort((a, b) => b.length - a.length)
          .map(escapeRegex)
          .join('|'),
        'gi',
      )
    : null;
  const first = pattern ? plain.search(pattern) : -1;
  const start = first > 20 ? first - 20 : 0;
  const cut = plain.slice(start, start + length);
  const pieces: string[] = [];
  let at = 0;
  for (const m of pattern ? cut.matchAll(pattern) : []) {
    pieces.push(escapeHtml(cut.slice(at, m.index)), `<mark>${escapeHtml(m[0])}</mark>`);
    at = (m.index ?? 0) + m[0].length;
  }
  pieces.push(escapeHtml(cut.slice(at)));
  return `${start > 0 ? '…' : ''}${pieces.join('')}${start + length < plain.length ? '…' : ''}`;
}

/** A page of the catalogue: its cards with their snippets, the total (exact or estimated) and the four facets. */
export async function searchCatalogue(sql: Sql, q: CatalogueQuery, limits?: SearchLimits) {
  const words = q.q ? segmentQuery(q.q) : [];
  const page = q.page ?? 1;
  const pageSize = q.pageSize ?? 10;
  const found = await findCataloguePage(sql, q, words, page, pageSize, limits);
  const { total, estimated, facetsEstimated, cards } = found;
  return {
    items: (cards ?? []).map(({ abstract, ...card }) => ({ ...card, snippet: snippetOf(abstract, words) })),
    total,
    estimated,
    facetsEstimated,
    browsable: found.browsable ?? total,
    page,
    pageSize,
    facets: Object.fromEntries(
      CATALOGUE_FACETS.map((f) => [
        f,
        found.facets[f].map(([value, label, count]) => ({ value, label, count })),
      ]),
    ) as Record<CatalogueFacet, FacetItem[]>,
  };
}
