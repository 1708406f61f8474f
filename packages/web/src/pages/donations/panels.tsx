import { useTranslation } from 'react-i18next';
import { RegisterImport } from '../../components/RegisterImport.tsx';
import type { RegisterPanelsOf } from '../../components/register-list.ts';
import { donationsApi } from './donations-api.ts';

/**
 * The import panels of this folder's registers (the template, 预检, the import, then what the register counts),
 * by register key: each list's 导入 dialog and the 数据导入 page show them (pages/import/register-panels.tsx, ADR 89).
 */
export const registerPanels: RegisterPanelsOf = {
  donations: DonationsRegister,
};

function DonationsRegister() {
  const { t } = useTranslation();
  return (
    <RegisterImport
      what={t('import.what.donations')}
      templateUrl={donationsApi.importTemplateUrl}
      send={donationsApi.importRegister}
      figures={(a) => [
        { label: t('import.register.donations.money'), value: a.money },
        { label: t('import.register.donations.goods'), value: a.goods },
        { label: t('import.register.donations.newDonors'), value: a.newDonors },
      ]}
    />
  );
}
