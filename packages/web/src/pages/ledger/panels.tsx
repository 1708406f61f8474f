import { useTranslation } from 'react-i18next';
import { formatFen } from '../../components/format.ts';
import { RegisterImport } from '../../components/RegisterImport.tsx';
import type { RegisterPanelsOf } from '../../components/register-list.ts';
import { ledgerApi } from './ledger-api.ts';

/**
 * The import panels of this folder's registers (the template, 预检, the import, then what the register counts),
 * by register key: each list's 导入 dialog and the 数据导入 page show them (pages/import/register-panels.tsx, ADR 89).
 */
export const registerPanels: RegisterPanelsOf = {
  'past-payments': PastPaymentsRegister,
};

function PastPaymentsRegister() {
  const { t } = useTranslation();
  return (
    <RegisterImport
      what={t('import.what.past-payments')}
      templateUrl={ledgerApi.pastPaymentsTemplateUrl}
      send={ledgerApi.importPastPayments}
      figures={(a) => [
        { label: t('import.register.past-payments.people'), value: a.people },
        { label: t('import.register.past-payments.programs'), value: a.programs },
        { label: t('import.register.past-payments.amount'), value: formatFen(a.amountFen) },
      ]}
    />
  );
}
