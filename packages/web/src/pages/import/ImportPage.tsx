import {
  DownloadOutlined,
  FileExcelOutlined,
  InboxOutlined,
  ReloadOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Progress,
  Radio,
  Result,
  Space,
  Statistic,
  Steps,
  Typography,
  Upload,
} from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { errorMessage } from '../../api/client.ts';
import { useLocale } from '../../locale.tsx';
import { ImportErrorTable } from './ImportErrorTable.tsx';
import {
  errorReportUrl,
  getJob,
  type ImportMode,
  type Job,
  startMemberImport,
  summaryOf,
  TEMPLATE_URL,
} from './importApi.ts';

const POLL_MS = 500;

/** Member import: template, upload with a mode, live progress, then the summary and the row errors. */
export default function ImportPage() {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<ImportMode>('all_or_nothing');
  const [jobId, setJobId] = useState<number | null>(null);
  const [job, setJob] = useState<Job | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [starting, setStarting] = useState(false);

  useEffect(() => {
    if (jobId === null) return;
    let alive = true;
    let timer: ReturnType<typeof setTimeout>;
    const poll = async () => {
      try {
        const j = await getJob(jobId);
        if (!alive) return;
        setJob(j);
        if (j.status === 'running') timer = setTimeout(poll, POLL_MS);
      } catch (err) {
        if (alive) setFailure(err);
      }
    };
    void poll();
    return () => {
      alive = false;
      clearTimeout(timer);
    };
  }, [jobId]);

  const start = async () => {
    if (!file) return;
    setStarting(true);
    setFailure(null);
    setJob(null);
    try {
      const { jobId: id } = await startMemberImport(file, mode);
      setJobId(id);
    } catch (err) {
      setFailure(err);
    } finally {
      setStarting(false);
    }
  };

  const reset = () => {
    setFile(null);
    setJobId(null);
    setJob(null);
    setFailure(null);
  };

  const finished = job && job.status !== 'running';
  const step = finished ? 2 : jobId ? 1 : file ? 1 : 0;

  return (
    <div className="page">
      <Typography.Title level={3} className="page-title">
        {t('import.title')}
      </Typography.Title>
      <Card>
        <Steps
          current={step}
          className="import-steps"
          items={[{ title: t('import.step1') }, { title: t('import.step2') }, { title: t('import.step3') }]}
        />
        {jobId === null && (
          <div className="import-form">
            <Typography.Paragraph type="secondary">{t('import.intro')}</Typography.Paragraph>
            <Button icon={<FileExcelOutlined />} href={TEMPLATE_URL} data-testid="import-template">
              {t('import.template')}
            </Button>
            <Upload.Dragger
              className="import-dragger"
              accept=".xlsx,.csv"
              multiple={false}
              maxCount={1}
              beforeUpload={(f) => {
                setFile(f);
                return false;
              }}
              onRemove={() => setFile(null)}
              fileList={file ? [{ uid: 'file', name: file.name, status: 'done', size: file.size }] : []}
              data-testid="import-upload"
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">{t('import.dragHint')}</p>
              <p className="ant-upload-hint">{t('import.fileTypes')}</p>
            </Upload.Dragger>
            <div className="form-section">{t('import.mode')}</div>
            <Radio.Group value={mode} onChange={(e) => setMode(e.target.value)} data-testid="import-mode">
              <Space direction="vertical">
                <Radio value="all_or_nothing" data-testid="mode-all_or_nothing">
                  {t('import.allOrNothing')}{' '}
                  <span className="muted small">— {t('import.allOrNothingHint')}</span>
                </Radio>
                <Radio value="valid_only" data-testid="mode-valid_only">
                  {t('import.validOnly')} <span className="muted small">— {t('import.validOnlyHint')}</span>
                </Radio>
              </Space>
            </Radio.Group>
            {failure !== null && (
              <Alert type="error" showIcon title={errorMessage(failure)} data-testid="import-failure" />
            )}
            <div>
              <Button
                type="primary"
                size="large"
                disabled={!file}
                loading={starting}
                onClick={start}
                data-testid="import-start"
              >
                {t('import.start')}
              </Button>
            </div>
          </div>
        )}
        {jobId !== null && !finished && <ImportProgress job={job} failure={failure} />}
        {jobId !== null && finished && job && <ImportResult job={job} onAgain={reset} />}
      </Card>
    </div>
  );
}

function ImportProgress({ job, failure }: { job: Job | null; failure: unknown }) {
  const { t } = useTranslation();
  const percent = job && job.total > 0 ? Math.floor((job.done / job.total) * 100) : 0;
  const phase = job?.phase
    ? t(`import.phases.${job.phase}`, { defaultValue: job.phase })
    : t('import.running');
  return (
    <div className="import-progress" data-testid="import-progress">
      <Typography.Text strong>{phase}</Typography.Text>
      <Progress percent={percent} status="active" strokeColor="#c8102e" />
      {job && job.total > 0 && (
        <Typography.Text type="secondary">
          {t('import.progress', { done: job.done, total: job.total })}
        </Typography.Text>
      )}
      {failure !== null && <Alert type="error" showIcon title={errorMessage(failure)} />}
    </div>
  );
}

function ImportResult({ job, onAgain }: { job: Job; onAgain(): void }) {
  const { t } = useTranslation();
  const { lang } = useLocale();
  const s = summaryOf(job);
  const failedMessage = job.error ? (lang === 'en' ? job.error.messageEn : job.error.messageZh) : undefined;
  const status =
    job.status === 'failed' ? 'error' : s.rejected ? 'warning' : s.errors > 0 ? 'warning' : 'success';
  const title =
    job.status === 'failed' ? t('import.failed') : s.rejected ? t('import.rejected') : t('import.succeeded');
  return (
    <div data-testid="import-result" data-status={status}>
      <Result
        status={status}
        title={title}
        subTitle={
          failedMessage ?? t('import.summary', { total: s.total, imported: s.imported, errors: s.errors })
        }
        extra={
          <Space wrap>
            <Button icon={<ReloadOutlined />} onClick={onAgain} data-testid="import-again">
              {t('import.again')}
            </Button>
            <Link to="/members">
              <Button icon={<TeamOutlined />}>{t('import.viewMembers')}</Button>
            </Link>
          </Space>
        }
      />
      <Space size={48} wrap className="stat-row center">
        <Statistic title={t('import.totalRows')} value={s.total} />
        <Statistic title={t('import.importedRows')} value={s.imported} valueStyle={{ color: '#2f7d32' }} />
        <Statistic
          title={t('import.errorRows')}
          value={s.errors}
          valueStyle={{ color: s.errors ? '#c8102e' : undefined }}
        />
      </Space>
      {s.errors > 0 && (
        <Card
          type="inner"
          title={t('import.errors')}
          extra={
            <Button
              icon={<DownloadOutlined />}
              href={errorReportUrl(job.id)}
              data-testid="import-error-report"
            >
              {t('import.errorReport')}
            </Button>
          }
        >
          <ImportErrorTable jobId={job.id} />
        </Card>
      )}
    </div>
  );
}
