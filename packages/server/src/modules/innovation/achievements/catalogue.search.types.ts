/** What the public catalogue's search asks (ADR 15): shared by the search and its repository. */
export interface CatalogueQuery {
  q?: string;
  type?: string;
  year?: number;
  industry?: string;
  region?: number;
  page?: number;
  pageSize?: number;
}
