import {
  CheckCircleOutlined,
  FileExcelOutlined,
  FolderOpenOutlined,
  ReloadOutlined,
  SearchOutlined,
} from '@ant-design/icons';
import { Alert, Button, Card, Flex, Result, Space, Statistic, Steps, Typography } from 'antd';
import { type CSSProperties, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessage } from '../api/client.ts';
import { ImportErrorRows, type RowError } from './ImportErrorTable.tsx';
import { FileDrop } from './ImportFields.tsx';
import { FileFailure, IgnoredRows, SheetNotes, type SheetNotesProps } from './ImportResult.tsx';
import { type RegisterOffer, registerOffer, retriable } from './register-offer.ts';
import { type IgnoredRow, rowKeyOf } from './rowPlace.ts';

/** What a register import answers, its dry run (预检) or its import; `counts` are the register's own figures. */
export interface RegisterAnswer extends SheetNotesProps {
  dryRun: boolean;
  total: number;
  created: number;
  /** Records the file gives as they stand on the register already (a ledger sent again whole): skipped. */
  onRecord?: number;
  ignoredRows: IgnoredRow[];
  errors: RowError[];
}

/**
 * A register brought in from a sheet (issue 23): the template, the file, 预检 — what would be created and every
 * wrong row, nothing written — then 导入, offered once the check found no error and the file creates or changes
 * something (a file whose rows are all on the register already offers another file instead). The server imports
 * all rows or none; a file changed after the check is checked again.
 */
export function RegisterImport<A extends RegisterAnswer>({
  what,
  templateUrl,
  send,
  figures,
  after,
  checked: checkedNotes,
}: {
  /** The register's name, for the words of the page ("诉求台账"). */
  what: string;
  templateUrl: string;
  send: (file: File, dryRun: boolean) => Promise<A>;
  /** The register's own counts of an answer, as labelled figures; a text (a year) is shown as written. */
  figures: (a: A) => { label: string; value: number | string }[];
  /** Notes on what an import did that the clerk must act on (a subsidy not opened …). */
  after?: (a: A) => string[];
  /** Notes a clean check shows before the import is chosen (the days a holiday sheet removes …). */
  checked?: (a: A) => string[];
}) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [checked, setChecked] = useState<A | null>(null);
  const [done, setDone] = useState<A | null>(null);
  // `retryDryRun`: the step (the check, or the import) that failed without a word on the file (no answer, a server
  // fault), to send again with the file kept
  const [failure, setFailure] = useState<{
    message: string;
    repeated: boolean;
    retryDryRun?: boolean;
  } | null>(null);
  const [busy, setBusy] = useState(false);
  const elapsed = useElapsedSeconds(busy);

  const run = async (dryRun: boolean) => {
    if (!file) return;
    setBusy(true);
    setFailure(null);
    try {
      const answer = await send(file, dryRun);
      if (dryRun) setChecked(answer);
      else setDone(answer);
    } catch (err) {
      // A file refused at import (it changed since the check): its rows are shown like a check's.
      const rows =
        err instanceof ApiError && err.code === 'IMPORT_ROWS_INVALID'
          ? (err.details as { errors?: RowError[] })?.errors
          : undefined;
      if (rows && checked) setChecked({ ...checked, errors: rows });
      else
        setFailure({
          message: errorMessage(err),
          repeated: err instanceof ApiError && err.code === 'IMPORT_FILE_REPEATED',
          retryDryRun: retriable(err) ? dryRun : undefined,
        });
    } finally {
      setBusy(false);
    }
  };
  const again = () => {
    setFile(null);
    setChecked(null);
    setDone(null);
    setFailure(null);
  };
  // what a check without an error offers: the import, or another file when the file creates and changes nothing
  const offer = checked && !checked.errors.length ? registerOffer(checked) : null;
  const retryDryRun = failure?.retryDryRun;
  // why the check and the import wait, said on the buttons (issue 45)
  const checkLocked = file ? undefined : t('import.lockedNoFile');
  const importLocked = !checked
    ? t('import.register.lockedCheckFirst')
    : checked.errors.length > 0
      ? t('import.register.lockedErrors')
      : undefined;

  return (
    <Card data-testid="register-import">
      <Steps
        current={done ? 3 : offer && offer.kind !== 'nothing' ? 2 : file ? 1 : 0}
        status={(failure && !failure.repeated) || checked?.errors.length ? 'error' : undefined}
        className="import-steps"
        items={[
          { title: t('import.register.step1') },
          { title: t('import.register.step2') },
          { title: t('import.register.step3') },
        ]}
      />
      {failure && (
        <FileFailure
          message={failure.message}
          repeated={failure.repeated}
          onAgain={again}
          retry={retryDryRun === undefined ? undefined : { dryRun: retryDryRun, run: () => run(retryDryRun) }}
        />
      )}
      {done && (
        <div data-testid="import-result" data-status="success">
          <Result
            status="success"
            title={
              // a file that created nothing but added to records on the register says so, not "0 imported"
              registerOffer(done).kind === 'change'
                ? t('import.register.doneChange', { what })
                : t('import.register.done', { count: done.created, what })
            }
            extra={
              <Button type="primary" icon={<ReloadOutlined />} onClick={again} data-testid="import-again">
                {t('import.again')}
              </Button>
            }
          />
          <WarningLines lines={after?.(done) ?? []} testId="import-after" style={{ marginBottom: 8 }} />
          <Figures answer={done} figures={figures(done)} />
        </div>
      )}
      {!done && !failure && (
        <Flex vertical gap={16} className="import-form">
          <div>
            <Typography.Paragraph type="secondary">
              {t('import.register.intro', { what })}
            </Typography.Paragraph>
            <Button icon={<FileExcelOutlined />} href={templateUrl} data-testid="import-template">
              {t('import.template')}
            </Button>
          </div>
          <FileDrop
            file={file}
            onFile={(f) => {
              setFile(f);
              setChecked(null);
            }}
          />
          <Space wrap>
            <Button
              icon={<SearchOutlined />}
              disabled={!file}
              title={checkLocked}
              loading={busy && !checked}
              onClick={() => run(true)}
              data-testid="import-check"
            >
              {t('import.register.check')}
            </Button>
            {offer?.kind === 'nothing' ? (
              <Button
                type="primary"
                icon={<FolderOpenOutlined />}
                onClick={again}
                data-testid="import-other-file"
              >
                {t('import.register.otherFile')}
              </Button>
            ) : (
              <Button
                type="primary"
                icon={<CheckCircleOutlined />}
                disabled={!!importLocked}
                title={importLocked}
                loading={busy && !!checked}
                onClick={() => run(false)}
                data-testid="import-start"
              >
                {offer?.kind === 'create'
                  ? t('import.register.apply', { count: offer.count })
                  : t('import.register.step3')}
              </Button>
            )}
          </Space>
          {busy && elapsed >= 2 && (
            <Alert
              type="info"
              showIcon
              data-testid="import-working"
              message={t(checked ? 'import.register.importing' : 'import.register.checking', {
                seconds: elapsed,
              })}
            />
          )}
          {checked && <CheckResult {...{ checked, offer, what, figures }} notes={checkedNotes} />}
        </Flex>
      )}
    </Card>
  );
}

/** What a check answered: its errors, what the file would create, or that it holds nothing new. */
export function CheckResult<A extends RegisterAnswer>({
  checked,
  offer,
  what,
  figures,
  notes,
}: {
  checked: A;
  /** What the check offers; null when it found errors. */
  offer: RegisterOffer | null;
  what: string;
  figures: (a: A) => { label: string; value: number | string }[];
  /** What the import will do that the clerk must see before choosing it, each a warning (a clean check's only). */
  notes?: (a: A) => string[];
}) {
  const { t } = useTranslation();
  const errorRows = new Set(checked.errors.map(rowKeyOf)).size;
  let said: { type: 'warning' | 'success' | 'info'; message: string; description?: string };
  if (!offer) {
    said = {
      type: 'warning',
      message: t('import.register.checkedWithErrors', {
        rows: t('import.register.rowCount', { count: errorRows }),
        count: checked.errors.length,
      }),
      description: t('import.register.fixAndCheck'),
    };
  } else if (offer.kind === 'nothing') {
    said = {
      type: 'info',
      message: t('import.register.nothingNew'),
      description: offer.rows
        ? t('import.register.nothingNewRows', { count: offer.rows })
        : t('import.register.nothingInFile'),
    };
  } else if (offer.kind === 'change') {
    said = { type: 'success', message: t('import.register.checkedChanges', { what }) };
  } else {
    said = { type: 'success', message: t('import.register.checkedClean', { count: offer.count, what }) };
  }
  return (
    <div data-testid="import-check-result" data-offer={offer?.kind ?? 'errors'}>
      <Alert type={said.type} showIcon title={said.message} description={said.description} />
      <WarningLines
        lines={offer && offer.kind !== 'nothing' ? (notes?.(checked) ?? []) : []}
        testId="import-check-note"
        style={{ marginTop: 8 }}
      />
      {/* with errors nothing is imported: what the other rows would create is not shown as if it were */}
      <Figures answer={checked} figures={offer ? figures(checked) : null} />
      {!offer && (
        <Card type="inner" title={t('import.errors')}>
          <ImportErrorRows rows={checked.errors} />
        </Card>
      )}
    </div>
  );
}

function Figures({
  answer,
  figures,
}: {
  answer: RegisterAnswer;
  /** The counts of what the file creates; null: only its rows (a file with errors creates nothing). */
  figures: { label: string; value: number | string }[] | null;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Space size={40} wrap className="stat-row center" data-testid="import-summary">
        <Statistic title={t('import.totalRows')} value={answer.total} />
        {figures && (
          <Statistic
            title={t(answer.dryRun ? 'import.register.created' : 'import.register.createdDone')}
            value={answer.created}
          />
        )}
        {figures && !!answer.onRecord && (
          <Statistic title={t('import.register.onRecord')} value={answer.onRecord} />
        )}
        {figures?.map((f) => (
          // a text (a year, 2026) is shown as written: antd would group a numeric text's digits (2,026)
          <Statistic
            key={f.label}
            title={f.label}
            value={f.value}
            formatter={typeof f.value === 'string' ? () => f.value : undefined}
          />
        ))}
      </Space>
      <IgnoredRows rows={answer.ignoredRows} />
      <SheetNotes {...answer} />
    </>
  );
}

/**
 * Seconds since `running` became true (0 while not running): a long register (100,000 rows take about twenty
 * seconds) says it is still at work and for how long, instead of a spinner alone.
 */
function useElapsedSeconds(running: boolean): number {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    setSeconds(0);
    if (!running) return;
    const started = Date.now();
    const timer = setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 1000);
    return () => clearInterval(timer);
  }, [running]);
  return seconds;
}

/** What an import's check or its result adds to its figures, a warning a line. */
function WarningLines({ lines, testId, style }: { lines: string[]; testId: string; style: CSSProperties }) {
  return lines.map((line) => (
    <Alert key={line} type="warning" showIcon title={line} style={style} data-testid={testId} />
  ));
}
