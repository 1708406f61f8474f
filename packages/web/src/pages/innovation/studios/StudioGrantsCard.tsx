import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { textColumn } from '../../../components/columns.tsx';
import { LoadGate } from '../../../components/LoadError.tsx';
import { type ApplicationStatus, ApplicationStatusTag, Money } from '../../../components/labels.tsx';
import { WholeTable } from '../../../components/TableCard.tsx';
import { useLoad } from '../../../components/useLoad.ts';
import { GrantModal } from './GrantModal.tsx';
import { type StudioGrant, studiosApi } from './studios-api.ts';

/**
 * A studio's projects and grants (项目与资助): the applications about it (recognition subsidies, projects, the
 * district's support) with what was paid, and the grants paid outside the platform; staff of its union chain
 * record one.
 */
export function StudioGrantsCard({ studioId, studioName }: { studioId: number; studioName: string }) {
  const { t } = useTranslation();
  const grants = useLoad(() => studiosApi.grants(studioId), [studioId]);
  const [recording, setRecording] = useState(false);
  return (
    <Card
      title={t('stu.grants.title')}
      extra={
        grants.data?.canRecord && (
          <Button icon={<PlusOutlined />} onClick={() => setRecording(true)} data-testid="grant-record">
            {t('stu.grants.record')}
          </Button>
        )
      }
    >
      <LoadGate state={grants} what={t('stu.grants.title')} compact>
        {(g) => (
          <>
            <WholeTable
              rowKey={(r: StudioGrant) => (r.applicationId ? `a${r.applicationId}` : `g${r.grantId}`)}
              scroll={{ x: 'max-content' }}
              dataSource={g.items}
              locale={{ emptyText: <Empty description={t('stu.grants.empty')} /> }}
              data-testid="studio-grants"
              columns={[
                {
                  title: t('stu.grants.kind'),
                  dataIndex: 'kind',
                  render: (k: StudioGrant['kind'], r) => (k ? t(`stu.grants.kinds.${k}`) : r.programName),
                },
                { title: t('stu.grants.year'), dataIndex: 'year' },
                {
                  title: t('stu.detail.amount'),
                  dataIndex: 'amountFen',
                  align: 'right',
                  render: (f: number | null) => <Money fen={f} />,
                },
                textColumn(t('stu.grants.approvedOn'), 'approvedOn'),
                {
                  title: t('stu.detail.paid'),
                  dataIndex: 'paidFen',
                  align: 'right',
                  render: (f: number) => <Money fen={f} testId="studio-subsidy-paid" />,
                },
                textColumn(t('stu.grants.paidOn'), 'paidOn'),
                {
                  title: t('stu.field.status'),
                  dataIndex: 'status',
                  render: (s: string, r) =>
                    r.outside ? (
                      <Tag color="purple" data-testid="grant-outside">
                        {t('stu.grants.outside')}
                      </Tag>
                    ) : (
                      <ApplicationStatusTag status={s as ApplicationStatus} />
                    ),
                },
                {
                  title: '',
                  dataIndex: 'applicationId',
                  render: (a: number | null, r) =>
                    a ? <Link to={`/applications/${a}`}>{t('stu.detail.openApplication')}</Link> : r.note,
                },
              ]}
            />
            {recording && (
              <GrantModal
                studioId={studioId}
                studioName={studioName}
                kinds={g.kinds}
                onClose={() => setRecording(false)}
                onDone={async () => {
                  setRecording(false);
                  await grants.reload();
                }}
              />
            )}
          </>
        )}
      </LoadGate>
    </Card>
  );
}
