import { readFileSync } from 'node:fs';
import { isValidElement, type ReactElement, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import App from '../../App.tsx';
import { REGISTER_LISTS } from './register-lists.ts';

type RouteProps = { path?: string; element?: ReactNode; children?: ReactNode };

/** Every route path the app declares. */
function pathsOf(node: ReactNode): string[] {
  if (Array.isArray(node)) return node.flatMap(pathsOf);
  if (!isValidElement(node)) return [];
  const { path, children } = (node as ReactElement<RouteProps>).props;
  return [...(path ? [path] : []), ...pathsOf(children)];
}

const source = (file: string) => readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');

// That every register of the server's catalog has its list here: packages/server/test/register-lists.test.ts.
describe('every register is imported on its own list (issue 45)', () => {
  it('points at routes the app has', () => {
    const paths = pathsOf(App());
    expect(Object.values(REGISTER_LISTS).filter((l) => !paths.includes(l.path))).toEqual([]);
  });

  it('puts the shared import dialog on each of those list pages', () => {
    const lacking = Object.entries(REGISTER_LISTS)
      .filter(([key, l]) => !new RegExp(`<ListImport\\s[^>]*register="${key}"`).test(source(l.file)))
      .map(([key, l]) => `${key}: ${l.file}`);
    expect(lacking).toEqual([]);
  });
});
