import { useTranslation } from 'react-i18next';
import { RegisterImport } from '../../components/RegisterImport.tsx';
import type { RegisterPanelsOf } from '../../components/register-list.ts';
import { congressesApi } from './congresses-api.ts';

/**
 * The import panels of this folder's registers (the template, 预检, the import, then what the register counts),
 * by register key: each list's 导入 dialog and the 数据导入 page show them (pages/import/register-panels.tsx, ADR 89).
 */
export const registerPanels: RegisterPanelsOf = {
  congresses: CongressesRegister,
};

function CongressesRegister() {
  const { t } = useTranslation();
  return (
    <RegisterImport
      what={t('cong.import.what')}
      templateUrl={congressesApi.importTemplateUrl}
      send={congressesApi.importRegister}
      figures={(a) => [
        { label: t('cong.import.congresses'), value: a.congresses },
        { label: t('cong.import.terms'), value: a.terms },
      ]}
    />
  );
}
