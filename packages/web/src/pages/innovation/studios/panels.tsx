import { useTranslation } from 'react-i18next';
import { formatFen } from '../../../components/format.ts';
import { RegisterImport } from '../../../components/RegisterImport.tsx';
import type { RegisterPanelsOf } from '../../../components/register-list.ts';
import { studiosApi } from './studios-api.ts';

/**
 * The import panels of this folder's registers (the template, 预检, the import, then what the register counts),
 * by register key: each list's 导入 dialog and the 数据导入 page show them (pages/import/register-panels.tsx, ADR 89).
 */
export const registerPanels: RegisterPanelsOf = {
  studios: StudiosRegister,
  'studio-grants': StudioGrantsRegister,
};

function StudiosRegister() {
  const { t, i18n } = useTranslation();
  return (
    <RegisterImport
      what={t('import.what.studios')}
      templateUrl={studiosApi.importTemplateUrl}
      send={studiosApi.importRegister}
      figures={(a) => [
        { label: t('import.register.studios.new'), value: a.studios },
        { label: t('import.register.studios.existing'), value: a.existing },
      ]}
      after={(a) =>
        a.subsidiesRefused.map(
          (r) => `${r.name}${t('common.colon')}${i18n.language === 'en' ? r.reason.en : r.reason.zh}`,
        )
      }
    />
  );
}

function StudioGrantsRegister() {
  const { t } = useTranslation();
  return (
    <RegisterImport
      what={t('import.what.studio-grants')}
      templateUrl={studiosApi.grantsTemplateUrl}
      send={studiosApi.importGrants}
      figures={(a) => [
        { label: t('import.register.studio-grants.outside'), value: a.outside },
        { label: t('import.register.studio-grants.onPlatform'), value: a.onPlatform },
        { label: t('import.register.studio-grants.amount'), value: formatFen(a.amountFen) },
      ]}
    />
  );
}
