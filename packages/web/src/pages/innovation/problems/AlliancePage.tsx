import { Button, Card, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSession } from '../../../auth/session.tsx';
import { textColumn } from '../../../components/columns.tsx';
import { emptyText } from '../../../components/LoadError.tsx';
import { PastDay } from '../../../components/PastDay.tsx';
import { countedPager, FitTable } from '../../../components/TableCard.tsx';
import { useBusy } from '../../../components/useBusy.ts';
import { useLoad } from '../../../components/useLoad.ts';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { type AllianceStudio, type OwnStudio, problemsApi } from './problems-api.ts';

/** Staff: my unions' studios joining or leaving the alliance; the alliance across districts. */
export default function AlliancePage() {
  const { t } = useTranslation();
  usePageTitle(t('ip.alliance.title'));
  const own = useLoad(() => problemsApi.ownStudios(), []);
  const alliance = useLoad(() => problemsApi.alliance(), []);
  const { busy, run } = useBusy<number>();
  const [pastDay, setPastDay] = useState<string | null>(null);
  const canWrite = useSession().can('innovation.write');

  const toggle = (s: OwnStudio) =>
    run(
      s.id,
      async () => {
        if (s.inAlliance) await problemsApi.leave(s.id, pastDay);
        else await problemsApi.join(s.id, pastDay);
        return t(s.inAlliance ? 'ip.alliance.left' : 'ip.alliance.joined');
      },
      () => Promise.all([own.reload(), alliance.reload()]),
    );

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={t('ip.alliance.own')}
        extra={canWrite && <PastDay value={pastDay} onChange={setPastDay} testId="alliance-day" />}
      >
        <FitTable<OwnStudio>
          rowKey="id"
          size="small"
          pagination={countedPager(t, 20)}
          dataSource={own.data?.items ?? []}
          loading={own.loading}
          locale={{ emptyText: emptyText(own, t('ip.alliance.ownEmpty'), t('ip.what.studios')) }}
          columns={[
            { title: t('ip.field.studio'), dataIndex: 'name' },
            { title: t('ip.field.union'), dataIndex: 'orgName' },
            textColumn(t('ip.field.industry'), 'industry'),
            textColumn(t('ip.alliance.leader'), 'leaderName'),
            {
              title: t('review.field.status'),
              dataIndex: 'inAlliance',
              render: (v: boolean) => (
                <Tag color={v ? 'green' : 'default'}>
                  {t(v ? 'ip.alliance.inAlliance' : 'ip.alliance.notIn')}
                </Tag>
              ),
            },
            {
              title: t('common.actions'),
              render: (_, s) => (
                <Space>
                  {canWrite && (
                    <Button
                      size="small"
                      type={s.inAlliance ? 'default' : 'primary'}
                      loading={busy === s.id}
                      onClick={() => toggle(s)}
                      data-testid={`alliance-toggle-${s.id}`}
                    >
                      {t(s.inAlliance ? 'ip.alliance.leave' : 'ip.alliance.join')}
                    </Button>
                  )}
                  <Link to={`/innovation/alliance/studios/${s.id}`} data-testid={`alliance-feed-${s.id}`}>
                    {t('ip.alliance.feed')}
                  </Link>
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <Card title={t('ip.alliance.members')}>
        <FitTable<AllianceStudio>
          rowKey="id"
          size="small"
          dataSource={alliance.data?.items ?? []}
          pagination={countedPager(t, 20)}
          loading={alliance.loading}
          locale={{ emptyText: emptyText(alliance, t('ip.alliance.membersEmpty'), t('ip.what.alliance')) }}
          columns={[
            { title: t('ip.field.studio'), dataIndex: 'name' },
            { title: t('ip.field.union'), dataIndex: 'unionName' },
            textColumn(t('ip.field.industry'), 'industry'),
            { title: t('ip.studio.level'), dataIndex: 'level', render: (v: string) => t(`stu.level.${v}`) },
            { title: t('ip.alliance.joinedOn'), dataIndex: 'joinedOn' },
          ]}
        />
      </Card>
    </Space>
  );
}
