import { DownloadOutlined, SyncOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Checkbox,
  Descriptions,
  Empty,
  Flex,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { useSession } from '../../auth/session.tsx';
import { CappedNotice } from '../../components/CappedNotice.tsx';
import { DayPicker } from '../../components/DayPicker.tsx';
import { fromDay } from '../../components/dates.ts';
import { useFeedback } from '../../components/feedback.ts';
import { formatCount, formatFen } from '../../components/format.ts';
import { useInvalidFields, ValidityScope } from '../../components/inputValidity.tsx';
import { emptyText, LoadGate } from '../../components/LoadError.tsx';
import { PersonSelect } from '../../components/PersonSelect.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { YuanInput } from '../../components/YuanInput.tsx';
import { ChangesCard } from './ChangesCard.tsx';
import { ClaimFiles } from './ClaimFiles.tsx';
import { ClaimStatus, ClaimTimeline, ReviewButtons } from './ClaimReview.tsx';
import {
  CLAIM_KINDS,
  type Claim,
  type ClaimKind,
  type Decision,
  insuranceApi,
  type PolicyDetail,
} from './insurance-api.ts';

/** Staff: a policy — premium due by days of cover, sync with the register, the insurer's list, its claims. */
export default function PolicyPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const policy = useLoad(() => insuranceApi.policy(id), [id]);
  const claims = useLoad(() => insuranceApi.claims({ policyId: id }), [id]);
  usePageTitle(policy.data?.title ?? t('ins.what.policy'));
  const reload = () => {
    policy.reload();
    claims.reload();
  };
  return (
    <LoadGate state={policy} what={t('ins.what.policy')}>
      {(p) => (
        <Flex vertical gap={16}>
          <PolicyCard p={p} onChanged={reload} />
          {p.recordedInsured === null && <ChangesCard p={p} />}
          <ClaimsCard p={p} claims={claims} onChanged={reload} />
        </Flex>
      )}
    </LoadGate>
  );
}

function PolicyCard({ p, onChanged }: { p: PolicyDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const feedback = useFeedback();
  const [on, setOn] = useState<Dayjs | null>(() => {
    const today = dayjs();
    return today.isAfter(dayjs(p.endsOn))
      ? dayjs(p.endsOn)
      : today.isBefore(dayjs(p.startsOn))
        ? dayjs(p.startsOn)
        : today;
  });
  const [busy, setBusy] = useState(false);
  const sync = async () => {
    if (!on) return;
    setBusy(true);
    try {
      const r = await insuranceApi.sync(p.id, fromDay(on) as string);
      feedback.success(t('ins.detail.syncDone', r));
      onChanged();
    } catch (err) {
      feedback.error(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card
      title={p.title}
      extra={
        <Space wrap>
          <Button icon={<DownloadOutlined />} href={insuranceApi.insuredUrl(p.id)}>
            {t('ins.detail.export')}
          </Button>
          {can('people.reveal_id') && (
            <Button icon={<DownloadOutlined />} href={insuranceApi.insuredUrl(p.id, true)}>
              {t('ins.detail.exportFull')}
            </Button>
          )}
        </Space>
      }
    >
      <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
        <Descriptions.Item label={t('ins.field.union')}>{p.orgName}</Descriptions.Item>
        <Descriptions.Item label={t('ins.field.insurer')}>{p.insurer}</Descriptions.Item>
        <Descriptions.Item label={t('ins.field.policyNo')}>{p.policyNo}</Descriptions.Item>
        <Descriptions.Item label={t('ins.field.period')}>
          {p.startsOn} — {p.endsOn}
        </Descriptions.Item>
        <Descriptions.Item label={t('ins.field.premium')}>{formatFen(p.premiumFen)}</Descriptions.Item>
        <Descriptions.Item label={t('ins.field.cover')}>{p.cover}</Descriptions.Item>
        <Descriptions.Item label={t('ins.field.payer')}>{t(`ins.payer.${p.payer}`)}</Descriptions.Item>
        {p.recordedInsured !== null ? (
          <Descriptions.Item label={t('ins.detail.due')} span={2}>
            {t('ins.detail.recorded', {
              insured: formatCount(p.recordedInsured),
              premium: formatFen(p.recordedPremiumFen ?? 0),
            })}
          </Descriptions.Item>
        ) : (
          <>
            <Descriptions.Item label={t('ins.detail.people')}>{formatCount(p.people)}</Descriptions.Item>
            <Descriptions.Item label={t('ins.field.insuredNow')}>
              {formatCount(p.insuredNow)}
            </Descriptions.Item>
            <Descriptions.Item label={t('ins.detail.personDays')}>
              {formatCount(p.personDays)}
            </Descriptions.Item>
            <Descriptions.Item
              label={<Tooltip title={t('ins.detail.dueHint')}>{t('ins.detail.due')}</Tooltip>}
            >
              <strong data-testid="ins-due">{formatFen(p.dueFen)}</strong>
            </Descriptions.Item>
          </>
        )}
      </Descriptions>
      {can('insurance.write') && p.recordedInsured === null && (
        <Space style={{ marginTop: 12 }} wrap>
          <Typography.Text>{t('ins.detail.syncOn')}</Typography.Text>
          <DayPicker
            value={on}
            onChange={(d) => setOn(d)}
            disabledDate={(d) => d.isBefore(dayjs(p.startsOn)) || d.isAfter(dayjs(p.endsOn))}
          />
          <Button icon={<SyncOutlined />} loading={busy} onClick={() => void sync()} data-testid="ins-sync">
            {t('ins.detail.sync')}
          </Button>
        </Space>
      )}
    </Card>
  );
}

function ClaimsCard({
  p,
  claims,
  onChanged,
}: {
  p: PolicyDetail;
  claims: ReturnType<typeof useLoad<{ items: Claim[]; total: number }>>;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const { can } = useSession();
  const feedback = useFeedback();
  const [filing, setFiling] = useState(false);
  const [deciding, setDeciding] = useState<{ claim: Claim; action: 'approve' | 'reject' } | null>(null);
  const act = async (c: Claim, body: Decision) => {
    try {
      await insuranceApi.decide(c.id, body);
      feedback.success(t('ins.claim.done'));
      onChanged();
      return true;
    } catch (err) {
      feedback.error(err);
      return false;
    }
  };
  const writable = can('insurance.write');
  return (
    <Card
      title={t('ins.what.claims')}
      extra={
        writable &&
        p.recordedInsured === null && (
          <Button onClick={() => setFiling(true)} data-testid="ins-file-for">
            {t('ins.detail.fileFor')}
          </Button>
        )
      }
    >
      <CappedNotice list={claims.data} />
      <Table<Claim>
        rowKey="id"
        size="small"
        dataSource={claims.data?.items}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{
          emptyText: emptyText(claims, <Empty description={t('ins.claim.empty')} />, t('ins.what.claims')),
        }}
        data-testid="ins-claims"
        expandable={{
          expandedRowRender: (c) => (
            <Flex gap={32} wrap>
              <ClaimTimeline c={c} />
              <div style={{ minWidth: 320 }}>
                <ClaimFiles c={c} checklist={p.documents[c.kind] ?? []} onDone={onChanged} />
              </div>
            </Flex>
          ),
        }}
        scroll={{ x: 900 }}
        columns={[
          { title: t('ins.claim.person'), dataIndex: 'personName' },
          { title: t('ins.claim.kind'), dataIndex: 'kind', render: (k: ClaimKind) => t(`ins.kind.${k}`) },
          { title: t('ins.claim.incidentOn'), dataIndex: 'incidentOn', width: 110 },
          { title: t('ins.claim.description'), dataIndex: 'description', ellipsis: true },
          { title: t('ins.claim.filedOn'), dataIndex: 'filedOn', width: 110 },
          {
            title: t('ins.claim.daysOpen'),
            key: 'days',
            width: 140,
            render: (_, c) => (
              <Space>
                {c.daysOpen}
                {c.overdue && <Tag color="red">{t('ins.claim.overdue')}</Tag>}
              </Space>
            ),
          },
          {
            title: t('ins.claim.payout'),
            dataIndex: 'payoutFen',
            align: 'right',
            render: (n: number | null, c) =>
              c.status === 'rejected'
                ? c.rejectReason
                : c.status === 'returned'
                  ? c.returnReason
                  : n === null
                    ? '—'
                    : formatFen(n),
          },
          {
            title: '',
            key: 'status',
            width: 320,
            render: (_, c) => (
              <Space wrap>
                <ClaimStatus c={c} />
                <ReviewButtons c={c} onDone={onChanged} />
                {writable && c.status === 'forwarded' && (
                  <>
                    <Button
                      size="small"
                      type="primary"
                      onClick={() => setDeciding({ claim: c, action: 'approve' })}
                      data-testid={`ins-approve-${c.id}`}
                    >
                      {t('ins.claim.approve')}
                    </Button>
                    <Button size="small" danger onClick={() => setDeciding({ claim: c, action: 'reject' })}>
                      {t('ins.claim.reject')}
                    </Button>
                  </>
                )}
                {writable && c.status === 'approved' && (
                  <Button
                    size="small"
                    onClick={() => void act(c, { action: 'pay' })}
                    data-testid={`ins-pay-${c.id}`}
                  >
                    {t(c.payer === 'union' ? 'ins.claim.payLedger' : 'ins.claim.pay')}
                  </Button>
                )}
                {c.ledger && (
                  <Tag color={c.ledger.paidFen > 0 ? 'green' : 'gold'} data-testid={`ins-ledger-${c.id}`}>
                    {c.ledger.paidFen > 0
                      ? t('ins.claim.ledgerPaid', { paid: formatFen(c.ledger.paidFen) })
                      : t('ins.claim.ledgerDue')}
                  </Tag>
                )}
              </Space>
            ),
          },
        ]}
      />
      {deciding && (
        <DecideModal
          action={deciding.action}
          onClose={() => setDeciding(null)}
          onSubmit={async (body) => {
            if (await act(deciding.claim, body)) setDeciding(null);
          }}
        />
      )}
      {filing && <FileForModal p={p} onClose={() => setFiling(false)} onDone={onChanged} />}
    </Card>
  );
}

function DecideModal({
  action,
  onClose,
  onSubmit,
}: {
  action: 'approve' | 'reject';
  onClose: () => void;
  onSubmit: (body: Decision) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ payoutFen?: number; reason?: string }>();
  const invalid = useInvalidFields();
  return (
    <Modal
      open
      title={t(action === 'approve' ? 'ins.claim.approve' : 'ins.claim.reject')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ 'data-testid': 'ins-decide-ok' } as never}
    >
      <ValidityScope fields={invalid}>
        <Form
          form={form}
          layout="vertical"
          onFinish={(v) => {
            if (invalid.blocked()) return;
            return onSubmit(
              action === 'approve' ? { action, payoutFen: v.payoutFen } : { action, reason: v.reason },
            );
          }}
        >
          {action === 'approve' ? (
            <Form.Item name="payoutFen" label={t('ins.claim.payout')} rules={[{ required: true }]}>
              <YuanInput style={{ width: '100%' }} testId="ins-payout" />
            </Form.Item>
          ) : (
            <Form.Item
              name="reason"
              label={t('ins.claim.reason')}
              rules={[{ required: true, whitespace: true }]}
            >
              <Input.TextArea rows={2} maxLength={500} />
            </Form.Item>
          )}
        </Form>
      </ValidityScope>
    </Modal>
  );
}

interface ClaimValues {
  kind: ClaimKind;
  incidentOn: Dayjs;
  place: string;
  description: string;
  documents: string[];
}

/** The claim form's fields, shared by the staff modal and the worker's phone page. */
export function ClaimFields({ documents, kind }: { documents: Record<string, string[]>; kind?: ClaimKind }) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item
        name="kind"
        label={t('ins.claim.kind')}
        rules={[{ required: true, message: t('ins.claim.needKind') }]}
      >
        <Select
          options={CLAIM_KINDS.map((k) => ({ value: k, label: t(`ins.kind.${k}`) }))}
          data-testid="ins-claim-kind"
        />
      </Form.Item>
      <Form.Item
        name="incidentOn"
        label={t('ins.claim.incidentOn')}
        rules={[{ required: true, message: t('ins.claim.needDate') }]}
      >
        <DayPicker
          style={{ width: '100%' }}
          disabledDate={(d) => d.isAfter(dayjs(), 'day')}
          data-testid="ins-claim-date"
        />
      </Form.Item>
      <Form.Item
        name="place"
        label={t('ins.claim.place')}
        rules={[{ required: true, whitespace: true, message: t('ins.claim.needPlace') }]}
      >
        <Input maxLength={200} data-testid="ins-claim-place" />
      </Form.Item>
      <Form.Item
        name="description"
        label={t('ins.claim.description')}
        rules={[{ required: true, whitespace: true, message: t('ins.claim.needDescription') }]}
      >
        <Input.TextArea rows={3} maxLength={2000} data-testid="ins-claim-description" />
      </Form.Item>
      {kind && (
        <Form.Item name="documents" label={t('ins.claim.documents')}>
          <Checkbox.Group options={(documents[kind] ?? []).map((d) => ({ value: d, label: d }))} />
        </Form.Item>
      )}
    </>
  );
}

export const claimBody = (v: ClaimValues) => ({
  kind: v.kind,
  incidentOn: fromDay(v.incidentOn) as string,
  place: v.place,
  description: v.description,
  documents: v.documents ?? [],
});

function FileForModal({ p, onClose, onDone }: { p: PolicyDetail; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const feedback = useFeedback();
  const [form] = Form.useForm<ClaimValues>();
  const kind = Form.useWatch('kind', form);
  const [personId, setPersonId] = useState<number | null>(null);
  const submit = async (v: ClaimValues) => {
    if (!personId) {
      feedback.error(new Error(t('ins.claim.needPerson')));
      return;
    }
    try {
      await insuranceApi.fileClaim({ policyId: p.id, personId, ...claimBody(v) });
      feedback.success(t('ins.claim.filed'));
      onDone();
      onClose();
    } catch (err) {
      feedback.error(err);
    }
  };
  return (
    <Modal open title={t('ins.detail.fileFor')} onCancel={onClose} onOk={() => form.submit()}>
      <Form<ClaimValues> form={form} layout="vertical" onFinish={submit}>
        <Form.Item label={t('ins.claim.person')} required>
          <PersonSelect
            value={personId}
            onChange={(v) => setPersonId(typeof v === 'number' ? v : null)}
            known={[]}
          />
        </Form.Item>
        <ClaimFields documents={p.documents} kind={kind} />
      </Form>
    </Modal>
  );
}
