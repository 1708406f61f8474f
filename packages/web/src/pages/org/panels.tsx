import { importOrgTree, ORGS_TEMPLATE_URL } from '../../components/importApi.ts';
import { importPanel, type RegisterPanelsOf } from '../../components/importPanel.tsx';

/**
 * The import panels of this folder's registers (the template, 预检, the import, then what the register counts),
 * by register key: each list's 导入 dialog and the 数据导入 page show them (pages/import/register-panels.tsx, ADR 89).
 */
export const registerPanels: RegisterPanelsOf = {
  unions: importPanel({
    what: 'import.what.orgs',
    templateUrl: ORGS_TEMPLATE_URL,
    send: importOrgTree,
    figures: {},
  }),
};
