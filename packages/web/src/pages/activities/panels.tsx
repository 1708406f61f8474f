import { useTranslation } from 'react-i18next';
import { RegisterImport } from '../../components/RegisterImport.tsx';
import type { RegisterPanelsOf } from '../../components/register-list.ts';
import { activitiesApi } from './activities-api.ts';

/**
 * The import panels of this folder's registers (the template, 预检, the import, then what the register counts),
 * by register key: each list's 导入 dialog and the 数据导入 page show them (pages/import/register-panels.tsx, ADR 89).
 */
export const registerPanels: RegisterPanelsOf = {
  activities: ActivitiesRegister,
};

function ActivitiesRegister() {
  const { t } = useTranslation();
  return (
    <RegisterImport
      what={t('registers.activities.what')}
      templateUrl={activitiesApi.registerTemplateUrl}
      send={activitiesApi.importRegister}
      figures={(a) => [
        { label: t('registers.activities.created'), value: a.created },
        { label: t('registers.activities.signups'), value: a.signups },
        { label: t('registers.activities.attendance'), value: a.attendance },
        { label: t('registers.activities.totalsOnly'), value: a.totalsOnly },
      ]}
    />
  );
}
