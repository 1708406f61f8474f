/// <reference types="vite/client" />
import type { RegisterListsOf } from '../../components/register-list.ts';

/**
 * The list page of every register the platform keeps (GET /api/registers): where a clerk who keeps the register
 * brings its sheet in with 导入 beside the list and its export (issue 45). Each page folder declares its own in
 * `lists.ts` (found here by Vite's glob, ADR 89). `register-lists.test.ts` fails when a register of the server has
 * no list here or its list page lacks `<ListImport register="<key>">`.
 */
export interface RegisterList {
  /** The list's route (as App declares it). */
  path: string;
  /** The page's file under pages/. */
  file: string;
}

const declared = import.meta.glob<RegisterListsOf>('../**/lists.ts', {
  eager: true,
  import: 'registerLists',
});

export const REGISTER_LISTS: Record<string, RegisterList> = Object.fromEntries(
  Object.entries(declared)
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([file, lists]) => {
      const folder = file.slice('../'.length, -'/lists.ts'.length);
      return Object.entries(lists).map(([key, l]): [string, RegisterList] => [
        key,
        { path: l.path, file: `${folder}/${l.page}` },
      ]);
    }),
);
