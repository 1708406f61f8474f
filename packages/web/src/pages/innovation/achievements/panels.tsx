import { useTranslation } from 'react-i18next';
import { formatFen } from '../../../components/format.ts';
import { RegisterImport } from '../../../components/RegisterImport.tsx';
import type { RegisterPanelsOf } from '../../../components/register-list.ts';
import { achievementsApi } from './achievements-api.ts';

/**
 * The import panels of this folder's registers (the template, 预检, the import, then what the register counts),
 * by register key: each list's 导入 dialog and the 数据导入 page show them (pages/import/register-panels.tsx, ADR 89).
 */
export const registerPanels: RegisterPanelsOf = {
  achievements: AchievementsRegister,
};

function AchievementsRegister() {
  const { t } = useTranslation();
  return (
    <RegisterImport
      what={t('import.what.achievements')}
      templateUrl={achievementsApi.importTemplateUrl}
      send={achievementsApi.importRegister}
      figures={(a) => [
        { label: t('import.register.achievements.new'), value: a.achievements },
        { label: t('import.register.achievements.existing'), value: a.existing },
        { label: t('import.register.achievements.patents'), value: a.patents },
        { label: t('import.register.achievements.conversions'), value: a.conversions },
        { label: t('import.register.achievements.conversionYuan'), value: formatFen(a.conversionFen) },
        { label: t('import.register.achievements.published'), value: a.published },
        { label: t('import.register.achievements.inventorRecords'), value: a.inventorRecords },
      ]}
      after={(a) =>
        a.patentsExisting || a.conversionsExisting
          ? [
              t('import.register.achievements.onRecord', {
                patents: a.patentsExisting,
                conversions: a.conversionsExisting,
              }),
            ]
          : []
      }
    />
  );
}
