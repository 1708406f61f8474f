import { useTranslation } from 'react-i18next';
import { formatFen } from '../../components/format.ts';
import { RegisterImport } from '../../components/RegisterImport.tsx';
import type { RegisterPanelsOf } from '../../components/register-list.ts';
import { insuranceApi } from './insurance-api.ts';

/**
 * The import panels of this folder's registers (the template, 预检, the import, then what the register counts),
 * by register key: each list's 导入 dialog and the 数据导入 page show them (pages/import/register-panels.tsx, ADR 89).
 */
export const registerPanels: RegisterPanelsOf = {
  'insurance-policies': InsurancePoliciesRegister,
  'insurance-claims': InsuranceClaimsRegister,
};

function InsurancePoliciesRegister() {
  const { t } = useTranslation();
  return (
    <RegisterImport
      what={t('import.what.insurance-policies')}
      templateUrl={insuranceApi.policiesTemplateUrl}
      send={insuranceApi.importPolicies}
      figures={(a) => [
        { label: t('import.register.insurance-policies.listed'), value: a.listed },
        { label: t('import.register.insurance-policies.totals'), value: a.totals },
        { label: t('import.register.insurance-policies.insured'), value: a.insured },
        { label: t('import.register.insurance-policies.premiumFen'), value: formatFen(a.premiumFen) },
      ]}
    />
  );
}

function InsuranceClaimsRegister() {
  const { t } = useTranslation();
  return (
    <RegisterImport
      what={t('import.what.insurance-claims')}
      templateUrl={insuranceApi.importTemplateUrl}
      send={insuranceApi.importRegister}
      figures={(a) => [
        { label: t('import.register.insurance-claims.paid'), value: a.paid },
        { label: t('import.register.insurance-claims.approved'), value: a.approved },
        { label: t('import.register.insurance-claims.rejected'), value: a.rejected },
        { label: t('import.register.insurance-claims.pending'), value: a.pending },
        { label: t('import.register.insurance-claims.paidFen'), value: formatFen(a.paidFen) },
      ]}
    />
  );
}
