/// <reference types="vite/client" />
import { ImportPanel, type RegisterPanelsOf } from '../../components/importPanel.tsx';
import { GenericRegisterPanel } from '../../components/ListImport.tsx';
import type { ListedRegister } from '../../components/registersApi.ts';

/** Each folder's `registerPanels`, by its file's path from here. */
export const PANELS_BY_FILE = import.meta.glob<RegisterPanelsOf>('../**/panels.tsx', {
  eager: true,
  import: 'registerPanels',
});

/**
 * The import panels every page folder declares for its registers in `panels.tsx` (found here by Vite's glob, ADR 89),
 * by register key. `register-lists.test.ts` fails when a key names no register list.
 */
export const REGISTER_PANELS: RegisterPanelsOf = Object.assign(
  {},
  ...Object.keys(PANELS_BY_FILE)
    .sort()
    .map((file) => PANELS_BY_FILE[file]),
);

/**
 * The panel of a register the server lists (GET /api/registers), the members' roster aside: the one its folder
 * declares, else the catalog's generic one.
 */
export function ListedRegisterPanel({ register, name }: { register: ListedRegister; name: string }) {
  const own = REGISTER_PANELS[register.key];
  return own ? <ImportPanel spec={own} /> : <GenericRegisterPanel register={register} name={name} />;
}
