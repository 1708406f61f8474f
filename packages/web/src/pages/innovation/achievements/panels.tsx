import { importPanel, type RegisterPanelsOf } from '../../../components/importPanel.tsx';
import { achievementsApi } from './achievements-api.ts';

/**
 * The import panels of this folder's registers (the template, 预检, the import, then what the register counts),
 * by register key: each list's 导入 dialog and the 数据导入 page show them (pages/import/register-panels.tsx, ADR 89).
 */
export const registerPanels: RegisterPanelsOf = {
  achievements: importPanel({
    what: 'import.what.achievements',
    templateUrl: achievementsApi.importTemplateUrl,
    send: achievementsApi.importRegister,
    figures: {
      'import.register.achievements.new': 'achievements',
      'import.register.achievements.existing': 'existing',
      'import.register.achievements.patents': 'patents',
      'import.register.achievements.conversions': 'conversions',
      'import.register.achievements.conversionYuan': 'conversionFen',
      'import.register.achievements.published': 'published',
      'import.register.achievements.inventorRecords': 'inventorRecords',
    },
    after: (a, t) =>
      a.patentsExisting || a.conversionsExisting
        ? [
            t('import.register.achievements.onRecord', {
              patents: a.patentsExisting,
              conversions: a.conversionsExisting,
            }),
          ]
        : [],
  }),
};
