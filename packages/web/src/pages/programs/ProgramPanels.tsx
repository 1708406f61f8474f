import { ExperimentOutlined, ThunderboltOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Collapse,
  Flex,
  List,
  Progress,
  Select,
  Statistic,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { errorMessage } from '../../api/client.ts';
import { fenColumn } from '../../components/columns.tsx';
import { formatTime } from '../../components/dates.ts';
import { useFeedback } from '../../components/feedback.ts';
import { LoadGate } from '../../components/LoadError.tsx';
import { formatFen } from '../../components/money.ts';
import { WholeTable } from '../../components/TableCard.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { useLocale } from '../../locale.tsx';
import { type ApplicationRow, applicationsApi } from './applications-api.ts';
import {
  applicationsOf,
  type Evidence,
  type EvidenceWindow,
  type Job,
  programsApi,
  type Simulation,
} from './programs-api.ts';
import { AmountText, RuleText } from './RuleVocabulary.tsx';
import type { Applicant } from './rule-describe.ts';
import type { AmountRule, Rule } from './rule-vocabulary.ts';
import { SimulationLimits } from './SimulationLimits.tsx';
import { SimulationWindow } from './SimulationWindow.tsx';
import { asOfForYear, defaultSimulationYear, type SimPeriod, simulationYears } from './simulation-year.ts';

/** Runs the draft rule, amount and window against the records held now: who would qualify and what it costs. */
export function SimulatePanel({
  programId,
  rule,
  amount,
  evidenceWindow,
  period,
}: {
  programId: number | null;
  rule: Rule;
  amount: AmountRule;
  evidenceWindow?: EvidenceWindow;
  period: SimPeriod;
}) {
  const { t } = useTranslation();
  const years = simulationYears(period);
  const [year, setYear] = useState(() => defaultSimulationYear(years));
  const chosenYear = year !== undefined && years.includes(year) ? year : defaultSimulationYear(years);
  const asOf = chosenYear === undefined ? undefined : asOfForYear(period, chosenYear);
  const draftKey = JSON.stringify({ rule, amount, evidenceWindow, asOf });
  const [result, setResult] = useState<{ sim: Simulation; key: string } | null>(null);
  const [failure, setFailure] = useState<{ text: string; key: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    if (!programId) return;
    setBusy(true);
    setFailure(null);
    try {
      const sim = await programsApi.simulate(programId, { rule, amount, evidenceWindow, asOf });
      setResult({ sim, key: draftKey });
    } catch (err) {
      setResult(null);
      setFailure({ text: errorMessage(err), key: draftKey });
    } finally {
      setBusy(false);
    }
  };
  const stale = result !== null && result.key !== draftKey;
  return (
    <Card size="small" title={t('prog.sim.title')} data-testid="simulate-panel">
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t('prog.sim.hint')}</Typography.Text>
        <Flex gap={8} wrap>
          {years.length > 0 && (
            <Select
              value={chosenYear}
              onChange={setYear}
              style={{ width: 120 }}
              aria-label={t('prog.sim.yearLabel')}
              options={years.map((y) => ({ value: y, label: t('prog.sim.yearOption', { year: y }) }))}
              data-testid="sim-year"
            />
          )}
          <Button
            icon={<ExperimentOutlined />}
            onClick={run}
            loading={busy}
            disabled={!programId}
            data-testid="simulate"
          >
            {t('prog.sim.run')}
          </Button>
        </Flex>
        {!programId && <Typography.Text type="secondary">{t('prog.sim.saveFirst')}</Typography.Text>}
        {failure && (
          <Alert
            type="error"
            showIcon
            title={t('prog.sim.failed')}
            description={failure.text}
            data-testid="sim-error"
          />
        )}
        {stale && <Alert type="warning" showIcon title={t('prog.sim.stale')} data-testid="sim-stale" />}
        {result && <SimulationResult result={result.sim} amount={amount} stale={stale} />}
      </Flex>
    </Card>
  );
}

function SimulationResult({
  result,
  amount,
  stale,
}: {
  result: Simulation;
  amount: AmountRule;
  stale: boolean;
}) {
  const { t } = useTranslation();
  const { lang } = useLocale();
  return (
    <Flex vertical gap={12} className={stale ? 'sim-stale' : undefined} data-testid="sim-result">
      {result.periodKey !== 'whole' && (
        <Typography.Text strong data-testid="sim-year-counted">
          {t('prog.sim.yearCounted', { year: result.periodKey })}
        </Typography.Text>
      )}
      <Flex gap={24}>
        <Statistic
          title={t(result.applicantType === 'union' ? 'prog.sim.qualifyingUnions' : 'prog.sim.qualifying')}
          value={result.qualifying}
          data-testid="sim-qualifying"
        />
        {result.applicantType === 'person' && (
          <Statistic title={t('prog.sim.people')} value={result.people} />
        )}
        <Statistic title={t('prog.sim.cost')} value={formatFen(result.costFen)} />
      </Flex>
      {result.costIsUpperBound && (
        <Typography.Text type="secondary">{t('prog.sim.upperBound')}</Typography.Text>
      )}
      <SimulationLimits result={result} amount={amount} />
      {result.warnings.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('prog.sim.warnings')}
          description={
            <ul className="sim-warnings">
              {result.warnings.map((w) => (
                <li key={`${w.kind}.${w.field}.${w.value}`}>{lang === 'en' ? w.en : w.zh}</li>
              ))}
            </ul>
          }
          data-testid="sim-warnings"
        />
      )}
      <WholeTable
        rowKey="orgId"
        dataSource={result.byUnion}
        scroll={{ y: 280 }}
        columns={[
          { title: t('prog.sim.union'), dataIndex: 'name' },
          {
            title: t(
              result.applicantType === 'union' ? 'prog.sim.qualifyingUnionsShort' : 'prog.sim.qualifying',
            ),
            dataIndex: 'qualifying',
            align: 'right',
            width: 96,
          },
          fenColumn(t('prog.sim.cost'), 'costFen'),
        ]}
      />
      <SimulationWindow result={result} />
    </Flex>
  );
}

export function VersionsPanel({
  programId,
  refreshKey,
  applicant,
}: {
  programId: number;
  refreshKey: number;
  applicant: Applicant;
}) {
  const { t } = useTranslation();
  const loaded = useLoad(() => programsApi.versions(programId), [programId, refreshKey]);
  return (
    <Card size="small" title={t('prog.versions.title')}>
      <LoadGate state={loaded} what={t('load.what.versions')} compact>
        {(versions) =>
          versions.length === 0 ? (
            <Typography.Text type="secondary">{t('common.none')}</Typography.Text>
          ) : (
            <Collapse
              size="small"
              items={[...versions]
                .sort((a, b) => b.version - a.version)
                .map((v) => ({
                  key: v.version,
                  label: `v${v.version} · ${formatTime(v.createdAt)}`,
                  children: (
                    <Flex vertical gap={4}>
                      <Typography.Text>
                        <RuleText rule={v.rule} applicant={applicant} />
                      </Typography.Text>
                      <Typography.Text type="secondary">
                        <AmountText amount={v.amount} applicant={applicant} />
                      </Typography.Text>
                    </Flex>
                  ),
                }))}
            />
          )
        }
      </LoadGate>
    </Card>
  );
}

/** Starts the background job that proposes entitlements from records, and follows its progress. */
export function ProposalsPanel({
  programId,
  disabled,
  materials,
}: {
  programId: number;
  disabled: boolean;
  /** The materials the program requires: each proposed application shows which it still lacks. */
  materials: Evidence[];
}) {
  const { t, i18n } = useTranslation();
  const feedback = useFeedback();
  const [job, setJob] = useState<JobProgress | null>(null);
  const [page, setPage] = useState(1);
  const proposed = useLoad(
    () => applicationsApi.list({ programId, intake: 'proposal', status: 'submitted', page, pageSize: 8 }),
    [programId, page, job?.status === 'succeeded'],
  );
  const sep = t('common.listSep');
  const label = (m: { zh: string; en: string }) => (i18n.language === 'en' ? m.en : m.zh);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const poll = (id: number) => {
    programsApi
      .job(id)
      .then((j) => {
        setJob(j);
        if (j.status === 'running') timer.current = setTimeout(() => poll(id), 800);
      })
      .catch((err) => feedback.error(err));
  };
  const start = async () => {
    try {
      const { jobId } = await programsApi.proposals(programId);
      setJob({ status: 'running', total: 0, done: 0, result: null, error: null });
      poll(jobId);
    } catch (err) {
      feedback.error(err);
    }
  };
  const percent = job
    ? job.status === 'succeeded'
      ? 100
      : job.total
        ? Math.floor((job.done * 100) / job.total)
        : 0
    : 0;
  const result = job?.result;
  return (
    <Card size="small" title={t('prog.proposals.title')}>
      <Flex vertical gap={8}>
        <Typography.Text type="secondary">{t('prog.proposals.hint')}</Typography.Text>
        <Button
          icon={<ThunderboltOutlined />}
          onClick={start}
          disabled={disabled || job?.status === 'running'}
          data-testid="proposals-start"
        >
          {t('prog.proposals.start')}
        </Button>
        {job && (
          <Progress
            percent={percent}
            status={job.status === 'failed' ? 'exception' : job.status === 'succeeded' ? 'success' : 'active'}
            data-testid="proposals-progress"
            aria-label={t('prog.proposals.start')}
          />
        )}
        {job?.status === 'succeeded' && result && (
          <Alert
            type="success"
            title={
              <Link to={applicationsOf(programId)} data-testid="proposals-applications">
                {t('prog.proposals.done', {
                  created: result.created ?? job.done,
                })}
              </Link>
            }
          />
        )}
        {job?.status === 'failed' && (
          <Alert type="error" title={t('prog.proposals.failed')} description={jobError(job, i18n.language)} />
        )}
        <Typography.Text data-testid="proposals-materials">
          {materials.length
            ? t('prog.proposals.materials', { names: materials.map(label).join(sep) })
            : t('prog.proposals.noMaterials')}
        </Typography.Text>
        <LoadGate state={proposed} what={t('load.what.applications')} compact>
          {(data) =>
            data.total > 0 && (
              <List<ApplicationRow>
                size="small"
                header={t('prog.proposals.proposed', { count: data.total })}
                dataSource={data.items}
                data-testid="proposals-list"
                pagination={
                  data.total > 8
                    ? { current: page, pageSize: 8, total: data.total, size: 'small', onChange: setPage }
                    : false
                }
                renderItem={(a) => (
                  <List.Item key={a.id} style={{ paddingInline: 0 }}>
                    <Flex vertical gap={2} style={{ width: '100%' }}>
                      <Flex justify="space-between" gap={8}>
                        <Link to={`/applications/${a.id}`}>{a.personName ?? a.orgName}</Link>
                        <Typography.Text type="secondary" ellipsis style={{ maxWidth: 160 }}>
                          {a.orgName}
                        </Typography.Text>
                      </Flex>
                      {a.missingMaterials?.length ? (
                        <Tag color="orange" style={{ whiteSpace: 'normal' }} data-testid="proposal-missing">
                          {t('review.field.missing', { names: a.missingMaterials.map(label).join(sep) })}
                        </Tag>
                      ) : (
                        materials.length > 0 && (
                          <Tag color="green" style={{ alignSelf: 'flex-start' }}>
                            {t('prog.proposals.complete')}
                          </Tag>
                        )
                      )}
                    </Flex>
                  </List.Item>
                )}
              />
            )
          }
        </LoadGate>
      </Flex>
    </Card>
  );
}

/** What the proposals panel follows of the job: asked for again until it ends. */
type JobProgress = Pick<Job, 'status' | 'total' | 'done' | 'result' | 'error'>;

function jobError(job: JobProgress, lang: string): string | undefined {
  const e = job.error;
  return (lang === 'en' ? e?.messageEn : e?.messageZh) ?? undefined;
}
