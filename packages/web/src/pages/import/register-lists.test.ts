import { readFileSync } from 'node:fs';
import { isValidElement, type ReactElement, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import App from '../../App.tsx';
import { REGISTER_LISTS } from './register-lists.ts';
import { REGISTER_PANELS } from './register-panels.tsx';

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

  it("declares each folder's import panel under the key of a register with a list", () => {
    const panels = Object.keys(REGISTER_PANELS);
    expect(panels.filter((key) => !REGISTER_LISTS[key])).toEqual([]);
    // the registers whose figures the panels say, wherever a clerk opens them (a list's 导入 or 数据导入)
    expect(panels).toEqual(
      expect.arrayContaining(['cases', 'congresses', 'station-services', 'care-visits', 'unions']),
    );
  });
});
