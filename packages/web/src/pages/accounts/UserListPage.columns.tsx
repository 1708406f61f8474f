import { Button, Space, type TableColumnsType, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { isOverseer } from '../../../../server/src/access/role-list.ts';
import { useSession } from '../../auth/session.tsx';
import { textColumn } from '../../components/columns.tsx';
import type { UserRole, UserRow } from './usersApi.ts';

/** A tag whose words wrap inside its cell rather than run on past it. */
const WRAPPED = { whiteSpace: 'normal', marginInlineEnd: 0 } as const;

/** What a row's buttons do: edit the account, reset its password, disable or enable it. */
interface UserActions {
  onEdit: (u: UserRow) => void;
  onReset: (u: UserRow) => void;
  onToggle: (u: UserRow) => void;
}

/**
 * The accounts table's columns: who, their roles by union, their status, and what may be done to them (given what
 * the buttons do, which reload the list).
 */
export function useUserColumns(): (on: UserActions) => TableColumnsType<UserRow> {
  const { t } = useTranslation();
  const { me } = useSession();
  const roleTag = (r: UserRole) => (
    <Tag
      key={r.assignmentId}
      color={
        r.role === 'admin' || r.role === 'security_admin' || r.role === 'audit_admin'
          ? 'red'
          : r.role === 'manager'
            ? 'volcano'
            : undefined
      }
    >
      {r.orgName
        ? t('acct.users.roleAt', { role: t(`role.${r.role}`), union: r.orgName })
        : t(`role.${r.role}`)}
    </Tag>
  );
  return ({ onEdit, onReset, onToggle }) => [
    {
      title: t('acct.users.username'),
      dataIndex: 'username',
      width: 150,
      fixed: 'left',
      render: (s: string) => <span className="mono">{s}</span>,
    },
    { title: t('acct.users.displayName'), dataIndex: 'displayName', width: 110 },
    textColumn(t('acct.users.phone'), 'phone', { width: 130 }),
    {
      title: t('acct.users.roles'),
      key: 'roles',
      render: (_, u) => (
        <Space size={[0, 4]} wrap>
          {u.roles.map(roleTag)}
        </Space>
      ),
    },
    {
      title: t('acct.users.status'),
      dataIndex: 'isActive',
      width: 130,
      // the tags one under the other, a long one wrapped inside the cell: one wider than its column ran on under the
      // pinned 操作 column (Must change password at any width, 需改密码 at 1366 px)
      render: (active: boolean, u) => (
        <Space size={4} orientation="vertical" align="start">
          <Tag color={active ? 'green' : 'default'} style={WRAPPED}>
            {active ? t('acct.users.active') : t('acct.users.disabled')}
          </Tag>
          {u.mustChangePassword && (
            <Tooltip title={t('acct.users.mustChangeTip')}>
              <Tag color="gold" style={WRAPPED} data-testid={`user-must-change-${u.username}`}>
                {t('acct.users.mustChange')}
              </Tag>
            </Tooltip>
          )}
        </Space>
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 220,
      fixed: 'right',
      render: (_, u) => {
        const self = u.id === me?.userId;
        // a security or audit administrator's account is the operator's, on the command line (ADR 148)
        const locked = u.roles.some((r) => isOverseer(r.role));
        const lock = locked ? { disabled: true, title: t('acct.users.overseerByOperator') } : {};
        return (
          <Space size={0} wrap>
            <Button type="link" size="small" onClick={() => onEdit(u)} {...lock}>
              {t('acct.users.edit')}
            </Button>
            {!self && (
              <Button
                type="link"
                size="small"
                onClick={() => onReset(u)}
                data-testid={`user-reset-${u.username}`}
                {...lock}
              >
                {t('acct.users.resetPassword')}
              </Button>
            )}
            {!self && (
              <Button type="link" size="small" danger={u.isActive} onClick={() => onToggle(u)} {...lock}>
                {u.isActive ? t('acct.users.disable') : t('acct.users.enable')}
              </Button>
            )}
          </Space>
        );
      },
    },
  ];
}
