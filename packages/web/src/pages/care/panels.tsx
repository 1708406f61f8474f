import { useTranslation } from 'react-i18next';
import { formatFen } from '../../components/format.ts';
import { RegisterImport } from '../../components/RegisterImport.tsx';
import type { RegisterPanelsOf } from '../../components/register-list.ts';
import { careApi } from './care-api.ts';

/**
 * The import panels of this folder's registers (the template, 预检, the import, then what the register counts),
 * by register key: each list's 导入 dialog and the 数据导入 page show them (pages/import/register-panels.tsx, ADR 89).
 */
export const registerPanels: RegisterPanelsOf = {
  'care-visits': CareVisitsRegister,
};

function CareVisitsRegister() {
  const { t } = useTranslation();
  return (
    <RegisterImport
      what={t('care.visits.import.what')}
      templateUrl={careApi.visitsTemplateUrl}
      send={careApi.importVisits}
      figures={(a) => [
        { label: t('care.visits.import.created'), value: a.created },
        { label: t('care.visits.import.people'), value: a.people },
        { label: t('care.visits.import.grant'), value: formatFen(a.grantFen) },
      ]}
    />
  );
}
