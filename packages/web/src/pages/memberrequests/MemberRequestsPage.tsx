import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Flex, Input, Modal, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFeedback } from '../../components/feedback.ts';
import { PagedTable } from '../../components/PagedTable.tsx';
import { PastDay } from '../../components/PastDay.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import {
  exportUrl,
  KINDS,
  type MemberRequest,
  memberRequestsApi,
  type RequestKind,
  type RequestStatus,
  STATUS_COLOR,
  STATUSES,
} from './memberrequests-api.ts';
import { progressText, RequestChanges } from './RequestChanges.tsx';

type Deciding = { row: MemberRequest; action: 'accept' | 'decline' };

/** Staff: members' own corrections and transfers of my subtree (moves into my unions too); agree or decline. */
export default function MemberRequestsPage() {
  const { t } = useTranslation();
  usePageTitle(t('mr.staff.title'));
  const feedback = useFeedback();
  const [kind, setKind] = useState<RequestKind | undefined>();
  const [status, setStatus] = useState<RequestStatus | undefined>('pending');
  const [page, setPage] = useState(1);
  const [deciding, setDeciding] = useState<Deciding | null>(null);
  const [reason, setReason] = useState('');
  const [day, setDay] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const list = useLoad(
    () => memberRequestsApi.list({ kind, status, page, pageSize: 20 }),
    [kind, status, page],
  );

  const open = (row: MemberRequest, action: Deciding['action']) => {
    setReason('');
    setDay(null);
    setDeciding({ row, action });
  };

  const decide = async () => {
    if (!deciding) return;
    const { row, action } = deciding;
    setBusy(true);
    try {
      const effectiveOn = day ?? undefined;
      const side = row.canAct[0];
      if (action === 'accept') {
        const r = await memberRequestsApi.accept(row.id, { effectiveOn, side });
        feedback.success(r.status === 'accepted' ? t('mr.staff.done') : t('mr.staff.halfDone'));
      } else {
        await memberRequestsApi.decline(row.id, { reason: reason.trim(), effectiveOn, side });
        feedback.success(t('mr.staff.declined'));
      }
      setDeciding(null);
      await list.reload();
    } catch (err) {
      feedback.error(err);
    } finally {
      setBusy(false);
    }
  };

  const acceptLabel = (row: MemberRequest) =>
    row.kind === 'correction'
      ? t('mr.staff.accept')
      : row.canAct[0] === 'from'
        ? t('mr.staff.release')
        : t('mr.staff.admit');

  return (
    <Card
      title={t('mr.staff.title')}
      extra={
        <Button icon={<DownloadOutlined />} href={exportUrl({ kind, status })} data-testid="mr-export">
          {t('mr.staff.export')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('mr.staff.intro')}</Typography.Paragraph>
      <Flex gap={8} style={{ marginBottom: 16 }}>
        <Select
          style={{ width: 160 }}
          value={kind ?? 'all'}
          onChange={(v) => {
            setKind(v === 'all' ? undefined : (v as RequestKind));
            setPage(1);
          }}
          options={[
            { value: 'all', label: t('mr.staff.allKinds') },
            ...KINDS.map((k) => ({ value: k, label: t(`mr.kind.${k}`) })),
          ]}
          data-testid="mr-kind-filter"
        />
        <Select
          style={{ width: 160 }}
          value={status ?? 'all'}
          onChange={(v) => {
            setStatus(v === 'all' ? undefined : (v as RequestStatus));
            setPage(1);
          }}
          options={[
            { value: 'all', label: t('mr.staff.allStatuses') },
            ...STATUSES.map((s) => ({ value: s, label: t(`mr.status.${s}`) })),
          ]}
          data-testid="mr-status-filter"
        />
      </Flex>
      <PagedTable<MemberRequest>
        list={list}
        page={page}
        pageSize={20}
        onPage={setPage}
        empty={t('mr.staff.empty')}
        rowKey="id"
        columns={[
          { title: t('mr.field.filedOn'), dataIndex: 'filedOn', width: 110 },
          {
            title: t('mr.field.kind'),
            dataIndex: 'kind',
            width: 90,
            render: (k: RequestKind) => t(`mr.kind.${k}`),
          },
          { title: t('mr.field.member'), dataIndex: 'personName', width: 100 },
          { title: t('mr.field.fromUnion'), dataIndex: 'fromOrgName' },
          { title: t('mr.field.changes'), render: (_, row) => <RequestChanges r={row} /> },
          {
            title: t('mr.field.status'),
            dataIndex: 'status',
            render: (s: RequestStatus, row) => (
              <Flex vertical gap={2}>
                <span>
                  <Tag color={STATUS_COLOR[s]}>{t(`mr.status.${s}`)}</Tag>
                </span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {progressText(row, t)}
                </Typography.Text>
              </Flex>
            ),
          },
          {
            title: t('common.actions'),
            width: 170,
            render: (_, row) =>
              row.canAct.length ? (
                <Flex gap={4}>
                  <Button
                    type="link"
                    size="small"
                    onClick={() => open(row, 'accept')}
                    data-testid="mr-accept"
                  >
                    {acceptLabel(row)}
                  </Button>
                  <Button
                    type="link"
                    size="small"
                    danger
                    onClick={() => open(row, 'decline')}
                    data-testid="mr-decline"
                  >
                    {t('mr.staff.decline')}
                  </Button>
                </Flex>
              ) : null,
          },
        ]}
      />
      <Modal
        open={deciding !== null}
        title={
          deciding ? (deciding.action === 'accept' ? acceptLabel(deciding.row) : t('mr.staff.decline')) : ''
        }
        okText={deciding?.action === 'accept' ? t('mr.staff.confirm') : t('mr.staff.decline')}
        okButtonProps={
          {
            danger: deciding?.action === 'decline',
            disabled: deciding?.action === 'decline' && !reason.trim(),
            loading: busy,
            'data-testid': 'mr-decide-ok',
          } as never
        }
        onCancel={() => setDeciding(null)}
        onOk={decide}
        destroyOnHidden
      >
        {deciding && (
          <Flex vertical gap={12}>
            <Descriptions size="small" column={1} bordered>
              <Descriptions.Item label={t('mr.field.member')}>{deciding.row.personName}</Descriptions.Item>
              <Descriptions.Item label={t('mr.field.kind')}>
                {t(`mr.kind.${deciding.row.kind}`)}
              </Descriptions.Item>
              <Descriptions.Item label={t('mr.field.changes')}>
                <RequestChanges r={deciding.row} />
              </Descriptions.Item>
              {deciding.row.note && (
                <Descriptions.Item label={t('mr.field.note')}>{deciding.row.note}</Descriptions.Item>
              )}
            </Descriptions>
            {deciding.action === 'accept' && deciding.row.kind === 'transfer' && (
              <Typography.Text type="secondary">{t('mr.staff.bothSides')}</Typography.Text>
            )}
            {deciding.action === 'decline' && (
              <>
                <Typography.Text>{t('mr.staff.reason')}</Typography.Text>
                <Input.TextArea
                  rows={3}
                  maxLength={500}
                  value={reason}
                  onChange={(e) => setReason(e.target.value)}
                  data-testid="mr-decline-reason"
                />
              </>
            )}
            <PastDay value={day} onChange={setDay} testId="mr-day" />
          </Flex>
        )}
      </Modal>
    </Card>
  );
}
