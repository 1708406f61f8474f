import { useTranslation } from 'react-i18next';
import { RegisterImport } from '../../components/RegisterImport.tsx';
import type { RegisterPanelsOf } from '../../components/register-list.ts';
import { pledgesApi } from './pledges-api.ts';

/**
 * The import panels of this folder's registers (the template, 预检, the import, then what the register counts),
 * by register key: each list's 导入 dialog and the 数据导入 page show them (pages/import/register-panels.tsx, ADR 89).
 */
export const registerPanels: RegisterPanelsOf = {
  pledges: PledgesRegister,
};

function PledgesRegister() {
  const { t } = useTranslation();
  return (
    <RegisterImport
      what={t('import.what.pledges')}
      templateUrl={pledgesApi.importTemplateUrl}
      send={pledgesApi.importRegister}
      figures={(a) => [
        { label: t('import.register.pledges.completed'), value: a.completed },
        { label: t('import.register.pledges.milestones'), value: a.milestones },
      ]}
    />
  );
}
