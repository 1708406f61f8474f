import { Alert, Empty, Flex, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, pickedDay } from '../../api/client.ts';
import { useFeedback } from '../../components/feedback.ts';
import { Money } from '../../components/labels.tsx';
import { formatFen } from '../../components/money.ts';
import { FitTable, WholeTable } from '../../components/TableCard.tsx';
import { type BatchPreview, type BatchTarget, ledgerApi, type PaymentBatch } from './ledger-api.ts';
import { MissingAccounts } from './MissingAccounts.tsx';
import { payeeLine } from './payee.ts';

/**
 * What a new payment batch would pay — each application, the subtotal per union, the total — shown before
 * it is created. Creating passes the previewed applications and total; when the payable entries changed in
 * between, the server refuses and the preview is shown again, refreshed.
 */
export function BatchPreviewModal({
  preview,
  target,
  effectiveOn,
  onChanged,
  onCancel,
  onCreated,
}: {
  preview: BatchPreview | null;
  target: BatchTarget;
  /** The day the batch is made, when the clerk records a past day (补录); null for today. */
  effectiveOn: string | null;
  onChanged: (fresh: BatchPreview) => void;
  onCancel: () => void;
  onCreated: (batch: PaymentBatch) => void;
}) {
  const { t } = useTranslation();
  const feedback = useFeedback();
  const [busy, setBusy] = useState(false);
  const [changed, setChanged] = useState(false);

  const confirm = async () => {
    if (!preview) return;
    setBusy(true);
    try {
      const batch = await ledgerApi.createBatch({
        ...target,
        requestId: crypto.randomUUID(),
        ...pickedDay(effectiveOn),
        expected: { applicationIds: preview.items.map((i) => i.applicationId), totalFen: preview.totalFen },
      });
      setChanged(false);
      onCreated(batch);
    } catch (err) {
      feedback.error(err);
      if (err instanceof ApiError && err.code === 'PAYMENT_PREVIEW_STALE') {
        try {
          onChanged(await ledgerApi.previewBatch(target));
          setChanged(true);
        } catch (again) {
          feedback.error(again);
        }
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={preview !== null}
      width={880}
      title={t('ledger.preview.title', { program: preview?.programName ?? '' })}
      okText={t('ledger.preview.confirm')}
      okButtonProps={
        { disabled: !preview?.itemCount, loading: busy, 'data-testid': 'batch-confirm' } as never
      }
      onOk={confirm}
      onCancel={() => {
        setChanged(false);
        onCancel();
      }}
      destroyOnHidden
    >
      {preview && (
        <Flex vertical gap={16} data-testid="batch-preview">
          {changed && <Alert type="warning" showIcon title={t('ledger.preview.changed')} />}
          {preview.itemCount === 0 ? (
            <Empty description={t('ledger.preview.empty')} />
          ) : (
            <>
              <Flex gap={12} align="baseline">
                <Typography.Text type="secondary">
                  {t('ledger.preview.summary', { count: preview.itemCount })}
                </Typography.Text>
                <Typography.Title level={3} style={{ margin: 0 }} data-testid="preview-total">
                  {formatFen(preview.totalFen)}
                </Typography.Title>
                <Typography.Text type="secondary">
                  {t('ledger.field.method')}
                  {t('common.colon')}
                  {t(`ledger.method.${preview.method}`)}
                </Typography.Text>
                {effectiveOn && (
                  <Typography.Text type="secondary" data-testid="preview-day">
                    {t('ledger.preview.day')}
                    {t('common.colon')}
                    {effectiveOn}
                  </Typography.Text>
                )}
              </Flex>
              <MissingAccounts method={preview.method} items={preview.withoutAccount} />
              <WholeTable
                title={() => t('ledger.preview.byUnion')}
                rowKey="orgId"
                dataSource={preview.byUnion}
                scroll={{ y: 160 }}
                columns={[
                  { title: t('ledger.field.union'), dataIndex: 'orgName', ellipsis: true },
                  { title: t('ledger.field.items'), dataIndex: 'itemCount', align: 'right', width: 90 },
                  {
                    title: t('ledger.field.total'),
                    dataIndex: 'totalFen',
                    align: 'right',
                    width: 140,
                    render: (v: number) => <Money fen={v} />,
                  },
                ]}
              />
              <FitTable
                size="small"
                title={() => t('ledger.preview.items')}
                rowKey="ledgerEntryId"
                dataSource={preview.items}
                pagination={{ pageSize: 8, size: 'small', showSizeChanger: false }}
                data-testid="preview-items"
                columns={[
                  {
                    title: t('ledger.field.payee'),
                    render: (_, r) => payeeLine(r),
                    width: 110,
                    ellipsis: true,
                  },
                  { title: t('ledger.field.idNumber'), dataIndex: 'personIdMasked', width: 190 },
                  { title: t('ledger.field.union'), dataIndex: 'orgName', ellipsis: true },
                  {
                    title: t('ledger.field.amount'),
                    dataIndex: 'amountFen',
                    align: 'right',
                    width: 130,
                    render: (v: number) => <Money fen={v} />,
                  },
                ]}
              />
            </>
          )}
        </Flex>
      )}
    </Modal>
  );
}
