import { registerKit } from '../../../test/register-kit.ts';
import type { AppWorld } from '../../../test/world-kit.ts';
import { SELECTION_REGISTER } from './selections.import.columns.ts';

/**
 * The register of past selection results (评选表彰结果) as the world's staff brings it in over HTTP: the register
 * kit on its import, its file and sheet named as the template names them, `count` telling how many selections
 * the register holds where the test imports.
 */
export function selectionsRegisterKit(w: AppWorld<never, 'staff'>, count: () => Promise<number>) {
  return registerKit({
    app: () => w.t,
    cookie: () => w.staff,
    importUrl: '/api/selections/import',
    register: SELECTION_REGISTER,
    sheetName: '评选结果',
    fileName: '评选表彰结果.xlsx',
    count,
  });
}
