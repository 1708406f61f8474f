import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Modal, Popconfirm, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../../components/labels.tsx';
import { PagedTable } from '../../components/PagedTable.tsx';
import { PastDay } from '../../components/PastDay.tsx';
import { useBusy } from '../../components/useBusy.ts';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { JOIN_STATUSES, type JoinRequest, type JoinStatus, onboardingApi } from './onboarding-api.ts';

const STATUS_COLOR: Record<JoinStatus, string> = { pending: 'gold', accepted: 'green', declined: 'default' };

/** Staff: join requests (网上入会) to the unions of my subtree; accept, or decline with a reason. */
export default function JoinRequestsPage() {
  const { t } = useTranslation();
  usePageTitle(t('onb.requests.title'));
  const [status, setStatus] = useState<JoinStatus | undefined>('pending');
  const [page, setPage] = useState(1);
  const [declining, setDeclining] = useState<JoinRequest | null>(null);
  const [reason, setReason] = useState('');
  const { busy, run } = useBusy<number>();
  /** The day a request was accepted or declined (a member's first day); null is today (ADR 40). */
  const [decidedOn, setDecidedOn] = useState<string | null>(null);
  const list = useLoad(() => onboardingApi.listJoinRequests({ status, page, pageSize: 20 }), [status, page]);

  const accept = (row: JoinRequest) =>
    run(
      row.id,
      async () => {
        await onboardingApi.accept(row.id, decidedOn);
        return t('onb.requests.accepted');
      },
      list.reload,
    );

  const decline = async () => {
    if (!declining) return;
    await run(
      declining.id,
      async () => {
        await onboardingApi.decline(declining.id, reason.trim(), decidedOn);
        return t('onb.requests.declined');
      },
      () => {
        setDeclining(null);
        return list.reload();
      },
    );
  };

  return (
    <Card
      title={t('onb.requests.title')}
      extra={
        <Button
          icon={<DownloadOutlined />}
          href={`/api/join-requests.xlsx${status ? `?status=${status}` : ''}`}
          data-testid="join-export"
        >
          {t('onb.requests.export')}
        </Button>
      }
    >
      <Flex gap={8} style={{ marginBottom: 16 }}>
        <Select
          style={{ width: 160 }}
          value={status ?? 'all'}
          onChange={(v) => {
            setStatus(v === 'all' ? undefined : (v as JoinStatus));
            setPage(1);
          }}
          options={[
            { value: 'all', label: t('onb.requests.all') },
            ...JOIN_STATUSES.map((s) => ({ value: s, label: t(`onb.requests.status.${s}`) })),
          ]}
          data-testid="join-status-filter"
        />
        <PastDay value={decidedOn} onChange={setDecidedOn} testId="join-decided-on" />
      </Flex>
      <PagedTable<JoinRequest>
        list={list}
        page={page}
        pageSize={20}
        onPage={setPage}
        empty={t('onb.requests.empty')}
        columns={[
          { title: t('onb.field.name'), dataIndex: 'name' },
          { title: t('onb.field.idNumber'), dataIndex: 'idMasked' },
          { title: t('onb.field.phone'), dataIndex: 'phone' },
          { title: t('onb.requests.union'), dataIndex: 'orgName' },
          { title: t('onb.field.employer'), dataIndex: 'employer', render: (v: string | null) => v ?? '—' },
          { title: t('onb.field.note'), dataIndex: 'note', render: (v: string | null) => v ?? '—' },
          {
            title: t('onb.requests.createdAt'),
            dataIndex: 'createdAt',
            render: (v: string) => formatTime(v),
          },
          {
            title: t('review.field.status'),
            dataIndex: 'status',
            render: (s: JoinStatus, row) => (
              <>
                <Tag color={STATUS_COLOR[s]}>{t(`onb.requests.status.${s}`)}</Tag>
                {row.reason && <Typography.Text type="secondary">{row.reason}</Typography.Text>}
              </>
            ),
          },
          {
            title: t('common.actions'),
            render: (_, row) =>
              row.status === 'pending' ? (
                <Flex gap={4}>
                  <Popconfirm
                    title={t('onb.requests.acceptConfirm')}
                    onConfirm={() => accept(row)}
                    okButtonProps={{ 'data-testid': 'join-accept-ok' } as never}
                  >
                    <Button type="link" size="small" loading={busy === row.id} data-testid="join-accept">
                      {t('onb.requests.accept')}
                    </Button>
                  </Popconfirm>
                  <Button
                    type="link"
                    size="small"
                    danger
                    onClick={() => {
                      setReason('');
                      setDeclining(row);
                    }}
                    data-testid="join-decline"
                  >
                    {t('onb.requests.decline')}
                  </Button>
                </Flex>
              ) : null,
          },
        ]}
      />
      <Modal
        open={declining !== null}
        title={declining ? t('onb.requests.declineTitle', { name: declining.name }) : ''}
        okText={t('onb.requests.decline')}
        okButtonProps={{ danger: true, disabled: !reason.trim(), loading: busy !== null }}
        onCancel={() => setDeclining(null)}
        onOk={decline}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('onb.requests.declineHint')}</Typography.Paragraph>
        <Input.TextArea
          rows={3}
          maxLength={500}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          data-testid="join-decline-reason"
        />
      </Modal>
    </Card>
  );
}
