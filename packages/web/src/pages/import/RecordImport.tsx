import { FileExcelOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Form, Result, Space, Statistic, Steps, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client.ts';
import { ImportErrorRows, type RowError } from '../../components/ImportErrorTable.tsx';
import { FileDrop, ModeChoice, StartImport } from '../../components/ImportFields.tsx';
import {
  FileFailure,
  IgnoredRows,
  SheetNotes,
  type SheetNotesProps,
} from '../../components/ImportResult.tsx';
import {
  type ImportMode,
  importRecordFile,
  type RecordImportAnswer,
  type RecordKind,
  recordTemplateUrl,
  refusedRows,
} from '../../components/importApi.ts';
import { type IgnoredRow, rowKeyOf } from '../../components/rowPlace.ts';

/** How a records import ended: imported (perhaps in part), refused for row errors, or the file refused. */
type Outcome =
  | { kind: 'done'; answer: RecordImportAnswer }
  | { kind: 'refused'; errors: RowError[]; message: string }
  | { kind: 'failed'; message: string };

/** Records import of one kind: template, upload with a mode, then the counts and the row errors. */
export function RecordImport({ kind }: { kind: RecordKind }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<ImportMode>('all_or_nothing');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);

  const start = async () => {
    if (!file) return;
    setBusy(true);
    try {
      setOutcome({ kind: 'done', answer: await importRecordFile(file, kind, mode) });
    } catch (err) {
      const errors = refusedRows(err);
      setOutcome(
        errors
          ? { kind: 'refused', errors, message: errorMessage(err) }
          : { kind: 'failed', message: errorMessage(err) },
      );
    } finally {
      setBusy(false);
    }
  };
  const again = () => {
    setFile(null);
    setOutcome(null);
  };

  const failed = outcome?.kind === 'failed';
  return (
    <Card>
      <Steps
        current={outcome && !failed ? 3 : file || failed ? 1 : 0}
        status={failed ? 'error' : undefined}
        data-testid="import-steps"
        className="import-steps"
        items={[{ title: t('import.step1') }, { title: t('import.step2') }, { title: t('import.step3') }]}
      />
      {outcome === null && (
        <Form layout="vertical" className="import-form">
          <div>
            <Typography.Paragraph type="secondary">
              {t('import.recordIntro', { what: t(`import.what.${kind}`) })}
            </Typography.Paragraph>
            <Button icon={<FileExcelOutlined />} href={recordTemplateUrl(kind)} data-testid="import-template">
              {t('import.template')}
            </Button>
          </div>
          <FileDrop file={file} onFile={setFile} />
          <ModeChoice mode={mode} onMode={setMode} />
          <StartImport
            file={file}
            busy={busy}
            onStart={start}
            label={t('import.start')}
            large
            testId="import-start"
          />
        </Form>
      )}
      {outcome?.kind === 'failed' && <FileFailure message={outcome.message} onAgain={again} />}
      {outcome?.kind === 'refused' && (
        <RecordResult
          status="warning"
          title={t('import.rejected')}
          message={outcome.message}
          imported={0}
          errors={outcome.errors}
          ignoredRows={[]}
          onAgain={again}
        />
      )}
      {outcome?.kind === 'done' && (
        <RecordResult
          status={outcome.answer.errors.length ? 'warning' : 'success'}
          title={
            outcome.answer.errors.length
              ? outcome.answer.imported
                ? t('import.partly')
                : t('import.rejected')
              : t('import.succeeded')
          }
          message={t('import.recordSummary', {
            total: outcome.answer.total,
            imported: outcome.answer.imported,
            skipped: outcome.answer.skipped,
          })}
          total={outcome.answer.total}
          imported={outcome.answer.imported}
          errors={outcome.answer.errors}
          ignoredRows={outcome.answer.ignoredRows}
          notes={outcome.answer}
          onAgain={again}
        />
      )}
    </Card>
  );
}

function RecordResult(props: {
  status: 'success' | 'warning';
  title: string;
  message: string;
  total?: number;
  imported: number;
  errors: RowError[];
  ignoredRows: IgnoredRow[];
  notes?: SheetNotesProps;
  onAgain(): void;
}) {
  const { t } = useTranslation();
  const errorRows = new Set(props.errors.map(rowKeyOf)).size;
  return (
    <div data-testid="import-result" data-status={props.status}>
      <Result
        status={props.status}
        title={props.title}
        subTitle={props.message}
        extra={
          <Button type="primary" icon={<ReloadOutlined />} onClick={props.onAgain} data-testid="import-again">
            {t('import.again')}
          </Button>
        }
      />
      <Space size={40} wrap className="stat-row center" data-testid="import-summary">
        {props.total !== undefined && <Statistic title={t('import.totalRows')} value={props.total} />}
        <Statistic
          title={t('import.importedRows')}
          value={props.imported}
          styles={{ content: { color: '#2f7d32' } }}
        />
        <Statistic
          title={t('import.errorRows')}
          value={errorRows}
          styles={{ content: { color: errorRows ? '#c8102e' : undefined } }}
        />
      </Space>
      <IgnoredRows rows={props.ignoredRows} />
      {props.notes && <SheetNotes {...props.notes} />}
      {props.errors.length > 0 && (
        <Card type="inner" title={t('import.errors')}>
          <ImportErrorRows rows={props.errors} />
        </Card>
      )}
    </div>
  );
}
