import type { ColumnsType } from 'antd/es/table';
import type { TFunction } from 'i18next';

/**
 * The roster's first columns: the row's number, the member, and the union the member signed up from (所在工会, as
 * the roster's export heads it) — not the union running the activity, which the page's facts name (主办工会).
 */
export function rosterPersonColumns<R extends { personName: string; orgName: string }>(
  t: TFunction,
): ColumnsType<R> {
  return [
    { title: '', key: 'n', width: 50, render: (_, _r, i) => i + 1 },
    { title: t('member.name'), dataIndex: 'personName' },
    { title: t('act.detail.memberUnion'), dataIndex: 'orgName' },
  ];
}
