import {
  Alert,
  Breadcrumb,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Table,
  Tag,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useSession } from '../../../auth/session.tsx';
import { useFeedback } from '../../../components/feedback.ts';
import { LoadGate } from '../../../components/LoadError.tsx';
import { useLoad } from '../../../components/useLoad.ts';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import {
  type CampaignStudio,
  OUTCOMES,
  type Outcome,
  type ReevaluationDetail,
  studiosApi,
} from './studios-api.ts';

/** The titles of the achievements a report links. */
const linkedTitles = (s: CampaignStudio) =>
  s.achievements
    .filter((a) => s.achievementIds?.includes(a.id))
    .map((a) => a.title)
    .join('、');

const OUTCOME_COLORS: Record<Outcome, string> = { pass: 'success', rectify: 'warning', revoke: 'error' };

/** One re-evaluation: each studio's yearly report (or that it is overdue) and the decision on it. */
export default function ReevaluationDetailPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const state = useLoad(() => studiosApi.reevaluation(id), [id]);
  usePageTitle(t('stu.reev.title'));
  return (
    <LoadGate state={state} what={t('stu.reev.what')}>
      {(e) => <CampaignView e={e} reload={state.reload} />}
    </LoadGate>
  );
}

function CampaignView({ e, reload }: { e: ReevaluationDetail; reload: () => Promise<void> }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const feedback = useFeedback();
  const [filing, setFiling] = useState<CampaignStudio | null>(null);
  const [deciding, setDeciding] = useState<CampaignStudio | null>(null);
  const [report, setReport] = useState({ activities: '', peopleTrained: 0, achievementIds: [] as number[] });
  const [decision, setDecision] = useState<{ outcome: Outcome; reason: string }>({
    outcome: 'pass',
    reason: '',
  });
  const [busy, setBusy] = useState(false);
  const title = t('stu.reev.detailTitle', { year: e.year, level: t(`stu.level.${e.level}`), org: e.orgName });

  const run = async (fn: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await fn();
      feedback.success(done);
      setFiling(null);
      setDeciding(null);
      await reload();
    } catch (err) {
      feedback.error(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="page">
      <Breadcrumb
        className="page-crumbs"
        items={[{ title: <Link to="/innovation/reevaluations">{t('stu.reev.title')}</Link> }, { title }]}
      />
      <Card
        title={title}
        extra={
          <span>
            {t('stu.reev.dueOn')}：{e.dueOn}
          </span>
        }
      >
        {e.overdue > 0 && (
          <Alert
            type="warning"
            showIcon
            message={t('stu.reev.overdueCount', { count: e.overdue })}
            style={{ marginBottom: 16 }}
          />
        )}
        <Table<CampaignStudio>
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
                    {s.activities}（{t('stu.reev.peopleTrained')} {s.peopleTrained}，{s.filedOn}）
                    {linkedTitles(s) && (
                      <div className="muted small">
                        {t('stu.reev.achievements')}：{linkedTitles(s)}
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
                      <Button
                        size="small"
                        onClick={() => {
                          setReport({
                            activities: s.activities ?? '',
                            peopleTrained: s.peopleTrained ?? 0,
                            achievementIds: s.achievementIds ?? [],
                          });
                          setFiling(s);
                        }}
                      >
                        {t('stu.reev.file')}
                      </Button>
                    )}
                    {e.canDecide && can('innovation.review') && s.reportId !== null && (
                      <Button
                        size="small"
                        type="primary"
                        onClick={() => {
                          setDecision({ outcome: 'pass', reason: '' });
                          setDeciding(s);
                        }}
                      >
                        {t('stu.reev.decide')}
                      </Button>
                    )}
                  </Space>
                ),
            },
          ]}
        />
      </Card>
      {filing && (
        <Modal
          open
          title={t('stu.reev.fileTitle', { name: filing.studioName })}
          onCancel={() => setFiling(null)}
          confirmLoading={busy}
          okText={t('common.save')}
          cancelText={t('common.cancel')}
          okButtonProps={{ disabled: !report.activities.trim() }}
          onOk={() =>
            run(() => studiosApi.fileReport(e.id, filing.studioId, report), t('stu.reev.filedDone'))
          }
        >
          <Form layout="vertical">
            <Form.Item label={t('stu.reev.activities')} required>
              <Input.TextArea
                rows={4}
                maxLength={4000}
                value={report.activities}
                onChange={(ev) => setReport({ ...report, activities: ev.target.value })}
              />
            </Form.Item>
            <Form.Item label={t('stu.reev.achievements')}>
              <Select
                mode="multiple"
                value={report.achievementIds}
                onChange={(achievementIds) => setReport({ ...report, achievementIds })}
                options={filing.achievements.map((a) => ({ value: a.id, label: `${a.title}（${a.year}）` }))}
                notFoundContent={t('stu.reev.noAchievements')}
              />
            </Form.Item>
            <Form.Item label={t('stu.reev.peopleTrained')} required>
              <InputNumber
                min={0}
                max={1_000_000}
                precision={0}
                value={report.peopleTrained}
                onChange={(v) => setReport({ ...report, peopleTrained: v ?? 0 })}
              />
            </Form.Item>
          </Form>
        </Modal>
      )}
      {deciding && (
        <Modal
          open
          title={t('stu.reev.decideTitle', { name: deciding.studioName })}
          onCancel={() => setDeciding(null)}
          confirmLoading={busy}
          okText={t('stu.reev.decide')}
          cancelText={t('common.cancel')}
          okButtonProps={{ danger: decision.outcome === 'revoke' }}
          onOk={() =>
            run(
              () =>
                studiosApi.decide(e.id, deciding.studioId, {
                  outcome: decision.outcome,
                  reason: decision.reason.trim() || null,
                }),
              t('stu.reev.decidedDone'),
            )
          }
        >
          <Alert type="info" showIcon message={t('stu.reev.decideHint')} style={{ marginBottom: 16 }} />
          <Form layout="vertical">
            <Form.Item label={t('stu.reev.outcome')} required>
              <Select
                value={decision.outcome}
                onChange={(outcome) => setDecision({ ...decision, outcome })}
                options={OUTCOMES.map((o) => ({ value: o, label: t(`stu.reev.outcomes.${o}`) }))}
              />
            </Form.Item>
            <Form.Item label={t('stu.reev.reason')} required={decision.outcome !== 'pass'}>
              <Input.TextArea
                rows={3}
                maxLength={1000}
                value={decision.reason}
                onChange={(ev) => setDecision({ ...decision, reason: ev.target.value })}
              />
            </Form.Item>
          </Form>
        </Modal>
      )}
    </div>
  );
}
