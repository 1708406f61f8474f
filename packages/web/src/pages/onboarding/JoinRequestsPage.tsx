import { Button, Flex, Modal, Popconfirm, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { textColumn, timeColumn } from '../../components/columns.tsx';
import { PastDay } from '../../components/PastDay.tsx';
import { choiceFilter, RegisterList } from '../../components/RegisterList.tsx';
import { TextBox } from '../../components/TextBox.tsx';
import { useBusy } from '../../components/useBusy.ts';
import { JOIN_STATUSES, type JoinRequest, type JoinStatus, onboardingApi } from './onboarding-api.ts';

const STATUS_COLOR: Record<JoinStatus, string> = { pending: 'gold', accepted: 'green', declined: 'default' };

/** Staff: join requests (网上入会) to the unions of my subtree; accept, or decline with a reason. */
export default function JoinRequestsPage() {
  const { t } = useTranslation();
  const [declining, setDeclining] = useState<JoinRequest | null>(null);
  const [reason, setReason] = useState('');
  const { busy, run } = useBusy<number>();
  /** The day a request was accepted or declined (a member's first day); null is today (ADR 40). */
  const [decidedOn, setDecidedOn] = useState<string | null>(null);

  const accept = (row: JoinRequest, reload: () => Promise<void>) =>
    run(
      row.id,
      async () => {
        await onboardingApi.accept(row.id, decidedOn);
        return t('onb.requests.accepted');
      },
      reload,
    );

  const decline = async (reload: () => Promise<void>) => {
    if (!declining) return;
    await run(
      declining.id,
      async () => {
        await onboardingApi.decline(declining.id, reason.trim(), decidedOn);
        return t('onb.requests.declined');
      },
      () => {
        setDeclining(null);
        return reload();
      },
    );
  };

  return (
    <RegisterList<JoinRequest>
      title={t('onb.requests.title')}
      testId="join"
      filters={[
        choiceFilter('status', JOIN_STATUSES, (v) => t(`onb.requests.status.${v}`), {
          every: t('onb.requests.all'),
          initial: 'pending',
          width: 160,
          testId: 'join-status-filter',
        }),
      ]}
      tally={() => <PastDay value={decidedOn} onChange={setDecidedOn} testId="join-decided-on" />}
      load={({ values, page, pageSize }) =>
        onboardingApi.listJoinRequests({ status: values.status as JoinStatus | undefined, page, pageSize })
      }
      exportHref={({ values }) => `/api/join-requests.xlsx${values.status ? `?status=${values.status}` : ''}`}
      exportLabel={t('onb.requests.export')}
      empty={t('onb.requests.empty')}
      columns={(list) => [
        { title: t('onb.field.name'), dataIndex: 'name' },
        { title: t('onb.field.idNumber'), dataIndex: 'idMasked' },
        { title: t('onb.field.phone'), dataIndex: 'phone' },
        { title: t('onb.requests.union'), dataIndex: 'orgName' },
        textColumn(t('onb.field.employer'), 'employer'),
        textColumn(t('onb.field.note'), 'note'),
        timeColumn(t('onb.requests.createdAt'), 'createdAt'),
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
                  onConfirm={() => accept(row, list.reload)}
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
    >
      {(list) => (
        <Modal
          open={declining !== null}
          title={declining ? t('onb.requests.declineTitle', { name: declining.name }) : ''}
          okText={t('onb.requests.decline')}
          okButtonProps={{ danger: true, disabled: !reason.trim(), loading: busy !== null }}
          onCancel={() => setDeclining(null)}
          onOk={() => decline(list.reload)}
          destroyOnHidden
        >
          <Typography.Paragraph type="secondary">{t('onb.requests.declineHint')}</Typography.Paragraph>
          <TextBox rows={3} max={500} value={reason} onChange={setReason} testId="join-decline-reason" />
        </Modal>
      )}
    </RegisterList>
  );
}
