import { Card, Flex, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { DayPicker } from '../../components/DayPicker.tsx';
import { fromDay, toDay } from '../../components/dates.ts';
import { LoadGate } from '../../components/LoadError.tsx';
import { useHomeOrgId } from '../../components/useHomeOrg.ts';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { OrgSelect } from '../programs/OrgSelect.tsx';
import { activitiesApi } from './activities-api.ts';

/** Statistics: activities, sign-ups and person-times by kind over a period. */
export default function ActivityStatsPage() {
  const { t } = useTranslation();
  usePageTitle(t('act.stats.title'));
  const [params, setParams] = useSearchParams();
  const home = useHomeOrgId();
  const orgId = params.get('orgId') ? Number(params.get('orgId')) : (home ?? undefined);
  const year = new Date().getFullYear();
  const from = params.get('from') ?? `${year}-01-01`;
  const to = params.get('to') ?? `${year}-12-31`;
  const stats = useLoad(() => activitiesApi.stats({ orgId, from, to }), [orgId, from, to]);
  const set = (k: string, v: string | null | undefined) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    setParams(next);
  };
  return (
    <Card
      title={t('act.stats.title')}
      extra={
        <Flex gap={8} wrap align="center">
          <OrgSelect value={orgId ?? null} onChange={(v) => set('orgId', v ? String(v) : null)} />
          <DayPicker value={toDay(from)} onChange={(d) => set('from', fromDay(d))} />
          <span>—</span>
          <DayPicker value={toDay(to)} onChange={(d) => set('to', fromDay(d))} />
        </Flex>
      }
    >
      <Typography.Paragraph type="secondary">{t('act.stats.hint')}</Typography.Paragraph>
      <LoadGate state={stats} what={t('act.what.stats')}>
        {(s) => (
          <Table
            rowKey="kind"
            size="small"
            pagination={false}
            data-testid="act-stats"
            dataSource={[
              ...s.byKind.map((k) => ({ ...k, label: t(`act.kind.${k.kind}`) })),
              { kind: 'total', label: t('act.stats.total'), ...s.total },
            ]}
            columns={[
              { title: t('act.field.kind'), dataIndex: 'label' },
              { title: t('act.stats.activities'), dataIndex: 'activities', align: 'right' },
              { title: t('act.stats.signups'), dataIndex: 'signups', align: 'right' },
              { title: t('act.stats.attendance'), dataIndex: 'attendance', align: 'right' },
            ]}
          />
        )}
      </LoadGate>
    </Card>
  );
}
