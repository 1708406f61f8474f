import { useTranslation } from 'react-i18next';
import { RegisterImport } from '../../components/RegisterImport.tsx';
import type { RegisterPanelsOf } from '../../components/register-list.ts';
import { agreementsApi } from './agreements-api.ts';

/**
 * The import panels of this folder's registers (the template, 预检, the import, then what the register counts),
 * by register key: each list's 导入 dialog and the 数据导入 page show them (pages/import/register-panels.tsx, ADR 89).
 */
export const registerPanels: RegisterPanelsOf = {
  agreements: AgreementsRegister,
};

function AgreementsRegister() {
  const { t } = useTranslation();
  return (
    <RegisterImport
      what={t('import.what.agreements')}
      templateUrl={agreementsApi.importTemplateUrl}
      send={agreementsApi.importRegister}
      figures={(a) => [
        { label: t('import.register.agreements.agreements'), value: a.agreements },
        { label: t('import.register.agreements.enterprises'), value: a.enterprises },
      ]}
    />
  );
}
