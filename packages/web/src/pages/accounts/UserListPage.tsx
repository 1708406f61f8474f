import { CloudUploadOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Input, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { api, unwrap } from '../../api/client.ts';
import { useFeedback } from '../../components/feedback.ts';
import { emptyText, LoadError } from '../../components/LoadError.tsx';
import { OrgSelect } from '../../components/OrgSelect.tsx';
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
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<UserRow | null>(null);
  const [temp, setTemp] = useState<{ name: string; password: string } | null>(null);

  const orgId = Number(params.get('orgId')) || undefined;
  const role = (ROLES as readonly string[]).includes(params.get('role') ?? '')
    ? (params.get('role') as UserQuery['role'])
    : undefined;
  const status =
    params.get('status') === 'active' || params.get('status') === 'disabled'
      ? (params.get('status') as 'active' | 'disabled')
      : undefined;
  const q = params.get('q') ?? '';
  const page = Number(params.get('page')) || 1;
  const pageSize = Number(params.get('pageSize')) || 20;

  const query: UserQuery = { page, pageSize };
  if (orgId) query.orgId = orgId;
  if (role) query.role = role;
  if (status) query.status = status;
  if (q.trim()) query.q = q.trim();

  const list = useLoad(() => unwrap(api.GET('/api/users', { params: { query } })), [params.toString()]);
  const orgName = useLoad(
    async () =>
      orgId ? (await unwrap(api.GET('/api/orgs/{id}', { params: { path: { id: orgId } } }))).name : '',
    [orgId],
  );

  const update = (changes: Record<string, string | undefined>, resetPage = true) =>
    setParams((p) => {
      for (const [k, v] of Object.entries(changes)) {
        if (v === undefined || v === '') p.delete(k);
        else p.set(k, v);
      }
      if (resetPage) p.delete('page');
      return p;
    });

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
    <div className="page" data-testid="users-page">
      <div className="page-head">
        <Typography.Title level={3} className="page-title" style={{ margin: 0 }}>
          {t('acct.users.title')}
        </Typography.Title>
        <Space wrap>
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
        </Space>
      </div>
      <Card className="filter-card">
        <div className="filter-row">
          <Input.Search
            key={q}
            defaultValue={q}
            allowClear
            enterButton
            placeholder={t('acct.users.searchPlaceholder')}
            onSearch={(v) => update({ q: v.trim() || undefined })}
            className="filter-search"
            data-testid="users-search"
          />
          <OrgSelect
            tree
            value={orgId}
            valueLabel={orgName.data || undefined}
            onChange={(id) => update({ orgId: id ? String(id) : undefined })}
            allowClear
            placeholder={t('acct.users.allUnions')}
            style={{ minWidth: 240 }}
            id="users-org-filter"
          />
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
        </div>
      </Card>
      <Card className="table-card">
        {list.error ? (
          <LoadError error={list.error} retry={list.reload} what={t('load.what.users')} />
        ) : (
          <Table<UserRow>
            rowKey="id"
            size="middle"
            loading={list.loading}
            dataSource={list.data?.items ?? []}
            locale={{ emptyText: emptyText(list, t('acct.users.empty')) }}
            scroll={{ x: 1100 }}
            data-testid="users-table"
            pagination={{
              current: page,
              pageSize,
              total: list.data?.total ?? 0,
              showSizeChanger: true,
              pageSizeOptions: [20, 50, 100],
              showTotal: (n) => t('common.total', { count: n }),
              onChange: (p, size) => update({ page: String(p), pageSize: String(size) }, size !== pageSize),
            }}
            columns={columns}
          />
        )}
      </Card>
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
    </div>
  );
}
