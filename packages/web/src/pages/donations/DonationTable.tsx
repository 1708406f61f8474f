import { FilePdfOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { labelColumn, linkColumn } from '../../components/columns.tsx';
import { dayWithEntry } from '../../components/PastDay.tsx';
import { type Donation, donationsApi } from './donations-api.ts';
import { GiftText } from './labels.tsx';

/** The columns of a donations table; `withDonor` adds the donor (left out on the donor's own page). */
export function useDonationColumns(withDonor: boolean): ColumnsType<Donation> {
  const { t } = useTranslation();
  return [
    {
      // The day received, and the day it was entered when later (补录).
      title: t('don.field.receivedOn'),
      dataIndex: 'receivedOn',
      width: 120,
      render: (day: string, d: Donation) => dayWithEntry(t, day, d.createdAt) ?? day,
    },
    ...(withDonor
      ? [linkColumn(t('don.field.donor'), 'donorName', (d: Donation) => `/donors/${d.donorId}`)]
      : []),
    labelColumn(t('don.field.kind'), 'kind', (k) => t(`don.kind.${k}`), { width: 80 }),
    { title: t('don.field.gift'), key: 'gift', render: (_: unknown, d: Donation) => <GiftText d={d} /> },
    { title: t('don.field.union'), dataIndex: 'orgName' },
    {
      // Where the gift went: a fund, or (goods) a 送温暖 campaign's stock; otherwise the union itself.
      title: t('don.field.wentTo'),
      key: 'wentTo',
      render: (_: unknown, d: Donation) =>
        d.fundName ? (
          <Link to={`/funds/${d.fundId}`}>{d.fundName}</Link>
        ) : d.campaignTitle ? (
          <Link to={`/care/${d.campaignId}`}>{t('don.field.toCampaign', { title: d.campaignTitle })}</Link>
        ) : (
          '—'
        ),
    },
    {
      title: t('don.donations.acknowledgement'),
      key: 'pdf',
      width: 120,
      render: (_: unknown, d: Donation) => (
        <Button
          size="small"
          icon={<FilePdfOutlined />}
          href={donationsApi.acknowledgementUrl(d.id)}
          target="_blank"
          data-testid="donation-pdf"
        >
          PDF
        </Button>
      ),
    },
  ];
}
