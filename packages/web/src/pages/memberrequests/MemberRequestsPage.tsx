import { Button, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { labelColumn } from '../../components/columns.tsx';
import { choiceFilter, RegisterList } from '../../components/RegisterList.tsx';
import { DecideModal, type Deciding, useAcceptLabel } from './MemberRequestsPage.decide.tsx';
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

/** Staff: members' own corrections and transfers of my subtree (moves into my unions too); agree or decline. */
export default function MemberRequestsPage() {
  const { t } = useTranslation();
  const acceptLabel = useAcceptLabel();
  const [deciding, setDeciding] = useState<Deciding | null>(null);
  const filter = (values: Record<string, string | undefined>) => ({
    kind: values.kind as RequestKind | undefined,
    status: values.status as RequestStatus | undefined,
  });
  return (
    <RegisterList<MemberRequest>
      title={t('mr.staff.title')}
      testId="mr"
      filters={[
        choiceFilter('kind', KINDS, (v) => t(`mr.kind.${v}`), {
          every: t('mr.staff.allKinds'),
          width: 160,
          testId: 'mr-kind-filter',
        }),
        choiceFilter('status', STATUSES, (v) => t(`mr.status.${v}`), {
          every: t('mr.staff.allStatuses'),
          initial: 'pending',
          width: 160,
          testId: 'mr-status-filter',
        }),
      ]}
      load={({ values, page, pageSize }) => memberRequestsApi.list({ ...filter(values), page, pageSize })}
      exportHref={({ values }) => exportUrl(filter(values))}
      exportLabel={t('mr.staff.export')}
      notice={() => <Typography.Paragraph type="secondary">{t('mr.staff.intro')}</Typography.Paragraph>}
      what={t('mr.staff.title')}
      empty={t('mr.staff.empty')}
      columns={[
        { title: t('mr.field.filedOn'), dataIndex: 'filedOn', width: 110 },
        labelColumn(t('mr.field.kind'), 'kind', (k) => t(`mr.kind.${k}`), { width: 90 }),
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
                  onClick={() => setDeciding({ row, action: 'accept' })}
                  data-testid="mr-accept"
                >
                  {acceptLabel(row)}
                </Button>
                <Button
                  type="link"
                  size="small"
                  danger
                  onClick={() => setDeciding({ row, action: 'decline' })}
                  data-testid="mr-decline"
                >
                  {t('mr.staff.decline')}
                </Button>
              </Flex>
            ) : null,
        },
      ]}
    >
      {(list) => <DecideModal deciding={deciding} onClose={() => setDeciding(null)} onDone={list.reload} />}
    </RegisterList>
  );
}
