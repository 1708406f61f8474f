import { api, unwrap } from '../../../api/client.ts';
import { listCall } from '../../../api/recordCalls.ts';
import type { Answer, Body } from '../../../api/types.ts';

export type CatalogueResult = Answer<'/api/public/achievements'>;
export type CatalogueItem = CatalogueResult['items'][number];
export type FacetName = keyof CatalogueResult['facets'];
export type PublicAchievement = Answer<'/api/public/achievements/{id}'>;
export type CatalogueQuery = {
  q?: string;
  type?: CatalogueItem['type'];
  year?: number;
  industry?: string;
  region?: number;
  page?: number;
};

/** The public catalogue's calls (no session). */
export const catalogueApi = {
  search: listCall('/api/public/achievements'),
  get: (id: number) => unwrap(api.GET('/api/public/achievements/{id}', { params: { path: { id } } })),
  contact: (id: number, body: Body<'/api/public/achievements/{id}/contact'>) =>
    unwrap(api.POST('/api/public/achievements/{id}/contact', { params: { path: { id } }, body })),
};

/** A snippet's text split into plain and marked (matched) pieces; the server escapes everything else. */
export function snippetPieces(snippet: string): { text: string; mark: boolean }[] {
  const decode = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
  return snippet
    .split(/(<mark>.*?<\/mark>)/)
    .filter(Boolean)
    .map((p) =>
      p.startsWith('<mark>')
        ? { text: decode(p.slice(6, -7)), mark: true }
        : { text: decode(p), mark: false },
    );
}
