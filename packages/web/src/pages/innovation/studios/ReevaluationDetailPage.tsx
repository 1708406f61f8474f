import { Alert, Button, Descriptions, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSession } from '../../../auth/session.tsx';
import { aside } from '../../../components/aside.ts';
import { DetailPage } from '../../../components/DetailPage.tsx';
import { listSeparator } from '../../../components/listSeparator.ts';
import { dayWithEntry } from '../../../components/PastDay.tsx';
import { RecordPage } from '../../../components/RecordPage.tsx';
import { FitTable } from '../../../components/TableCard.tsx';
import { DecideModal, FileReportModal } from './ReportModals.tsx';
import { type CampaignStudio, type Outcome, type ReevaluationDetail, studiosApi } from './studios-api.ts';

/** The titles of the achievements a report links. */
const linkedTitles = (s: CampaignStudio) =>
  s.achievements
    .filter((a) => s.achievementIds?.includes(a.id))
    .map((a) => a.title)
    .join(listSeparator());

const OUTCOME_COLORS: Record<Outcome, string> = { pass: 'success', rectify: 'warning', revoke: 'error' };

/** One re-evaluation: each studio's yearly report (or that it is overdue) and the decision on it. */
export default function ReevaluationDetailPage() {
  const { t } = useTranslation();
  return (
    <RecordPage load={studiosApi.reevaluation} what={t('stu.reev.what')} title={t('stu.reev.title')}>
      {(e, { reload }) => <CampaignView e={e} reload={reload} />}
    </RecordPage>
  );
}

function CampaignView({ e, reload }: { e: ReevaluationDetail; reload: () => Promise<void> }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const [filing, setFiling] = useState<CampaignStudio | null>(null);
  const [deciding, setDeciding] = useState<CampaignStudio | null>(null);
  /** A day, with the day it was recorded when that was later (补录). */
  const dayOf = (day: string | null, recordedAt: string | null) =>
    day && recordedAt ? (dayWithEntry(t, day, recordedAt) ?? day) : day;
  const title = t('stu.reev.detailTitle', { year: e.year, level: t(`stu.level.${e.level}`), org: e.orgName });
  const done = async () => {
    setFiling(null);
    setDeciding(null);
    await reload();
  };

  return (
    <DetailPage
      title={title}
      back={{ to: '/innovation/reevaluations', label: t('stu.reev.back') }}
      lead={
        e.overdue > 0 && (
          <Alert
            type="warning"
            showIcon
            message={t('stu.reev.overdueCount', { count: e.overdue })}
            style={{ marginBottom: 16 }}
          />
        )
      }
      facts={<Descriptions.Item label={t('stu.reev.dueOn')}>{e.dueOn}</Descriptions.Item>}
      foot={
        <FitTable<CampaignStudio>
          style={{ marginTop: 16 }}
          rowKey="studioId"
          dataSource={e.studios}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          locale={{ emptyText: t('stu.reev.noStudios') }}
          columns={[
            {
              title: t('stu.rec.studio'),
              dataIndex: 'studioName',
              render: (name: string, s) => (
                <Link to={`/innovation/studios/${s.studioId}`} style={{ whiteSpace: 'nowrap' }}>
                  {name}
                </Link>
              ),
            },
            {
              title: t('stu.field.org'),
              dataIndex: 'orgName',
              render: (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{v}</span>,
            },
            {
              title: t('stu.field.leader'),
              dataIndex: 'leaderName',
              render: (v: string | null) => <span style={{ whiteSpace: 'nowrap' }}>{v ?? '—'}</span>,
            },
            {
              title: t('stu.reev.report'),
              dataIndex: 'reportId',
              render: (_: number | null, s) =>
                s.reportId === null ? (
                  <Tag color={s.overdue ? 'error' : 'default'} data-testid="reev-report-state">
                    {t(s.overdue ? 'stu.reev.overdue' : 'stu.reev.notFiled')}
                  </Tag>
                ) : (
                  <span>
                    {s.activities}
                    {aside(
                      `${t('stu.reev.peopleTrained')} ${s.peopleTrained}${t('common.comma')}${dayOf(s.filedOn, s.filedRecordedAt)}`,
                    )}
                    {linkedTitles(s) && (
                      <div className="muted small">
                        {t('stu.reev.achievements')}
                        {t('common.colon')}
                        {linkedTitles(s)}
                      </div>
                    )}
                  </span>
                ),
            },
            {
              title: t('stu.reev.outcome'),
              dataIndex: 'outcome',
              render: (o: Outcome | null, s) =>
                o ? (
                  <span>
                    <Tag color={OUTCOME_COLORS[o]}>{t(`stu.reev.outcomes.${o}`)}</Tag>
                    {s.reason}
                    {s.decidedOn && (
                      <div className="muted small">{dayOf(s.decidedOn, s.decidedRecordedAt)}</div>
                    )}
                  </span>
                ) : (
                  '—'
                ),
            },
            {
              title: t('common.actions'),
              dataIndex: 'studioId',
              render: (_: number, s) =>
                !s.outcome && (
                  <Space>
                    {can('innovation.write') && (
                      <Button size="small" onClick={() => setFiling(s)}>
                        {t('stu.reev.file')}
                      </Button>
                    )}
                    {e.canDecide && can('innovation.review') && s.reportId !== null && (
                      <Button size="small" type="primary" onClick={() => setDeciding(s)}>
                        {t('stu.reev.decide')}
                      </Button>
                    )}
                  </Space>
                ),
            },
          ]}
        />
      }
    >
      {filing && (
        <FileReportModal campaignId={e.id} studio={filing} onClose={() => setFiling(null)} onDone={done} />
      )}
      {deciding && (
        <DecideModal campaignId={e.id} studio={deciding} onClose={() => setDeciding(null)} onDone={done} />
      )}
    </DetailPage>
  );
}
