import { PlusOutlined, UndoOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Select, Space, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useSession } from '../../auth/session.tsx';
import { labelColumn, linkColumn, timeColumn } from '../../components/columns.tsx';
import { formatTime } from '../../components/dates.ts';
import { ListImport } from '../../components/ListImport.tsx';
import { Money } from '../../components/labels.tsx';
import { formatFen } from '../../components/money.ts';
import { optionsOf } from '../../components/options.ts';
import { dayWithEntry, PastDay } from '../../components/PastDay.tsx';
import { ReasonDialog } from '../../components/ReasonDialog.tsx';
import { RegisterList } from '../../components/RegisterList.tsx';
import { useSaving } from '../../components/useBusy.ts';
import { useListParams } from '../../components/useListParams.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import type { ProgramSummary } from '../programs/programs-api.ts';
import { useProgramOptions } from '../review/useProgramOptions.ts';
import { BatchPreviewModal } from './BatchPreviewModal.tsx';
import {
  type BatchPreview,
  type LedgerEntry,
  ledgerApi,
  type PaymentBatch,
  type PaymentMethod,
} from './ledger-api.ts';
import { payeeLine } from './payee.ts';
import { ReconciliationPanel } from './ReconciliationPanel.tsx';

/** Staff: the append-only ledger of entitlements and reversals, and the payment batches. */
export default function LedgerPage() {
  const { t } = useTranslation();
  const [params, set] = useListParams();
  const tab = params.get('tab') ?? 'entries';
  const programId = params.get('programId') ? Number(params.get('programId')) : undefined;
  const programs = useProgramOptions();
  const [refreshKey, setRefreshKey] = useState(0);
  usePageTitle(t('ledger.title'));
  return (
    <Flex vertical gap={16}>
      <Card
        title={t('ledger.title')}
        extra={
          <Space wrap>
            <ListImport register="past-payments" onClosed={() => setRefreshKey((k) => k + 1)} />
            <Select
              allowClear
              placeholder={t('ledger.pickProgram')}
              style={{ width: 300 }}
              value={programId}
              onChange={(v) => set('programId', v ? String(v) : undefined)}
              options={programs.map((p) => ({ value: p.id, label: p.name }))}
              showSearch={{ optionFilterProp: 'label' }}
              aria-label={t('ledger.pickProgram')}
              data-testid="ledger-program"
            />
          </Space>
        }
      >
        <Tabs
          activeKey={tab}
          onChange={(k) => set('tab', k === 'entries' ? undefined : k)}
          items={[
            {
              key: 'entries',
              label: t('ledger.entries'),
              children: (
                <EntriesTable
                  key={refreshKey}
                  programId={programId}
                  onChanged={() => setRefreshKey((k) => k + 1)}
                />
              ),
            },
            {
              key: 'batches',
              label: t('ledger.batches'),
              children: (
                <BatchesTable
                  programId={programId}
                  programs={programs}
                  onChanged={() => setRefreshKey((k) => k + 1)}
                />
              ),
            },
          ]}
        />
      </Card>
      {programId && <ReconciliationPanel programId={programId} refreshKey={refreshKey} wide />}
    </Flex>
  );
}

function EntriesTable({ programId, onChanged }: { programId?: number; onChanged: () => void }) {
  const { t } = useTranslation();
  const [reversing, setReversing] = useState<LedgerEntry | null>(null);

  return (
    <RegisterList<LedgerEntry>
      within
      testId="ledger-entries"
      deps={[programId]}
      load={({ page, pageSize }) => ledgerApi.list({ programId, page, pageSize })}
      exportHref={() => ledgerApi.entriesUrl({ programId })}
      exportLabel={t('ledger.exportEntries')}
      size="small"
      empty={t('ledger.noEntries')}
      what={t('load.what.ledger')}
      columns={[
        { title: '#', dataIndex: 'id', width: 70 },
        {
          title: t('ledger.field.kind'),
          dataIndex: 'kind',
          render: (k: string) => (
            <Tag color={k === 'reversal' ? 'orange' : 'blue'}>{t(`ledger.kind.${k}`)}</Tag>
          ),
        },
        { title: t('ledger.field.program'), dataIndex: 'programName', render: (v?: string) => v ?? '—' },
        { title: t('ledger.field.payee'), render: (_, r) => payeeLine(r) },
        {
          title: t('ledger.field.amount'),
          dataIndex: 'amountFen',
          align: 'right',
          render: (v: number) => (
            <Typography.Text type={v < 0 ? 'danger' : undefined}>{formatFen(v)}</Typography.Text>
          ),
        },
        {
          title: t('ledger.field.application'),
          dataIndex: 'applicationId',
          render: (v: number | null) => (v ? <Link to={`/applications/${v}`}>#{v}</Link> : '—'),
        },
        {
          title: t('ledger.field.state'),
          render: (_, r) =>
            r.kind === 'reversal' ? (
              <Typography.Text type="secondary">{t('ledger.reverses', { id: r.reversesId })}</Typography.Text>
            ) : (
              <LedgerStateTag state={r.paymentStatus ?? 'unpaid'} />
            ),
        },
        { title: t('ledger.field.reason'), dataIndex: 'reason', render: (v: string | null) => v ?? '' },
        timeColumn(t('ledger.field.createdAt'), 'createdAt'),
        {
          title: t('common.actions'),
          render: (_, r) =>
            r.reversible && (
              <Button
                size="small"
                icon={<UndoOutlined />}
                onClick={() => setReversing(r)}
                data-testid={`reverse-${r.id}`}
              >
                {t('ledger.reverse')}
              </Button>
            ),
        },
      ]}
    >
      {(list) => (
        <ReasonDialog
          open={reversing !== null}
          title={t('ledger.reverseTitle', { id: reversing?.id, amount: formatFen(reversing?.amountFen) })}
          hint={t('ledger.reverseHint')}
          placeholder={t('ledger.reasonPlaceholder')}
          okText={t('ledger.reverse')}
          danger
          onClose={() => setReversing(null)}
          submit={async (reason, day) => {
            if (!reversing) return undefined;
            await ledgerApi.reverse(reversing.id, reason, day);
            setReversing(null);
            onChanged();
            await list.reload();
            return t('ledger.reversed');
          }}
        />
      )}
    </RegisterList>
  );
}

function BatchesTable({
  programId,
  programs,
  onChanged,
}: {
  programId?: number;
  programs: ProgramSummary[];
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const { can, me } = useSession();
  const navigate = useNavigate();
  const { busy: creating, run: whileCreating } = useSaving();
  const [preview, setPreview] = useState<BatchPreview | null>(null);
  const [method, setMethod] = useState<PaymentMethod>('bank');
  const [madeOn, setMadeOn] = useState<string | null>(null);
  const program = programs.find((p) => p.id === programId);
  const target = { programId: programId ?? 0, orgId: me?.orgId ?? program?.ownerOrgId, method };

  // The clerk sees what the batch would pay, per union and in total, before it is created.
  const showPreview = async () => {
    if (!programId) return;
    await whileCreating(async () => {
      setPreview(await ledgerApi.previewBatch(target));
    });
  };

  return (
    <RegisterList<PaymentBatch>
      within
      testId="ledger-batches"
      deps={[programId]}
      load={({ page, pageSize }) => ledgerApi.batches({ programId, page, pageSize })}
      // what the batch would pay is shown before it is made, then the batch's page opens
      notice={() => (
        <Flex vertical gap={12} style={{ marginBottom: 12 }}>
          {can('ledger.write') && (
            <Flex gap={8} align="center">
              <Typography.Text>{t('ledger.method.label')}</Typography.Text>
              <Select<PaymentMethod>
                value={method}
                onChange={setMethod}
                style={{ width: 150 }}
                options={optionsOf(['bank', 'jingka'] as const, (m) => t(`ledger.method.${m}`))}
                data-testid="batch-method"
              />
              <Button
                type="primary"
                icon={<PlusOutlined />}
                disabled={!programId}
                loading={creating}
                onClick={showPreview}
                data-testid="batch-create"
              >
                {t('ledger.createBatch')}
              </Button>
              <Typography.Text type="secondary">
                {programId ? t('ledger.createBatchHint') : t('ledger.pickProgramFirst')}
              </Typography.Text>
            </Flex>
          )}
          {can('ledger.write') && <PastDay value={madeOn} onChange={setMadeOn} testId="batch-day" />}
          <BatchPreviewModal
            preview={preview}
            target={target}
            effectiveOn={madeOn}
            onChanged={setPreview}
            onCancel={() => setPreview(null)}
            onCreated={(b) => {
              setPreview(null);
              setMadeOn(null);
              onChanged();
              navigate(`/ledger/batches/${b.id}`);
            }}
          />
        </Flex>
      )}
      size="small"
      empty={t('ledger.noBatches')}
      what={t('load.what.batches')}
      columns={[
        linkColumn('#', 'id', (b: { id: number }) => `/ledger/batches/${b.id}`, { width: 70 }),
        { title: t('ledger.field.program'), dataIndex: 'programName', render: (v?: string) => v ?? '—' },
        { title: t('ledger.field.items'), dataIndex: 'itemCount', align: 'right' },
        {
          title: t('ledger.field.total'),
          dataIndex: 'totalFen',
          align: 'right',
          render: (v?: number) => <Money fen={v} />,
        },
        {
          title: t('ledger.field.method'),
          dataIndex: 'method',
          render: (m?: PaymentMethod) => (m ? t(`ledger.method.${m}`) : '—'),
        },
        labelColumn(t('ledger.field.status'), 'status', (s: string) => <BatchStatusTag status={s} />),
        {
          title: t('ledger.field.effectiveOn'),
          dataIndex: 'effectiveOn',
          render: (v: string | undefined, r) =>
            v ? (dayWithEntry(t, v, r.createdAt) ?? v) : formatTime(r.createdAt),
        },
        timeColumn(t('ledger.field.paidAt'), 'paidAt'),
      ]}
    />
  );
}

export function BatchStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={status === 'paid' ? 'green' : 'processing'}>
      {t(`ledger.batchStatus.${status}`, { defaultValue: status })}
    </Tag>
  );
}

const STATE_COLORS = { unpaid: 'gold', in_batch: 'processing', paid: 'green', reversed: 'default' } as const;
function LedgerStateTag({ state }: { state: keyof typeof STATE_COLORS }) {
  const { t } = useTranslation();
  return <Tag color={STATE_COLORS[state]}>{t(`ledger.state.${state}`)}</Tag>;
}
