import { importPanel, type RegisterPanelsOf } from '../../../components/importPanel.tsx';
import { studiosApi } from './studios-api.ts';

/**
 * The import panels of this folder's registers (the template, 预检, the import, then what the register counts),
 * by register key: each list's 导入 dialog and the 数据导入 page show them (pages/import/register-panels.tsx, ADR 89).
 */
export const registerPanels: RegisterPanelsOf = {
  studios: importPanel({
    what: 'import.what.studios',
    templateUrl: studiosApi.importTemplateUrl,
    send: studiosApi.importRegister,
    figures: {
      'import.register.studios.new': 'studios',
      'import.register.studios.existing': 'existing',
    },
    after: (a, t, language) =>
      a.subsidiesRefused.map(
        (r) => `${r.name}${t('common.colon')}${language === 'en' ? r.reason.en : r.reason.zh}`,
      ),
  }),
  'studio-grants': importPanel({
    what: 'import.what.studio-grants',
    templateUrl: studiosApi.grantsTemplateUrl,
    send: studiosApi.importGrants,
    figures: {
      'import.register.studio-grants.outside': 'outside',
      'import.register.studio-grants.onPlatform': 'onPlatform',
      'import.register.studio-grants.amount': 'amountFen',
    },
  }),
};
