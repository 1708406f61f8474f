import { useTranslation } from 'react-i18next';
import { RegisterImport } from '../../components/RegisterImport.tsx';
import type { RegisterPanelsOf } from '../../components/register-list.ts';
import { selectionsApi } from './selections-api.ts';

/**
 * The import panels of this folder's registers (the template, 预检, the import, then what the register counts),
 * by register key: each list's 导入 dialog and the 数据导入 page show them (pages/import/register-panels.tsx, ADR 89).
 */
export const registerPanels: RegisterPanelsOf = {
  selections: SelectionsRegister,
};

function SelectionsRegister() {
  const { t } = useTranslation();
  return (
    <RegisterImport
      what={t('import.what.selections')}
      templateUrl={selectionsApi.importTemplateUrl}
      send={selectionsApi.importRegister}
      figures={(a) => [
        { label: t('import.register.selections.selections'), value: a.selections },
        { label: t('import.register.selections.categories'), value: a.categories },
      ]}
    />
  );
}
