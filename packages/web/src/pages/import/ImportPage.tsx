import { FileExcelOutlined, SearchOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Progress, Radio, Space, Steps, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client.ts';
import { afterToday } from '../../components/DateField.tsx';
import { DayPicker } from '../../components/DayPicker.tsx';
import { Field } from '../../components/Field.tsx';
import { FileDrop, ModeChoice } from '../../components/ImportFields.tsx';
import { ImportResult } from '../../components/ImportResult.tsx';
import {
  getJob,
  type ImportMode,
  isFileFailure,
  type Job,
  RECORD_KINDS,
  type RecordKind,
  startMemberImport,
  TEMPLATE_URL,
} from '../../components/importApi.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { OrgSelect } from '../../components/OrgSelect.tsx';
import { type ListedRegister, listRegisters } from '../../components/registersApi.ts';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { RecordImport } from './RecordImport.tsx';
import { ListedRegisterPanel } from './register-panels.tsx';

const POLL_MS = 500;

/** Where each phase sits on the progress bar, in percent. */
const PHASE_SPAN: Record<string, [number, number]> = {
  queued: [0, 0],
  reading: [0, 5],
  validating: [5, 60],
  staging: [60, 85],
  merging: [85, 99],
  done: [100, 100],
};

export function progressPercent(job: Job | null): number {
  if (!job) return 0;
  if (job.status !== 'running') return 100;
  const [from, to] = PHASE_SPAN[job.phase] ?? [0, 99];
  const share = job.total > 0 ? Math.min(1, job.done / job.total) : 0;
  return Math.floor(from + (to - from) * share);
}

/**
 * What a clerk imports: the member roster, one kind of record, or a register of the union's past — every register
 * the server lists for the clerk's role (GET /api/registers, as 导入历史台账 does), so a new register is offered here
 * by itself.
 */
export default function ImportPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('import.title'));
  const [what, setWhat] = useState<string>('members');
  const listed = useLoad(listRegisters, []);
  const registers = (listed.data ?? []).filter((r) => r.key !== 'members');
  const register = registers.find((r) => r.key === what);
  const nameOf = (r: ListedRegister) => (i18n.language === 'en' ? r.name.en : r.name.zh);
  const choice = (options: { key: string; label: string }[], testId: string) => (
    <Radio.Group
      className="import-what"
      optionType="button"
      buttonStyle="solid"
      value={what}
      onChange={(e) => setWhat(e.target.value)}
      data-testid={testId}
      options={options.map(({ key, label }) => ({
        value: key,
        label: <span data-testid={`import-what-${key}`}>{label}</span>,
      }))}
    />
  );
  return (
    <div className="page">
      <Typography.Title level={3} className="page-title">
        {t('import.title')}
      </Typography.Title>
      <Flex vertical gap={8} style={{ marginBottom: 16 }}>
        <Flex gap={8} align="center" wrap>
          <Typography.Text type="secondary">{t('import.group.current')}</Typography.Text>
          {choice(
            ['members', ...RECORD_KINDS].map((key) => ({ key, label: t(`import.what.${key}`) })),
            'import-what',
          )}
        </Flex>
        {listed.error ? (
          <LoadError error={listed.error} retry={listed.reload} />
        ) : (
          registers.length > 0 && (
            <Flex gap={8} align="center" wrap>
              <Typography.Text type="secondary">{t('import.group.registers')}</Typography.Text>
              {choice(
                registers.map((r) => ({ key: r.key, label: nameOf(r) })),
                'import-what-register',
              )}
            </Flex>
          )
        )}
      </Flex>
      {what === 'members' ? (
        <MemberImport />
      ) : register ? (
        <ListedRegisterPanel key={register.key} register={register} name={nameOf(register)} />
      ) : (
        <RecordImport key={what} kind={what as RecordKind} />
      )}
    </div>
  );
}

/**
 * Member import: template, upload with a mode, live progress, then the summary, what changes in members
 * already registered and the row errors. 预检 checks the file first (nothing written) and offers the import of
 * the same file with the same choices; 开始导入 imports at once.
 */
export function MemberImport() {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<ImportMode>('all_or_nothing');
  const [orgId, setOrgId] = useState<number>();
  const [blankJoin, setBlankJoin] = useState<'error' | 'date'>('error');
  const [joinDate, setJoinDate] = useState<Dayjs | null>(null);
  const [jobId, setJobId] = useState<number | null>(null);
  const [job, setJob] = useState<Job | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [starting, setStarting] = useState(false);

  useEffect(() => {
    if (jobId === null) return;
    let alive = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
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

  const start = async (dryRun: boolean) => {
    if (!file || (blankJoin === 'date' && !joinDate)) return;
    setStarting(true);
    setFailure(null);
    setJob(null);
    setJobId(null);
    try {
      const defaultJoinedOn = blankJoin === 'date' ? joinDate?.format('YYYY-MM-DD') : undefined;
      setJobId(await startMemberImport(file, { mode, orgId, defaultJoinedOn, dryRun }));
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

  const finished = job !== null && job.status !== 'running';
  // A file refused as a whole stops at the upload step, marked failed: no row was ever checked.
  const fileFailed = (finished && isFileFailure(job)) || (jobId === null && failure !== null);
  // a check (预检) that finished stays on the upload step: the import itself is still to come
  const checked = finished && job.result?.dryRun === true;
  const step = fileFailed ? 1 : finished && !checked ? 3 : jobId !== null || file ? 1 : 0;

  // why the check and the import wait, said on the buttons (issue 45)
  const locked = !file
    ? t('import.lockedNoFile')
    : blankJoin === 'date' && !joinDate
      ? t('import.lockedNoDate')
      : undefined;
  return (
    <Card>
      <Steps
        current={step}
        status={fileFailed ? 'error' : undefined}
        data-testid="import-steps"
        className="import-steps"
        items={[{ title: t('import.step1') }, { title: t('import.step2') }, { title: t('import.step3') }]}
      />
      {jobId === null && (
        <Form layout="vertical" className="import-form">
          <div>
            <Typography.Paragraph type="secondary">{t('import.intro')}</Typography.Paragraph>
            <Button icon={<FileExcelOutlined />} href={TEMPLATE_URL} data-testid="import-template">
              {t('import.template')}
            </Button>
          </div>
          <FileDrop file={file} onFile={setFile} />
          <ModeChoice mode={mode} onMode={setMode} />
          <Field
            id="import-default-org"
            label={t('import.defaultOrg')}
            extra={t('import.defaultOrgHint')}
            style={{ marginBottom: 0 }}
          >
            <OrgSelect
              tree
              openOnly
              value={orgId}
              onChange={(id) => setOrgId(id ?? undefined)}
              allowClear
              style={{ maxWidth: 420, width: '100%' }}
            />
          </Field>
          <BlankJoinChoice choice={blankJoin} onChoice={setBlankJoin} date={joinDate} onDate={setJoinDate} />
          {failure !== null && (
            <Alert type="error" showIcon title={errorMessage(failure)} data-testid="import-failure" />
          )}
          <Space wrap>
            <Button
              size="large"
              icon={<SearchOutlined />}
              disabled={!!locked}
              title={locked}
              loading={starting}
              onClick={() => start(true)}
              data-testid="import-check"
            >
              {t('import.check.start')}
            </Button>
            <Button
              type="primary"
              size="large"
              disabled={!!locked}
              title={locked}
              loading={starting}
              onClick={() => start(false)}
              data-testid="import-start"
            >
              {t('import.start')}
            </Button>
          </Space>
        </Form>
      )}
      {jobId !== null && !finished && <ImportProgress job={job} failure={failure} />}
      {finished && <ImportResult job={job} onAgain={reset} onApply={() => start(false)} />}
    </Card>
  );
}

/** What a blank 入会日期 of a new member means: an error (the default) or a date the clerk picks. */
function BlankJoinChoice(props: {
  choice: 'error' | 'date';
  onChoice(c: 'error' | 'date'): void;
  date: Dayjs | null;
  onDate(d: Dayjs | null): void;
}) {
  const { t } = useTranslation();
  const missing = props.choice === 'date' && !props.date;
  return (
    <Form.Item label={t('import.blankJoin')} extra={t('import.blankJoinHint')} style={{ marginBottom: 0 }}>
      <Radio.Group
        value={props.choice}
        onChange={(e) => props.onChoice(e.target.value)}
        data-testid="import-blank-join"
      >
        <Space direction="vertical">
          <Radio value="error" data-testid="blank-join-error">
            {t('import.blankJoinError')}
          </Radio>
          <Radio value="date" data-testid="blank-join-date">
            <Space wrap>
              {t('import.blankJoinDate')}
              <DayPicker
                value={props.date}
                onChange={(d) => {
                  props.onDate(d);
                  if (d) props.onChoice('date');
                }}
                disabledDate={afterToday}
                status={missing ? 'error' : undefined}
                placeholder={t('import.blankJoinPick')}
                data-testid="blank-join-picker"
              />
            </Space>
          </Radio>
        </Space>
      </Radio.Group>
    </Form.Item>
  );
}

function ImportProgress({ job, failure }: { job: Job | null; failure: unknown }) {
  const { t } = useTranslation();
  const phase = job ? t(`import.phases.${job.phase}`, { defaultValue: job.phase }) : t('import.running');
  return (
    <div className="import-progress" data-testid="import-progress">
      <Typography.Text strong>{phase}</Typography.Text>
      <Progress percent={progressPercent(job)} status="active" aria-label={phase} />
      {job && job.total > 0 && (
        <Typography.Text type="secondary">
          {t('import.progress', { done: job.done, total: job.total })}
        </Typography.Text>
      )}
      {failure !== null && <Alert type="error" showIcon title={errorMessage(failure)} />}
    </div>
  );
}
