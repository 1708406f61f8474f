import { type TableColumnsType, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { MemberRow } from '../../api/types.ts';
import { labelColumn, textColumn } from '../../components/columns.tsx';
import { AttributeTags } from './AttributeTags.tsx';
import { AccountStateTag } from './MemberAccountCard.tsx';

/** The member list's columns; a list of those who left names their last union and the day and why they left. */
export function useMemberColumns(ended: boolean): TableColumnsType<MemberRow> {
  const { t } = useTranslation();
  return [
    {
      title: t('member.name'),
      dataIndex: 'name',
      width: 110,
      fixed: 'left',
      render: (name: string, r) => (
        <Link to={`/members/${r.id}`} onClick={(e) => e.stopPropagation()}>
          {name}
        </Link>
      ),
    },
    labelColumn(t('member.gender'), 'gender', (g) => t(`gender.${g}`), { width: 70 }),
    {
      title: t('member.idMasked'),
      dataIndex: 'idMasked',
      width: 190,
      render: (s: string) => <span className="mono">{s}</span>,
    },
    textColumn(t('member.phone'), 'phone', { width: 130 }),
    {
      title: (
        <Tooltip title={t('member.accountStateHint')}>
          <span>{t('member.accountState')}</span>
        </Tooltip>
      ),
      dataIndex: 'accountState',
      width: 110,
      render: (s: MemberRow['accountState'], r) => (
        <span data-testid={`member-account-${r.id}`} data-state={s}>
          <AccountStateTag status={s} />
        </span>
      ),
    },
    {
      title: ended ? t('member.endedOrg') : t('member.org'),
      dataIndex: 'orgName',
      ellipsis: true,
      render: (n: string | null, r) => r.ended?.orgName ?? n ?? '—',
    },
    { title: t('member.attributes'), key: 'attrs', render: (_, r) => <AttributeTags person={r} /> },
    ended
      ? {
          title: t('member.endedAt'),
          key: 'ended',
          width: 220,
          render: (_, r) =>
            r.ended ? (
              <Tag data-testid={`member-ended-${r.id}`}>
                {`${t('member.ended')} · ${r.ended.reason ? t(`endReason.${r.ended.reason}`) : ''} · ${r.ended.on}`}
              </Tag>
            ) : null,
        }
      : { title: t('member.joinedOn'), dataIndex: 'joinedOn', width: 120 },
  ];
}
