import { CloudUploadOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { api, unwrap } from '../../api/client.ts';
import { useFeedback } from '../../components/feedback.ts';
import { PeopleList, usePeopleListParams } from '../../components/PeopleList.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { TempPasswordModal, UserCreateModal, UserEditModal } from './UserDialogs.tsx';
import { useUserColumns } from './UserListPage.columns.tsx';
import type { UserQuery, UserRow } from './usersApi.ts';

const ROLES = ['admin', 'security_admin', 'audit_admin', 'manager', 'staff', 'reviewer', 'worker'] as const;

/** Accounts of my subtree: the server filters and pages; create, edit, disable/enable, reset password. */
export default function UserListPage() {
  const { t } = useTranslation();
  usePageTitle(t('acct.users.title'));
  const feedback = useFeedback();
  const { modal } = App.useApp();
  const navigate = useNavigate();
  const at = usePeopleListParams();
  const { params, orgId, q, page, pageSize, orgName, update } = at;
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<UserRow | null>(null);
  const [temp, setTemp] = useState<{ name: string; password: string } | null>(null);

  const role = (ROLES as readonly string[]).includes(params.get('role') ?? '')
    ? (params.get('role') as UserQuery['role'])
    : undefined;
  const status =
    params.get('status') === 'active' || params.get('status') === 'disabled'
      ? (params.get('status') as 'active' | 'disabled')
      : undefined;

  const query: UserQuery = { page, pageSize };
  if (orgId) query.orgId = orgId;
  if (role) query.role = role;
  if (status) query.status = status;
  if (q.trim()) query.q = q.trim();

  const list = useLoad(() => unwrap(api.GET('/api/users', { params: { query } })), [params.toString()]);

  const toggleActive = (u: UserRow) =>
    modal.confirm({
      title: u.isActive ? t('acct.users.disable') : t('acct.users.enable'),
      content: t(u.isActive ? 'acct.users.disableConfirm' : 'acct.users.enableConfirm', {
        name: u.displayName,
      }),
      okButtonProps: { danger: u.isActive },
      onOk: async () => {
        try {
          const path = u.isActive ? '/api/users/{id}/disable' : '/api/users/{id}/enable';
          await unwrap(api.POST(path, { params: { path: { id: u.id } } }));
          feedback.success(t(u.isActive ? 'acct.users.disabledDone' : 'acct.users.enabledDone'));
          await list.reload();
        } catch (err) {
          feedback.error(err);
        }
      },
    });

  const resetPassword = (u: UserRow) =>
    modal.confirm({
      title: t('acct.users.resetPassword'),
      content: t('acct.users.resetConfirm', { name: u.displayName }),
      onOk: async () => {
        try {
          const answer = await unwrap(
            api.POST('/api/users/{id}/reset-password', { params: { path: { id: u.id } } }),
          );
          setTemp({ name: u.displayName, password: answer.temporaryPassword });
          await list.reload();
        } catch (err) {
          feedback.error(err);
        }
      },
    });
  const columns = useUserColumns({ onEdit: setEditing, onReset: resetPassword, onToggle: toggleActive });

  return (
    <PeopleList<UserRow>
      title={t('acct.users.title')}
      pageTestId="users-page"
      at={at}
      actions={
        <>
          <Button
            icon={<CloudUploadOutlined />}
            onClick={() => navigate('/users/import')}
            data-testid="users-import"
          >
            {t('acct.users.import')}
          </Button>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="user-new"
          >
            {t('acct.users.new')}
          </Button>
        </>
      }
      search={{ placeholder: t('acct.users.searchPlaceholder'), testId: 'users-search' }}
      union={{ placeholder: t('acct.users.allUnions'), width: 240, id: 'users-org-filter' }}
      filters={
        <>
          <Select
            allowClear
            value={role}
            placeholder={t('acct.users.allRoles')}
            style={{ width: 150 }}
            onChange={(v) => update({ role: v })}
            options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
            data-testid="users-role-filter"
          />
          <Select
            allowClear
            value={status}
            placeholder={t('acct.users.allStatus')}
            style={{ width: 130 }}
            onChange={(v) => update({ status: v })}
            options={[
              { value: 'active', label: t('acct.users.active') },
              { value: 'disabled', label: t('acct.users.disabled') },
            ]}
            data-testid="users-status-filter"
          />
        </>
      }
      list={list}
      what={t('load.what.users')}
      empty={t('acct.users.empty')}
      scroll={{ x: 1100 }}
      data-testid="users-table"
      pageSizeOptions={[20, 50, 100]}
      columns={columns}
    >
      <UserCreateModal
        open={creating}
        defaultOrgId={orgId}
        defaultOrgName={orgName.data || undefined}
        onClose={() => setCreating(false)}
        onCreated={() => {
          setCreating(false);
          void list.reload();
        }}
      />
      <UserEditModal
        user={editing}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          void list.reload();
        }}
      />
      <TempPasswordModal shown={temp} onClose={() => setTemp(null)} />
    </PeopleList>
  );
}
