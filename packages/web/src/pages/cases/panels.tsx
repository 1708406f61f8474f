import { useTranslation } from 'react-i18next';
import { RegisterImport } from '../../components/RegisterImport.tsx';
import type { RegisterPanelsOf } from '../../components/register-list.ts';
import { casesApi } from './cases-api.ts';

/**
 * The import panels of this folder's registers (the template, 预检, the import, then what the register counts),
 * by register key: each list's 导入 dialog and the 数据导入 page show them (pages/import/register-panels.tsx, ADR 89).
 */
export const registerPanels: RegisterPanelsOf = {
  cases: CasesRegister,
  holidays: HolidaysRegister,
};

function CasesRegister() {
  const { t } = useTranslation();
  return (
    <RegisterImport
      what={t('import.what.cases')}
      templateUrl={casesApi.importTemplateUrl}
      send={casesApi.importRegister}
      figures={(a) => [
        { label: t('import.register.cases.closed'), value: a.closed },
        { label: t('import.register.cases.answered'), value: a.answered },
        { label: t('import.register.cases.open'), value: a.open },
      ]}
    />
  );
}

function HolidaysRegister() {
  const { t } = useTranslation();
  return (
    <RegisterImport
      what={t('case.calendar.sheetWhat')}
      templateUrl={casesApi.holidaysTemplateUrl}
      send={casesApi.importHolidays}
      figures={(a) => [
        { label: t('case.calendar.sheetYear'), value: a.year ? String(a.year) : '—' },
        { label: t('case.calendar.sheetChanged'), value: a.changed },
        { label: t('case.calendar.sheetRemoved'), value: a.removed },
      ]}
    />
  );
}
