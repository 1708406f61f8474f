import { QueryClientProvider, QueryObserver } from '@tanstack/react-query';
import createClient from 'openapi-fetch';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { useLoad } from '../components/useLoad.ts';
import { ApiError, unwrap } from './client.ts';
import {
  createQueryClient,
  refreshAfterWrite,
  refreshAlsoAfterWrite,
  shouldRetry,
  TODO_KEY,
  writeRefresh,
} from './query.ts';
import type { paths } from './schema.gen.ts';

/** A server of one union's to-do: marking the messages read finishes one more thing, so 待办 counts one less. */
function fakeServer() {
  let total = 3;
  const calls: string[] = [];
  const fetch = async (input: Request) => {
    const { pathname } = new URL(input.url);
    calls.push(`${input.method} ${pathname}`);
    if (input.method === 'POST' && pathname === '/api/messages/read-all') {
      total -= 1;
      return Response.json({ updated: 1 });
    }
    return Response.json({ items: [], total });
  };
  return { fetch, calls };
}

/** The menu's 待办 entry as the staff layout draws it: the count of the to-do list. */
function TodoMenuEntry({ load }: { load: () => Promise<{ total: number }> }) {
  const todo = useLoad(load, [], { key: TODO_KEY });
  return createElement('span', { 'data-testid': 'menu-todo-count' }, `待办 ${todo.data?.total ?? '…'}`);
}

/** Two reads of one page with the same deps: each is cached apart. */
function TwoReads() {
  const a = useLoad(async () => 'unions', []);
  const b = useLoad(async () => 'people', []);
  return createElement('span', null, `${a.data}${b.data}`);
}

/** One read from one line, as a list's mould makes it on every page. */
function OneRead() {
  const list = useLoad(async () => 'rows', []);
  return createElement('span', null, String(list.data));
}

describe('the web data layer', () => {
  it('caches each useLoad call apart, under the place that calls it', () => {
    const client = createQueryClient();
    renderToString(createElement(QueryClientProvider, { client }, createElement(TwoReads)));
    const keys = client
      .getQueryCache()
      .getAll()
      .map((q) => q.queryKey);
    expect(keys).toHaveLength(2);
    expect(keys.every((k) => String(k[2]).includes('query.test.ts'))).toBe(true);
    expect(new Set(keys.map((k) => String(k[2]))).size).toBe(2);
  });

  it('caches a shared component’s read apart on each page (a list reached from another never shows its rows)', () => {
    const client = createQueryClient();
    const pages = ['/insurance', '/activities'];
    const seen = globalThis as { window?: unknown };
    try {
      for (const pathname of pages) {
        seen.window = { location: { pathname } };
        renderToString(createElement(QueryClientProvider, { client }, createElement(OneRead)));
      }
    } finally {
      delete seen.window;
    }
    const keys = client
      .getQueryCache()
      .getAll()
      .map((q) => q.queryKey[1]);
    expect(keys).toEqual(pages);
  });

  it('refreshes the menu’s to-do count after a write, without a reload of the page', async () => {
    const client = createQueryClient();
    const server = fakeServer();
    const http = createClient<paths>({ baseUrl: 'http://gonghui.test', fetch: server.fetch });
    http.use(writeRefresh(client));
    const loadTodo = () => unwrap(http.GET('/api/todo'));
    const draw = () =>
      renderToString(
        createElement(QueryClientProvider, { client }, createElement(TodoMenuEntry, { load: loadTodo })),
      );

    // the menu is on the screen: its query is watched (as a mounted component watches it) and has its answer
    const shown = new QueryObserver(client, { queryKey: [...TODO_KEY], queryFn: loadTodo });
    const seen: number[] = [];
    const unsubscribe = shown.subscribe((r) => {
      if (r.data && !r.isFetching) seen.push(r.data.total);
    });
    await client.fetchQuery({ queryKey: [...TODO_KEY], queryFn: loadTodo });
    expect(draw()).toContain('待办 3');

    // a write elsewhere on the page: the count follows by itself
    await unwrap(http.POST('/api/messages/read-all', { body: {} }));
    await expect.poll(() => seen.at(-1)).toBe(2);
    expect(draw()).toContain('待办 2');
    expect(server.calls).toEqual(['GET /api/todo', 'POST /api/messages/read-all', 'GET /api/todo']);
    unsubscribe();
  });

  it('reads the header’s 待审 count again after a write, while it is shown, and only after a write', async () => {
    const client = createQueryClient();
    const server = fakeServer();
    const http = createClient<paths>({ baseUrl: 'http://gonghui.test', fetch: server.fetch });
    http.use(writeRefresh(client));
    // the header's count, kept outside the query client, as the staff layout shows it: 3 waiting for review
    let waiting = 3;
    let asked = 0;
    const stopShowing = refreshAlsoAfterWrite(async () => {
      asked += 1;
      waiting = (await unwrap(http.GET('/api/todo'))).total;
    });
    await unwrap(http.GET('/api/todo'));
    expect(asked).toBe(0);
    // a decision on the page: the count follows without a navigation or the 30 s poll
    await unwrap(http.POST('/api/messages/read-all', { body: {} }));
    await expect.poll(() => waiting).toBe(2);
    expect(asked).toBe(1);
    // the layout is gone: a write no longer asks for it
    stopShowing();
    await refreshAfterWrite(client);
    expect(asked).toBe(1);
    expect(server.calls).toEqual(['GET /api/todo', 'POST /api/messages/read-all', 'GET /api/todo']);
  });

  it('forgets, after a write, what pages no longer shown had read, and keeps reads of no write', async () => {
    const client = createQueryClient();
    const server = fakeServer();
    const http = createClient<paths>({ baseUrl: 'http://gonghui.test', fetch: server.fetch });
    http.use(writeRefresh(client));
    await client.fetchQuery({
      queryKey: ['load', 'a list page'],
      queryFn: () => unwrap(http.GET('/api/todo')),
    });
    await unwrap(http.GET('/api/todo'));
    expect(client.getQueryData(['load', 'a list page'])).toEqual({ items: [], total: 3 });
    await unwrap(http.POST('/api/messages/read-all', { body: {} }));
    await expect.poll(() => client.getQueryData(['load', 'a list page'])).toBeUndefined();
  });

  it('asks for nothing after signing out, and forgets what was read for the account signed out', async () => {
    const client = createQueryClient();
    const server = fakeServer();
    const http = createClient<paths>({ baseUrl: 'http://gonghui.test', fetch: server.fetch });
    http.use(writeRefresh(client));
    const loadTodo = () => unwrap(http.GET('/api/todo'));
    const shown = new QueryObserver(client, { queryKey: [...TODO_KEY], queryFn: loadTodo });
    const unsubscribe = shown.subscribe(() => undefined);
    await client.fetchQuery({ queryKey: [...TODO_KEY], queryFn: loadTodo });
    await unwrap(http.POST('/api/auth/logout'));
    expect(client.getQueryData([...TODO_KEY])).toBeUndefined();
    expect(server.calls).toEqual(['GET /api/todo', 'POST /api/auth/logout']);
    unsubscribe();
  });

  it('tries a read again only when no server answered', () => {
    const offline = new ApiError(0, 'HTTP_ERROR', '网络不通', 'No network');
    const refused = new ApiError(403, 'FORBIDDEN', '无权限', 'Not allowed');
    expect([shouldRetry(0, offline), shouldRetry(1, offline), shouldRetry(2, offline)]).toEqual([
      true,
      true,
      false,
    ]);
    expect(shouldRetry(0, refused)).toBe(false);
  });
});
