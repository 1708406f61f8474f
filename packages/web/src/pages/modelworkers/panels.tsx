import { useTranslation } from 'react-i18next';
import { RegisterImport } from '../../components/RegisterImport.tsx';
import type { RegisterPanelsOf } from '../../components/register-list.ts';
import { modelWorkersApi } from './modelworkers-api.ts';

/**
 * The import panels of this folder's registers (the template, 预检, the import, then what the register counts),
 * by register key: each list's 导入 dialog and the 数据导入 page show them (pages/import/register-panels.tsx, ADR 89).
 */
export const registerPanels: RegisterPanelsOf = {
  'model-workers': ModelWorkersRegister,
};

function ModelWorkersRegister() {
  const { t } = useTranslation();
  return (
    <RegisterImport
      what={t('mw.import.what')}
      templateUrl={modelWorkersApi.importTemplateUrl}
      send={modelWorkersApi.importRegister}
      figures={(a) => [
        { label: t('mw.import.created'), value: a.created },
        { label: t('mw.import.updated'), value: a.updated },
        { label: t('mw.import.unchanged'), value: a.unchanged },
        { label: t('mw.import.honours'), value: a.honours },
      ]}
    />
  );
}
