import { useTranslation } from 'react-i18next';
import { RegisterImport } from '../../components/RegisterImport.tsx';
import type { RegisterPanelsOf } from '../../components/register-list.ts';
import { wellnessApi } from './wellness-api.ts';

/**
 * The import panels of this folder's registers (the template, 预检, the import, then what the register counts),
 * by register key: each list's 导入 dialog and the 数据导入 page show them (pages/import/register-panels.tsx, ADR 89).
 */
export const registerPanels: RegisterPanelsOf = {
  wellness: WellnessRegister,
};

function WellnessRegister() {
  const { t } = useTranslation();
  return (
    <RegisterImport
      what={t('import.what.wellness')}
      templateUrl={wellnessApi.importTemplateUrl}
      send={wellnessApi.importRegister}
      figures={(a) => [
        { label: t('import.register.wellness.batches'), value: a.batches },
        { label: t('import.register.wellness.substituted'), value: a.substituted },
        { label: t('import.register.wellness.withdrawn'), value: a.withdrawn },
        { label: t('import.register.wellness.attended'), value: a.attended },
        { label: t('import.register.wellness.absent'), value: a.absent },
      ]}
    />
  );
}
