import {
  CheckCircleOutlined,
  DownloadOutlined,
  FolderOpenOutlined,
  ReloadOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Alert, Button, Card, Result, Space, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useLocale } from '../locale.tsx';
import { aside } from './aside.ts';
import { ImportChanges } from './ImportChanges.tsx';
import { ImportErrorTable } from './ImportErrorTable.tsx';
import { resultWords } from './import-result-words.ts';
import { errorReportUrl, isFileFailure, type Job, summaryOf } from './importApi.ts';
import { type IgnoredRow, rowKeyOf, rowsWords } from './rowPlace.ts';

/**
 * The end of an import or of its check (预检): what happened, the counts, what changes in members already
 * registered (field by field), and the rows refused with their reasons. A check that passed offers the import
 * itself (`onApply`).
 */
export function ImportResult({ job, onAgain, onApply }: { job: Job; onAgain(): void; onApply?(): void }) {
  const { t } = useTranslation();
  const { lang } = useLocale();
  const s = summaryOf(job);
  const serverMessage = job.error ? (lang === 'en' ? job.error.messageEn : job.error.messageZh) : undefined;
  if (isFileFailure(job)) return <FileFailure message={serverMessage} onAgain={onAgain} />;
  const { status, title, subTitle, nothingToImport } = resultWords(t, job, serverMessage);
  const applicable = s.dryRun && job.status === 'succeeded' && !nothingToImport && onApply;
  return (
    <div
      data-testid="import-result"
      data-status={status}
      data-job-status={job.status}
      data-dry-run={s.dryRun ? 'true' : undefined}
    >
      <Result
        status={status}
        title={title}
        subTitle={subTitle}
        extra={
          <Space wrap>
            {applicable && (
              <Button
                type="primary"
                icon={<CheckCircleOutlined />}
                onClick={onApply}
                data-testid="import-apply"
              >
                {t('import.check.apply', { count: s.imported })}
              </Button>
            )}
            <Button
              type={applicable ? 'default' : 'primary'}
              icon={<ReloadOutlined />}
              onClick={onAgain}
              data-testid="import-again"
            >
              {t(s.dryRun ? 'import.check.another' : 'import.again')}
            </Button>
            {!s.dryRun && (
              <Link to="/members">
                <Button icon={<TeamOutlined />}>{t('import.viewMembers')}</Button>
              </Link>
            )}
          </Space>
        }
      />
      <Space size={40} wrap className="stat-row center" data-testid="import-summary">
        <Statistic title={t('import.totalRows')} value={s.total} />
        <Statistic
          title={t(s.dryRun ? 'import.check.importable' : 'import.importedRows')}
          value={s.imported}
          styles={{ content: { color: '#2f7d32' } }}
        />
        {s.imported > 0 && (
          <>
            <Statistic title={t('import.createdRows')} value={s.created} />
            <Statistic title={t('import.updatedRows')} value={s.updated} />
            <Statistic title={t('import.transferredRows')} value={s.transferred} />
            <Statistic title={t('import.unchangedRows')} value={s.unchanged} />
          </>
        )}
        <Statistic
          title={t('import.errorRows')}
          value={s.rejected}
          styles={{ content: { color: s.rejected ? '#c8102e' : undefined } }}
        />
      </Space>
      <IgnoredRows rows={s.ignoredRows} />
      <SheetNotes
        file={job.result?.file}
        warnings={job.result?.warnings}
        warningCount={job.result?.warningCount}
        dryRun={s.dryRun}
      />
      {s.updated + s.transferred > 0 && (
        <Card
          type="inner"
          title={t(s.dryRun ? 'import.changes.title' : 'import.changes.titleDone')}
          className="import-changes-card"
        >
          <Typography.Paragraph type="secondary" className="small">
            {t(s.dryRun ? 'import.changes.hint' : 'import.changes.hintDone')}
          </Typography.Paragraph>
          <ImportChanges jobId={job.id} />
        </Card>
      )}
      {s.rejected > 0 && (
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
          <Typography.Paragraph type="secondary" className="small">
            {t('import.errorsFirst')}
          </Typography.Paragraph>
          <ImportErrorTable jobId={job.id} />
        </Card>
      )}
    </div>
  );
}

/**
 * Rows read as no data, left out without an error: 合计 rows and notes (填表说明 …), each named with its sheet when
 * several were read (one sheet's rows as always: 第 8、9、10 行); then, when a row was a bare row of the sums above it
 * (no 合计 in it), a line that says so; nothing when there are none.
 */
export function IgnoredRows({ rows }: { rows: IgnoredRow[] }) {
  const { t } = useTranslation();
  const { lang } = useLocale();
  if (rows.length === 0) return null;
  const sums = rows.filter((r) => r.reason === 'sum');
  const oneSheet = rows.every((r) => r.sheet === undefined);
  const list = (these: IgnoredRow[]) =>
    oneSheet ? these.map((r) => r.rowNo).join(t('common.listSep')) : rowsWords(these, lang);
  return (
    <Alert
      type="info"
      showIcon
      className="import-ignored"
      title={
        <>
          <div>{t(oneSheet ? 'import.ignored' : 'import.ignoredPlaces', { rows: list(rows) })}</div>
          {sums.length > 0 && (
            <div data-testid="import-ignored-sums">
              {t(oneSheet ? 'import.ignoredSums' : 'import.ignoredSumsPlaces', { rows: list(sums) })}
            </div>
          )}
        </>
      }
      data-testid="import-ignored"
    />
  );
}

/** What the server found a file to be, and the cells whose characters were lost on the way. */
export interface SheetNotesProps {
  /** `sheets`: the sheets read, when the rows came from more than one (ADR 152). */
  file?: {
    format: string;
    encoding: string | null;
    sheetName: string | null;
    sheets?: string[];
    /** The header's columns the register has none of: their cells are not imported. */
    unreadColumns?: string[];
  };
  warnings?: { rowNo: number; sheet?: string; column: string; zh: string; en: string }[];
  warningCount?: number;
  /** A check (预检) that wrote nothing: its cells to check will be imported as written, not were. */
  dryRun?: boolean;
}

const ENCODING_NAMES: Record<string, string> = {
  'utf-8': 'UTF-8',
  gb18030: 'GB18030 (GBK)',
  'utf-16le': 'UTF-16',
  'utf-16be': 'UTF-16',
};

/** "Read as CSV (GB18030)" and the cells to check, under an import's result. */
export function SheetNotes({ file, warnings = [], warningCount = 0, dryRun = false }: SheetNotesProps) {
  const { t } = useTranslation();
  const { lang } = useLocale();
  if (!file) return null;
  const several = (file.sheets?.length ?? 0) > 1;
  const detail = file.encoding
    ? aside(ENCODING_NAMES[file.encoding] ?? file.encoding, lang)
    : file.sheetName && !several
      ? aside(t('import.sheetNamed', { name: file.sheetName }), lang)
      : '';
  return (
    <div className="import-sheet-notes" data-testid="import-sheet-notes">
      <Typography.Text type="secondary">
        {t('import.readAs', {
          format: `.${file.format}`,
          detail,
        })}
      </Typography.Text>
      {(file.unreadColumns?.length ?? 0) > 0 && (
        <div data-testid="import-unread-columns">
          <Typography.Text type="secondary">
            {t('import.unreadColumns', { columns: (file.unreadColumns ?? []).join(t('common.listSep')) })}
          </Typography.Text>
        </div>
      )}
      {several && (
        <div data-testid="import-sheets-read">
          <Typography.Text type="secondary">
            {t('import.sheetsRead', { sheets: (file.sheets ?? []).join(t('common.listSep')) })}
          </Typography.Text>
        </div>
      )}
      {warningCount > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="import-warnings"
          title={t(dryRun ? 'import.warningsCheck' : 'import.warnings', { count: warningCount })}
          description={
            <ul className="import-warning-list">
              {warnings.map((w) => (
                <li key={`${rowKeyOf(w)}-${w.column}`}>{lang === 'en' ? w.en : w.zh}</li>
              ))}
              {warningCount > warnings.length && (
                <li>{t('import.moreWarnings', { count: warningCount - warnings.length })}</li>
              )}
            </ul>
          }
        />
      )}
    </div>
  );
}

/** Why a file was refused as a whole, kept on the page (not only in a passing message); nothing when null. */
export function FileRefused({ reason, testId }: { reason: string | null; testId: string }) {
  const { t } = useTranslation();
  if (!reason) return null;
  return (
    <Alert type="error" showIcon title={t('import.fileFailed')} description={reason} data-testid={testId} />
  );
}

/**
 * A file refused as a whole: the reason in words and a new try; no row counts (none were checked). A file the
 * register took already (`repeated`: when, by whom, what it created) is no failure: it is said as a notice.
 */
export function FileFailure({
  message,
  onAgain,
  repeated = false,
  retry,
}: {
  message: string | undefined;
  onAgain(): void;
  repeated?: boolean;
  /**
   * A failure that said nothing of the file (no answer, a server fault): the step to send the same file again, the
   * check or the import, offered first so that the clerk need not choose the file anew.
   */
  retry?: { dryRun: boolean; run(): void };
}) {
  const { t } = useTranslation();
  const title = retry
    ? t(retry.dryRun ? 'import.notChecked' : 'import.notImported')
    : t(repeated ? 'import.fileRepeated' : 'import.fileFailed');
  return (
    <div data-testid="import-result" data-status={repeated ? 'repeated' : 'error'} data-job-status="failed">
      <Result
        status={repeated ? 'info' : 'error'}
        title={title}
        subTitle={message ?? t('import.failed')}
        extra={
          <Space wrap style={{ justifyContent: 'center' }}>
            {retry && (
              <Button type="primary" icon={<ReloadOutlined />} onClick={retry.run} data-testid="import-retry">
                {t('import.retry')}
              </Button>
            )}
            <Button
              type={retry ? 'default' : 'primary'}
              icon={retry ? <FolderOpenOutlined /> : <ReloadOutlined />}
              onClick={onAgain}
              data-testid="import-again"
            >
              {t('import.again')}
            </Button>
          </Space>
        }
      />
    </div>
  );
}
