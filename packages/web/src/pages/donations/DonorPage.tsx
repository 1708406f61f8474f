import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { useSession } from '../../auth/session.tsx';
import { aside } from '../../components/aside.ts';
import { DetailPage } from '../../components/DetailPage.tsx';
import type { EditWords } from '../../components/EditHistory.tsx';
import { heldDialog } from '../../components/FormDialog.tsx';
import { LoadState } from '../../components/LoadError.tsx';
import { formatFen } from '../../components/money.ts';
import { FitTable } from '../../components/TableCard.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { DonationFormModal } from './DonationFormModal.tsx';
import { useDonationColumns } from './DonationTable.tsx';
import { DonorEditModal } from './DonorEditModal.tsx';
import { type Donation, donationsApi } from './donations-api.ts';
import { FundTable } from './FundTable.tsx';

/** Staff: one caring unit — its contact (the read is audited), what it gave and where the money went. */
export default function DonorPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const { can } = useSession();
  const detail = useLoad(() => donationsApi.donor(id), [id]);
  const [recording, setRecording] = useState(false);
  const columns = useDonationColumns(false);
  usePageTitle(detail.data?.donor.name ?? t('don.donors.title'));
  if (!detail.data) return <LoadState state={detail} what={t('don.donor.what')} />;
  const { donor, donations, funds, edits } = detail.data;
  const words: EditWords = {
    label: (field) => t(`don.field.${field === 'kind' ? 'donorKind' : field}`),
    show: (field, value) => (field === 'kind' ? t(`don.donorKind.${value}`) : String(value)),
  };
  return (
    <DetailPage
      title={donor.name}
      titleTestId="donor-title"
      back={{ to: '/donors', label: t('don.donor.back') }}
      actions={can('donations.write') && <DonorEditModal donor={donor} onDone={detail.reload} />}
      facts={
        <>
          <Descriptions.Item label={t('don.field.donorKind')}>
            {t(`don.donorKind.${donor.kind}`)}
          </Descriptions.Item>
          <Descriptions.Item label={t('don.field.keptBy')}>{donor.orgName}</Descriptions.Item>
          <Descriptions.Item label={t('don.field.contactName')}>
            {donor.contactName ?? t('common.none')}
          </Descriptions.Item>
          <Descriptions.Item label={t('don.field.phone')}>
            {donor.phone ?? t('common.none')}
          </Descriptions.Item>
          <Descriptions.Item label={t('don.field.address')} span={2}>
            {donor.address ?? t('common.none')}
          </Descriptions.Item>
          <Descriptions.Item label={t('don.field.given')} span={2}>
            <span data-testid="donor-given">{`${formatFen(donor.givenFen)}${aside(donor.donations)}`}</span>
          </Descriptions.Item>
        </>
      }
      foot={
        donor.phone && (
          <Alert type="warning" showIcon style={{ marginTop: 12 }} message={t('don.donor.phoneAudited')} />
        )
      }
      history={{ edits, words, testId: 'donor-edits' }}
    >
      <Card
        title={t('don.donor.given')}
        extra={
          can('donations.write') && (
            <Button icon={<PlusOutlined />} onClick={() => setRecording(true)} data-testid="donor-record">
              {t('don.donor.record')}
            </Button>
          )
        }
      >
        <FitTable<Donation>
          rowKey="id"
          dataSource={donations}
          columns={columns}
          pagination={false}
          scroll={{ x: 900 }}
          locale={{ emptyText: t('don.donor.givenEmpty') }}
          data-testid="donor-donations"
        />
      </Card>
      <Card title={t('don.donor.funds')}>
        <FundTable funds={funds} empty={t('don.donor.fundsEmpty')} testId="donor-funds" />
      </Card>
      {recording && (
        <DonationFormModal
          donor={{ value: donor.id, label: donor.name }}
          {...heldDialog(() => setRecording(false), detail.reload)}
        />
      )}
    </DetailPage>
  );
}
