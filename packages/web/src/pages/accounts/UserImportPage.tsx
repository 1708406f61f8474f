import { ArrowLeftOutlined, DownloadOutlined, FileExcelOutlined, SearchOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Result, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { errorMessage } from '../../api/client.ts';
import { ImportErrorRows } from '../../components/ImportErrorTable.tsx';
import { FileDrop, StartImport } from '../../components/ImportFields.tsx';
import { IgnoredRows, SheetNotes } from '../../components/ImportResult.tsx';
import { useAttempt } from '../../components/useBusy.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { AccountsTable, UserImportCheck } from './UserImportCheck.tsx';
import {
  type CheckAnswer,
  checkAccounts,
  downloadBase64,
  type ImportAnswer,
  type ImportedAccount,
  ignoredRowsOf,
  importAccounts,
  rowErrorsOf,
  XLSX_TYPE,
} from './usersApi.ts';

const COLUMNS = ['username', 'name', 'phone', 'union', 'role', 'password'] as const;

/**
 * Account import: the column list, an upload, a check (预检) listing the accounts it would make or every wrong row,
 * then the import (all or nothing) with its row errors or the created accounts.
 */
export default function UserImportPage() {
  const { t } = useTranslation();
  usePageTitle(t('acct.imp.title'));
  const [file, setFile] = useState<File | null>(null);
  const { busy, failure, setFailure, run } = useAttempt();
  const [done, setDone] = useState<ImportAnswer | null>(null);
  const [checked, setChecked] = useState<CheckAnswer | null>(null);
  const rowErrors = rowErrorsOf(failure);

  // which of the two the one attempt is: its button spins, the other waits
  const [doing, setDoing] = useState<'check' | 'import'>('check');
  const attempt = async (what: 'check' | 'import', act: (f: File) => Promise<unknown>) => {
    if (!file) return;
    setDoing(what);
    setChecked(null);
    await run(() => act(file));
  };
  const start = () => attempt('import', async (f) => setDone(await importAccounts(f)));
  const check = () => attempt('check', async (f) => setChecked(await checkAccounts(f)));

  const again = () => {
    setDone(null);
    setChecked(null);
    setFile(null);
    setFailure(null);
  };

  return (
    <div className="page" data-testid="users-import-page">
      <div className="page-head">
        <Typography.Title level={3} className="page-title" style={{ margin: 0 }}>
          {t('acct.imp.title')}
        </Typography.Title>
        <Link to="/users">
          <Button icon={<ArrowLeftOutlined />}>{t('acct.imp.back')}</Button>
        </Link>
      </div>
      {done ? (
        <Card data-testid="users-import-done">
          <Result
            status="success"
            title={t('acct.imp.done', { count: done.created.length })}
            subTitle={t('acct.imp.doneHint')}
            extra={
              <Space wrap>
                <Button
                  type="primary"
                  icon={<DownloadOutlined />}
                  onClick={() => downloadBase64(done.accountsXlsxBase64, done.accountsFileName, XLSX_TYPE)}
                  data-testid="users-import-download"
                >
                  {t('acct.imp.download')}
                </Button>
                <Button onClick={again}>{t('acct.imp.again')}</Button>
              </Space>
            }
          />
          <IgnoredRows rows={done.ignoredRows} />
          <SheetNotes {...done} />
          <AccountsTable<ImportedAccount>
            rowKey="id"
            rows={done.created}
            testId="users-import-created"
            password={{
              title: t('acct.imp.tempPassword'),
              dataIndex: 'temporaryPassword',
              render: (p: string | null, a: { passwordSent: boolean }) =>
                p ? (
                  <Typography.Text code copyable>
                    {p}
                  </Typography.Text>
                ) : (
                  <span className="muted" data-testid={a.passwordSent ? 'password-sent' : undefined}>
                    {t(a.passwordSent ? 'acct.imp.sentBySms' : 'acct.imp.fromFile')}
                  </span>
                ),
            }}
          />
        </Card>
      ) : (
        <Card>
          <Space direction="vertical" size="middle" style={{ width: '100%' }}>
            <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
              {t('acct.imp.intro')}
            </Typography.Paragraph>
            <div data-testid="users-import-columns">
              <Typography.Text strong>{t('acct.imp.columns')}</Typography.Text>
              <ol className="import-columns">
                {COLUMNS.map((c) => (
                  <li key={c}>{t(`acct.imp.col.${c}`)}</li>
                ))}
              </ol>
              <Typography.Text type="secondary">{t('acct.imp.mustChangeNote')}</Typography.Text>
            </div>
            <Button
              icon={<FileExcelOutlined />}
              href="/api/users/import/template.xlsx"
              data-testid="users-import-template"
              style={{ alignSelf: 'flex-start' }}
            >
              {t('acct.imp.template')}
            </Button>
            <FileDrop
              file={file}
              onFile={(f) => {
                setFile(f);
                setChecked(null);
                if (f) setFailure(null);
              }}
            />
            {checked && <UserImportCheck checked={checked} />}
            {failure !== null && (
              <Alert
                type="error"
                showIcon
                title={errorMessage(failure)}
                description={rowErrors.length ? t('acct.imp.failed') : undefined}
                data-testid="users-import-failure"
              />
            )}
            {rowErrors.length > 0 && (
              <>
                <IgnoredRows rows={ignoredRowsOf(failure)} />
                <ImportErrorRows rows={rowErrors} testId="users-import-errors" />
              </>
            )}
            <Space wrap>
              <Button
                size="large"
                icon={<SearchOutlined />}
                disabled={!file || (busy && doing === 'import')}
                title={file ? undefined : t('import.lockedNoFile')}
                loading={busy && doing === 'check'}
                onClick={check}
                data-testid="users-import-check-start"
              >
                {t('acct.imp.check')}
              </Button>
              <StartImport
                file={file}
                busy={busy && doing === 'import'}
                locked={busy}
                onStart={start}
                label={t('acct.imp.start')}
                large
                testId="users-import-start"
              />
            </Space>
          </Space>
        </Card>
      )}
    </div>
  );
}
