import { Alert, type TableProps } from 'antd';
import type { ColumnsType, ColumnType } from 'antd/es/table';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ImportErrorRows } from '../../components/ImportErrorTable.tsx';
import { IgnoredRows, SheetNotes } from '../../components/ImportResult.tsx';
import { rowCell, rowKeyOf } from '../../components/rowPlace.ts';
import { countedPager, FitTable } from '../../components/TableCard.tsx';
import type { Lang } from '../../i18n/index.ts';
import { useLocale } from '../../locale.tsx';
import type { CheckAnswer } from './usersApi.ts';

type Checked = CheckAnswer['accounts'][number];
type AccountRow = Pick<Checked, 'rowNo' | 'sheet' | 'username' | 'displayName' | 'union' | 'role'>;

/** The columns an account of a sheet is shown with, checked or made: its row, login name, name, union and role. */
function accountColumns<A extends AccountRow>(t: TFunction, lang: Lang): ColumnsType<A> {
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
 * The accounts of a sheet, checked or made, fifty a page: each with its columns (\`accountColumns\`) and then
 * \`password\`, where its first password comes from or what it is.
 */
export function AccountsTable<A extends AccountRow>({
  rows,
  rowKey,
  testId,
  password,
}: {
  rows: A[];
  rowKey: TableProps<A>['rowKey'];
  testId: string;
  password: ColumnType<A>;
}) {
  const { t } = useTranslation();
  const { lang } = useLocale();
  return (
    <FitTable<A>
      rowKey={rowKey}
      size="small"
      dataSource={rows}
      scroll={{ x: 720 }}
      pagination={countedPager(t, 50)}
      data-testid={testId}
      columns={[...accountColumns<A>(t, lang), password]}
    />
  );
}

/**
 * What a check (预检) of an accounts sheet found: every wrong row, or the accounts the import would make and where
 * each first password will come from; either way the rows it left out as no account (合计, 填表说明), as the union
 * tree's and the members' checks say them. Nothing is made until the clerk imports.
 */
export function UserImportCheck({ checked }: { checked: CheckAnswer }) {
  const { t } = useTranslation();
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
        <IgnoredRows rows={checked.ignoredRows} />
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
      <IgnoredRows rows={checked.ignoredRows} />
      <SheetNotes {...checked} dryRun />
      <AccountsTable<Checked>
        rowKey={rowKeyOf}
        rows={checked.accounts}
        testId="users-import-checked"
        password={{
          title: t('acct.imp.firstPassword'),
          dataIndex: 'password',
          render: (p: Checked['password']) => <span className="muted">{t(`acct.imp.password.${p}`)}</span>,
        }}
      />
    </>
  );
}
