import { Alert, Button, Card, Flex, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSession } from '../../../auth/session.tsx';
import { aside } from '../../../components/aside.ts';
import { CappedNotice } from '../../../components/CappedNotice.tsx';
import { DayConfirm } from '../../../components/DayDialog.tsx';
import { thisYear } from '../../../components/dates.ts';
import { emptyText } from '../../../components/LoadError.tsx';
import { listSeparator } from '../../../components/listSeparator.ts';
import { NumberInput } from '../../../components/NumberInput.tsx';
import { quotedName } from '../../../components/quoted.ts';
import { WholeTable } from '../../../components/TableCard.tsx';
import { useSaving } from '../../../components/useBusy.ts';
import { useListParams } from '../../../components/useListParams.ts';
import { useLoad } from '../../../components/useLoad.ts';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import i18n from '../../../i18n/index.ts';
import { problemsApi } from '../problems/problems-api.ts';
import { MentoringFlags } from './MentoringFlags.tsx';
import { MASTER_LEVELS, type MasterYear, mentoringApi } from './mentoring-api.ts';

/** Staff: the masters of my unions with their pairs for a year, flagged; the subsidy proposed from the facts. */
export default function MentoringListPage() {
  const { t } = useTranslation();
  usePageTitle(t('ip.mentoring.title'));
  // the year kept in the address, as the studio's mentoring page links it (?year=), so a reload shows the same year
  const [params, set] = useListParams();
  const year = Number(params.get('year')) || thisYear();
  const setYear = (y: number) => set('year', y === thisYear() ? undefined : String(y));
  const list = useLoad(() => mentoringApi.list(year), [year]);
  const studios = useLoad(() => problemsApi.ownStudios(), []);
  const { busy, run: whileBusy } = useSaving();
  const { can } = useSession();
  const canWrite = can('innovation.write') && can('applications.submit');
  const [result, setResult] = useState<string | null>(null);

  const propose = async (pastDay: string | null) => {
    await whileBusy(async () => {
      const r = await mentoringApi.propose(year, pastDay);
      const lang = i18n.language === 'en' ? 'en' : 'zh';
      setResult(
        [
          t('ip.mentoring.proposed', {
            program: quotedName(t, r.programName),
            created: r.created,
            skipped: r.skipped,
          }),
          r.refused.length
            ? t('ip.mentoring.refused', {
                count: r.refused.length,
                reasons: r.refused.map((x) => x.message[lang]).join(t('common.clauseSep')),
              })
            : '',
        ]
          .filter(Boolean)
          .join(' '),
      );
      await list.reload();
    });
  };

  const eligible =
    studios.data?.items.filter(
      (s) => (MASTER_LEVELS as readonly string[]).includes(s.level) && s.leaderName,
    ) ?? [];
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={t('ip.mentoring.title')}
        extra={
          <Flex gap={8} align="center">
            <span>{t('ip.mentoring.year')}</span>
            <NumberInput
              min={2000}
              max={2100}
              value={year}
              onChange={(v) => v && setYear(v)}
              aria-label={t('ip.mentoring.year')}
            />
            {canWrite && (
              <DayConfirm
                title={t('ip.mentoring.proposeConfirm', { year })}
                dayTestId="mentoring-propose-day"
                okTestId="mentoring-propose-ok"
                onConfirm={propose}
              >
                <Button type="primary" loading={busy} data-testid="mentoring-propose">
                  {t('ip.mentoring.propose')}
                </Button>
              </DayConfirm>
            )}
          </Flex>
        }
      >
        <Typography.Paragraph type="secondary">{t('ip.mentoring.rule')}</Typography.Paragraph>
        {result && (
          <Alert
            type="success"
            showIcon
            message={result}
            style={{ marginBottom: 12 }}
            data-testid="mentoring-proposed"
          />
        )}
        {!!list.data?.flagged && (
          <Alert
            type="warning"
            showIcon
            message={t('ip.mentoring.flagged', { count: list.data.flagged })}
            style={{ marginBottom: 12 }}
          />
        )}
        <CappedNotice list={list.data} plain />
        <WholeTable<MasterYear>
          rowKey="studioId"
          dataSource={list.data?.items ?? []}
          loading={list.loading}
          locale={{ emptyText: emptyText(list, t('ip.mentoring.empty'), t('ip.what.mentoring')) }}
          columns={[
            { title: t('ip.mentoring.master'), dataIndex: 'masterName' },
            { title: t('ip.field.studio'), dataIndex: 'studioName' },
            { title: t('ip.field.union'), dataIndex: 'unionName' },
            {
              title: t('ip.mentoring.apprentices'),
              render: (_, m) =>
                m.pairs
                  .filter((p) => p.status === 'accepted')
                  .map((p) => `${p.apprenticeName}${aside(p.confirmed)}`)
                  .join(listSeparator()) || '—',
            },
            { title: t('review.field.status'), render: (_, m) => <MentoringFlags m={m} /> },
            {
              title: t('common.actions'),
              render: (_, m) => (
                <Link to={`/innovation/mentoring/studios/${m.studioId}?year=${year}`}>
                  {t('ip.mentoring.open')}
                </Link>
              ),
            },
          ]}
        />
      </Card>
      <Card title={t('ip.mentoring.start')}>
        <Typography.Paragraph type="secondary">{t('ip.mentoring.startHint')}</Typography.Paragraph>
        <Flex gap={8} wrap>
          {eligible.map((s) => (
            <Link
              key={s.id}
              to={`/innovation/mentoring/studios/${s.id}?year=${year}`}
              data-testid={`mentoring-studio-${s.id}`}
            >
              <Tag color="geekblue">
                {s.name} · {s.leaderName}
              </Tag>
            </Link>
          ))}
          {studios.data && eligible.length === 0 && (
            <Typography.Text type="secondary">{t('ip.alliance.ownEmpty')}</Typography.Text>
          )}
        </Flex>
      </Card>
    </Space>
  );
}
