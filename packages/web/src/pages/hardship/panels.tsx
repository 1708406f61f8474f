import { useTranslation } from 'react-i18next';
import { RegisterImport } from '../../components/RegisterImport.tsx';
import type { RegisterPanelsOf } from '../../components/register-list.ts';
import { hardshipApi } from './hardship-api.ts';

/**
 * The import panels of this folder's registers (the template, 预检, the import, then what the register counts),
 * by register key: each list's 导入 dialog and the 数据导入 page show them (pages/import/register-panels.tsx, ADR 89).
 */
export const registerPanels: RegisterPanelsOf = {
  hardship: HardshipRegister,
};

function HardshipRegister() {
  const { t } = useTranslation();
  return (
    <RegisterImport
      what={t('import.what.hardship')}
      templateUrl={hardshipApi.importTemplateUrl}
      send={hardshipApi.importRegister}
      figures={(a) => [
        { label: t('import.register.hardship.inForce'), value: a.inForce },
        { label: t('import.register.hardship.expired'), value: a.expired },
        { label: t('import.register.hardship.closed'), value: a.closed },
        { label: t('import.register.hardship.drafts'), value: a.drafts },
        { label: t('import.register.hardship.members'), value: a.members },
      ]}
    />
  );
}
