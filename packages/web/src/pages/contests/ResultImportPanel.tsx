import { FileExcelOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Result, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client.ts';
import { ImportErrorRows } from '../../components/ImportErrorTable.tsx';
import { FileDrop, StartImport } from '../../components/ImportFields.tsx';
import { FileRefused, SheetNotes } from '../../components/ImportResult.tsx';
import { type ContestDetail, contestsApi, type ResultImport } from './contests-api.ts';

/** The results sheet: download the entries, fill in the results, upload; row errors or the count imported. */
export function ResultImportPanel({
  contest,
  onImported,
}: {
  contest: ContestDetail;
  onImported: () => void;
}) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [answer, setAnswer] = useState<ResultImport | null>(null);
  const [busy, setBusy] = useState(false);
  /** Why the file as a whole was refused: kept on the page, not only in a passing message. */
  const [failure, setFailure] = useState<string | null>(null);
  if (contest.status === 'open') return <Alert type="info" title={t('contest.import.notYet')} />;

  const start = async () => {
    if (!file) return;
    setBusy(true);
    setFailure(null);
    try {
      const a = await contestsApi.importResults(contest.id, file);
      setAnswer(a);
      if (a.imported) onImported();
    } catch (err) {
      setFailure(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  const again = () => {
    setFile(null);
    setAnswer(null);
  };

  if (answer) {
    const refused = answer.errors.length > 0;
    return (
      <div data-testid="result-import-outcome">
        <Result
          status={refused ? 'warning' : 'success'}
          title={
            refused
              ? t('contest.import.rejected', { count: answer.errors.length })
              : t('contest.import.done', { imported: answer.imported })
          }
          extra={<Button onClick={again}>{t('contest.import.again')}</Button>}
        />
        <SheetNotes {...answer} />
        {refused && <ImportErrorRows rows={answer.errors} />}
      </div>
    );
  }
  return (
    <Flex vertical gap={16} style={{ maxWidth: 720 }}>
      <FileRefused reason={failure} testId="result-import-failed" />
      <Typography.Paragraph type="secondary">{t('contest.import.intro')}</Typography.Paragraph>
      <div>
        <Button
          icon={<FileExcelOutlined />}
          href={contestsApi.entriesSheetUrl(contest.id)}
          data-testid="result-template"
        >
          {t('contest.detail.export')}
        </Button>
      </div>
      <FileDrop file={file} onFile={setFile} />
      <StartImport
        file={file}
        busy={busy}
        onStart={start}
        label={t('contest.import.start')}
        testId="result-import-start"
      />
    </Flex>
  );
}
