import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFen } from '../../components/format.ts';
import { importOrgTree, ORGS_TEMPLATE_URL } from '../../components/importApi.ts';
import { GenericRegisterPanel } from '../../components/ListImport.tsx';
import { RegisterImport } from '../../components/RegisterImport.tsx';
import type { ListedRegister } from '../../components/registersApi.ts';
import { agreementsApi } from '../agreements/agreements-api.ts';
import { casesApi } from '../cases/cases-api.ts';
import { donationsApi } from '../donations/donations-api.ts';
import { hardshipApi } from '../hardship/hardship-api.ts';
import { achievementsApi } from '../innovation/achievements/achievements-api.ts';
import { studiosApi } from '../innovation/studios/studios-api.ts';
import { insuranceApi } from '../insurance/insurance-api.ts';
import { ledgerApi } from '../ledger/ledger-api.ts';
import { pledgesApi } from '../pledges/pledges-api.ts';
import { selectionsApi } from '../selections/selections-api.ts';
import { wellnessApi } from '../wellness/wellness-api.ts';

/**
 * The registers whose panel shows figures of their own (template, 预检, import, then what the register counts), by
 * the key the page knows them by; every other register the server lists gets the catalog's generic panel.
 */
interface RegisterEntry {
  /** Also the page's `import.what.<key>` label. */
  key: string;
  Panel: ComponentType;
}

function OrgsRegister() {
  const { t } = useTranslation();
  return (
    <RegisterImport
      what={t('import.what.orgs')}
      templateUrl={ORGS_TEMPLATE_URL}
      send={importOrgTree}
      figures={() => []}
    />
  );
}

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

function PledgesRegister() {
  const { t } = useTranslation();
  return (
    <RegisterImport
      what={t('import.what.pledges')}
      templateUrl={pledgesApi.importTemplateUrl}
      send={pledgesApi.importRegister}
      figures={(a) => [
        { label: t('import.register.pledges.completed'), value: a.completed },
        { label: t('import.register.pledges.milestones'), value: a.milestones },
      ]}
    />
  );
}

function AgreementsRegister() {
  const { t } = useTranslation();
  return (
    <RegisterImport
      what={t('import.what.agreements')}
      templateUrl={agreementsApi.importTemplateUrl}
      send={agreementsApi.importRegister}
      figures={(a) => [
        { label: t('import.register.agreements.agreements'), value: a.agreements },
        { label: t('import.register.agreements.enterprises'), value: a.enterprises },
      ]}
    />
  );
}

function DonationsRegister() {
  const { t } = useTranslation();
  return (
    <RegisterImport
      what={t('import.what.donations')}
      templateUrl={donationsApi.importTemplateUrl}
      send={donationsApi.importRegister}
      figures={(a) => [
        { label: t('import.register.donations.money'), value: a.money },
        { label: t('import.register.donations.goods'), value: a.goods },
        { label: t('import.register.donations.newDonors'), value: a.newDonors },
      ]}
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

function AchievementsRegister() {
  const { t } = useTranslation();
  return (
    <RegisterImport
      what={t('import.what.achievements')}
      templateUrl={achievementsApi.importTemplateUrl}
      send={achievementsApi.importRegister}
      figures={(a) => [
        { label: t('import.register.achievements.new'), value: a.achievements },
        { label: t('import.register.achievements.existing'), value: a.existing },
        { label: t('import.register.achievements.patents'), value: a.patents },
        { label: t('import.register.achievements.conversions'), value: a.conversions },
        { label: t('import.register.achievements.conversionYuan'), value: formatFen(a.conversionFen) },
        { label: t('import.register.achievements.published'), value: a.published },
        { label: t('import.register.achievements.inventorRecords'), value: a.inventorRecords },
      ]}
      after={(a) =>
        a.patentsExisting || a.conversionsExisting
          ? [
              t('import.register.achievements.onRecord', {
                patents: a.patentsExisting,
                conversions: a.conversionsExisting,
              }),
            ]
          : []
      }
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

const REGISTERS: readonly RegisterEntry[] = [
  { key: 'orgs', Panel: OrgsRegister },
  { key: 'cases', Panel: CasesRegister },
  { key: 'studios', Panel: StudiosRegister },
  { key: 'selections', Panel: SelectionsRegister },
  { key: 'hardship', Panel: HardshipRegister },
  { key: 'pledges', Panel: PledgesRegister },
  { key: 'agreements', Panel: AgreementsRegister },
  { key: 'donations', Panel: DonationsRegister },
  { key: 'studio-grants', Panel: StudioGrantsRegister },
  { key: 'past-payments', Panel: PastPaymentsRegister },
  { key: 'achievements', Panel: AchievementsRegister },
  { key: 'insurance-policies', Panel: InsurancePoliciesRegister },
  { key: 'insurance-claims', Panel: InsuranceClaimsRegister },
  { key: 'wellness', Panel: WellnessRegister },
];

/** The import page's key of a register the server lists (the union tree is `orgs` there). */
const PANEL_KEY: Record<string, string> = { unions: 'orgs' };

/**
 * The panel of a register the server lists (GET /api/registers), the members' roster aside: the register's own
 * where it has one, else the catalog's generic one.
 */
export function ListedRegisterPanel({ register, name }: { register: ListedRegister; name: string }) {
  const own = REGISTERS.find((p) => p.key === (PANEL_KEY[register.key] ?? register.key));
  return own ? <own.Panel /> : <GenericRegisterPanel register={register} name={name} />;
}
