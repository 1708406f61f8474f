import { CheckOutlined, DownloadOutlined, StopOutlined } from '@ant-design/icons';
import { Button, Descriptions, Popconfirm } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { useSession } from '../../auth/session.tsx';
import { textColumn } from '../../components/columns.tsx';
import { DayDialog } from '../../components/DayDialog.tsx';
import { DetailPage } from '../../components/DetailPage.tsx';
import { formatTime } from '../../components/dates.ts';
import { LoadState } from '../../components/LoadError.tsx';
import { Money } from '../../components/labels.tsx';
import { formatFen } from '../../components/money.ts';
import { dayWithEntry } from '../../components/PastDay.tsx';
import { FitTable } from '../../components/TableCard.tsx';
import { useSaving } from '../../components/useBusy.ts';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { BatchStatusTag } from './LedgerPage.tsx';
import { ledgerApi } from './ledger-api.ts';
import { MissingAccounts } from './MissingAccounts.tsx';
import { markPaidText } from './mark-paid.ts';
import { payeeLine } from './payee.ts';
import { ReconciliationPanel } from './ReconciliationPanel.tsx';

/** Staff: one payment batch — its items, the .xlsx for the bank, and marking it paid. */
export default function BatchDetailPage() {
  const id = Number(useParams().id);
  const { t } = useTranslation();
  const { can } = useSession();
  const { run } = useSaving();
  const loaded = useLoad(() => ledgerApi.batch(id), [id]);
  usePageTitle(t('ledger.batchTitle', { id }));
  const batch = loaded.data;
  const load = loaded.reload;
  const [refreshKey, setRefreshKey] = useState(0);
  const [paying, setPaying] = useState(false);

  if (!batch) return <LoadState state={loaded} what={t('load.what.batch')} />;
  const total = batch.totalFen ?? batch.items.reduce((s, i) => s + i.amountFen, 0);
  const method = batch.method ?? 'bank';
  const missing = batch.withoutAccount ?? [];
  const markPaid = (day: string | null) =>
    run(async () => {
      await ledgerApi.markPaid(id, undefined, day);
      setPaying(false);
      setRefreshKey((k) => k + 1);
      return t('ledger.markedPaid');
    }, load);
  const cancel = () =>
    run(async () => {
      await ledgerApi.cancel(id);
      setRefreshKey((k) => k + 1);
      return t('ledger.cancelled');
    }, load);
  return (
    <DetailPage
      title={t('ledger.batchTitle', { id })}
      status={<BatchStatusTag status={batch.status} />}
      back={{ to: '/ledger?tab=batches', label: t('ledger.backToBatches') }}
      actions={
        <>
          {missing.length ? (
            // The sheet would leave people unpaid: the clerk confirms, and the sheet notes them.
            <Popconfirm
              title={t('ledger.missing.confirm', {
                count: missing.length,
                account: t(`ledger.account.${method}`),
              })}
              okText={t('ledger.missing.exportAnyway')}
              okButtonProps={{ 'data-testid': 'batch-export-anyway' } as never}
              onConfirm={() => {
                window.location.assign(ledgerApi.exportUrl(id, true));
              }}
            >
              <Button icon={<DownloadOutlined />} data-testid="batch-export">
                {t('ledger.export')}
              </Button>
            </Popconfirm>
          ) : (
            <Button icon={<DownloadOutlined />} href={ledgerApi.exportUrl(id)} data-testid="batch-export">
              {t('ledger.export')}
            </Button>
          )}
          {can('ledger.write') && (batch.status === 'draft' || batch.status === 'exported') && (
            <Popconfirm title={t('ledger.cancelBatchConfirm')} onConfirm={cancel}>
              <Button danger icon={<StopOutlined />} data-testid="batch-cancel">
                {t('ledger.cancelBatch')}
              </Button>
            </Popconfirm>
          )}
          {can('ledger.write') && (batch.status === 'draft' || batch.status === 'exported') && (
            <Button
              type="primary"
              icon={<CheckOutlined />}
              onClick={() => setPaying(true)}
              data-testid="batch-mark-paid"
            >
              {t('ledger.markPaid')}
            </Button>
          )}
        </>
      }
      factsColumns={3}
      facts={
        <>
          <Descriptions.Item label={t('ledger.field.program')}>{batch.programName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('ledger.field.items')}>
            {batch.itemCount ?? batch.items.length}
          </Descriptions.Item>
          <Descriptions.Item label={t('ledger.field.total')}>
            <span data-testid="batch-total">{formatFen(total)}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('ledger.field.method')}>
            {t(`ledger.method.${method}`)}
          </Descriptions.Item>
          <Descriptions.Item label={t('ledger.field.effectiveOn')}>
            <span data-testid="batch-day">
              {batch.effectiveOn
                ? (dayWithEntry(t, batch.effectiveOn, batch.createdAt) ?? batch.effectiveOn)
                : '—'}
            </span>
          </Descriptions.Item>
          <Descriptions.Item label={t('ledger.field.createdAt')}>
            {formatTime(batch.createdAt)}
          </Descriptions.Item>
          <Descriptions.Item label={t('ledger.field.paidAt')}>{formatTime(batch.paidAt)}</Descriptions.Item>
        </>
      }
      foot={
        <>
          {batch.status !== 'cancelled' && batch.status !== 'paid' && (
            <div style={{ marginTop: 12 }}>
              <MissingAccounts method={method} items={missing} />
            </div>
          )}
          <DayDialog
            open={paying}
            title={t('ledger.markPaid')}
            text={markPaidText(t, missing.length, method)}
            okText={t('ledger.markPaid')}
            okTestId="batch-mark-paid-ok"
            onCancel={() => setPaying(false)}
            onOk={markPaid}
          />
          <FitTable
            style={{ marginTop: 16 }}
            size="small"
            rowKey={(r) => String(r.ledgerEntryId)}
            dataSource={batch.items}
            pagination={{ pageSize: 50 }}
            columns={[
              { title: t('ledger.field.entry'), dataIndex: 'ledgerEntryId', width: 90 },
              { title: t('ledger.field.payee'), render: (_, r) => payeeLine(r) },
              textColumn(t('ledger.field.idNumber'), 'personIdMasked'),
              textColumn(t('ledger.field.union'), 'orgName'),
              {
                title: t('ledger.field.amount'),
                dataIndex: 'amountFen',
                align: 'right',
                render: (v: number) => <Money fen={v} />,
              },
            ]}
          />
        </>
      }
    >
      {batch.programId && (
        <ReconciliationPanel
          programId={batch.programId}
          refreshKey={refreshKey}
          wide
          title={t('ledger.recon.programTitle')}
        />
      )}
    </DetailPage>
  );
}
