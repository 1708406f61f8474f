import { Alert, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ImportErrorRows } from '../../components/ImportErrorTable.tsx';
import { rowCell, rowKeyOf } from '../../components/rowPlace.ts';
import type { Lang } from '../../i18n/index.ts';
import { useLocale } from '../../locale.tsx';
import type { CheckAnswer } from './usersApi.ts';

type Checked = CheckAnswer['accounts'][number];
type AccountRow = Pick<Checked, 'rowNo' | 'sheet' | 'username' | 'displayName' | 'union' | 'role'>;

/** The columns an account of a sheet is shown with, checked or made: its row, login name, name, union and role. */
export function accountColumns<A extends AccountRow>(t: TFunction, lang: Lang): ColumnsType<A> {
  return [
    { title: t('acct.imp.row'), key: 'row', width: 70, render: (_, a) => rowCell(a, lang) },
    {
      title: t('acct.users.username'),
      dataIndex: 'username',
      render: (s: string) => <span className="mono">{s}</span>,
    },
    { title: t('acct.users.displayName'), dataIndex: 'displayName' },
    { title: t('acct.users.union'), dataIndex: 'union', ellipsis: true },
    { title: t('acct.users.role'), dataIndex: 'role', render: (r: string) => t(`role.${r}`) },
  ];
}

/**
 * What a check (预检) of an accounts sheet found: every wrong row, or the accounts the import would make and where
 * each first password will come from. Nothing is made until the clerk imports.
 */
export function UserImportCheck({ checked }: { checked: CheckAnswer }) {
  const { t } = useTranslation();
  const { lang } = useLocale();
  if (checked.errors.length) {
    const rows = new Set(checked.errors.map((e) => `${e.sheet ?? ''}:${e.rowNo}`)).size;
    return (
      <>
        <Alert
          type="error"
          showIcon
          title={t('acct.imp.checkFailed', { count: rows, total: checked.total })}
          data-testid="users-import-check"
          data-status="errors"
        />
        <ImportErrorRows rows={checked.errors} testId="users-import-errors" />
      </>
    );
  }
  return (
    <>
      <Alert
        type="success"
        showIcon
        title={t('acct.imp.checkPassed', { count: checked.accounts.length })}
        data-testid="users-import-check"
        data-status="passed"
      />
      <Table<Checked>
        rowKey={rowKeyOf}
        size="small"
        dataSource={checked.accounts}
        scroll={{ x: 720 }}
        pagination={{
          pageSize: 50,
          hideOnSinglePage: true,
          showTotal: (n) => t('common.total', { count: n }),
        }}
        data-testid="users-import-checked"
        columns={[
          ...accountColumns<Checked>(t, lang),
          {
            title: t('acct.imp.firstPassword'),
            dataIndex: 'password',
            render: (p: Checked['password']) => <span className="muted">{t(`acct.imp.password.${p}`)}</span>,
          },
        ]}
      />
    </>
  );
}
