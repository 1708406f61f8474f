import { api, unwrap } from './client.ts';
import type { paths } from './schema.gen.ts';
import type { Answer, Body, Query } from './types.ts';

/** A path answering a GET with a query. */
type ListPath = { [P in keyof paths]: paths[P] extends { get: unknown } ? P : never }[keyof paths];

/** A list's path whose records stand at `<path>/{id}`. */
type RecordsPath = Extract<
  { [P in keyof paths]: `${P}/{id}` extends keyof paths ? P : never }[keyof paths],
  ListPath
>;

/** One record's path under a list's. */
type RecordPath<P extends RecordsPath> = Extract<`${P}/{id}`, keyof paths>;

/**
 * A list's call, typed by its route: `list(query)` answers the page of `path` the query picks. A register whose
 * records have no page of their own (no `path/{id}`) takes it alone, `list: listCall('/api/<m>')`.
 */
export function listCall<P extends ListPath>(path: P) {
  // the client cannot tell one route's answer apart within the union of paths: the call says its own
  return (query: Query<P>) =>
    unwrap(api.GET(path as never, { params: { query } } as never)) as Promise<Answer<P>>;
}

/**
 * The four calls a register's records share, typed by their routes: `list(query)` and `create(body)` at `path`,
 * `get(id)` and `edit(id, body)` (PATCH) at `path/{id}`. A module's API spreads them beside its other calls.
 */
export function recordCalls<P extends RecordsPath>(path: P) {
  const one = `${path}/{id}`;
  const at = (id: number) => ({ params: { path: { id } } });
  // the client cannot tell one route's answer apart within the union of paths: each call says its own
  return {
    list: listCall(path),
    create: (body: Body<P>) =>
      unwrap(api.POST(path as never, { body } as never)) as Promise<Answer<P, 'post'>>,
    get: (id: number) => unwrap(api.GET(one as never, at(id) as never)) as Promise<Answer<RecordPath<P>>>,
    edit: (id: number, body: Body<RecordPath<P>, 'patch'>) =>
      unwrap(api.PATCH(one as never, { ...at(id), body } as never)) as Promise<
        Answer<RecordPath<P>, 'patch'>
      >,
  };
}
