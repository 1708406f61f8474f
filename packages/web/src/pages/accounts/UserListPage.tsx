import { CloudUploadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { api, unwrap } from '../../api/client.ts';
import { useFeedback } from '../../components/feedback.ts';
import { useUnionName } from '../../components/ListFilterField.tsx';
import { NewButton } from '../../components/NewButton.tsx';
import { RegisterList, selectFilter } from '../../components/RegisterList.tsx';
import { useListParams } from '../../components/useListParams.ts';
import { TempPasswordModal, UserCreateModal, UserEditModal } from './UserDialogs.tsx';
import { useUserColumns } from './UserListPage.columns.tsx';
import type { UserQuery, UserRow } from './usersApi.ts';

const ROLES = ['admin', 'security_admin', 'audit_admin', 'manager', 'staff', 'reviewer', 'worker'] as const;

/** Accounts of my subtree: the server filters and pages; create, edit, disable/enable, reset password. */
/** The accounts the filters ask for: the union, a role and a status (each only if it is one), the words searched. */
function userQuery(values: Record<string, string | undefined>, page: number, pageSize: number): UserQuery {
  const query: UserQuery = { page, pageSize };
  const orgId = Number(values.orgId);
  if (orgId) query.orgId = orgId;
  if ((ROLES as readonly (string | undefined)[]).includes(values.role))
    query.role = values.role as UserQuery['role'];
  if (values.status === 'active' || values.status === 'disabled') query.status = values.status;
  if (values.q) query.q = values.q;
  return query;
}

/** Accounts of my subtree: the server filters and pages; create, edit, disable/enable, reset password. */
export default function UserListPage() {
  const { t } = useTranslation();
  const feedback = useFeedback();
  const { modal } = App.useApp();
  const navigate = useNavigate();
  const [params] = useListParams();
  const orgId = Number(params.get('orgId')) || undefined;
  const orgName = useUnionName(orgId);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<UserRow | null>(null);
  const [temp, setTemp] = useState<{ name: string; password: string } | null>(null);

  const toggleActive = (u: UserRow, reload: () => Promise<void>) =>
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
          await reload();
        } catch (err) {
          feedback.error(err);
        }
      },
    });

  const resetPassword = (u: UserRow, reload: () => Promise<void>) =>
    modal.confirm({
      title: t('acct.users.resetPassword'),
      content: t('acct.users.resetConfirm', { name: u.displayName }),
      onOk: async () => {
        try {
          const answer = await unwrap(
            api.POST('/api/users/{id}/reset-password', { params: { path: { id: u.id } } }),
          );
          setTemp({ name: u.displayName, password: answer.temporaryPassword });
          await reload();
        } catch (err) {
          feedback.error(err);
        }
      },
    });
  const columns = useUserColumns();

  return (
    <RegisterList<UserRow>
      title={t('acct.users.title')}
      testId="users"
      people={{ pageSizes: [20, 50, 100], pageTestId: 'users-page' }}
      filters={[
        {
          kind: 'search',
          param: 'q',
          placeholder: t('acct.users.searchPlaceholder'),
          testId: 'users-search',
        },
        {
          kind: 'org',
          param: 'orgId',
          tree: true,
          placeholder: t('acct.users.allUnions'),
          width: 240,
          id: 'users-org-filter',
        },
        selectFilter('role', ROLES, (r) => t(`role.${r}`), {
          placeholder: t('acct.users.allRoles'),
          width: 150,
          testId: 'users-role-filter',
        }),
        selectFilter('status', ['active', 'disabled'], (s) => t(`acct.users.${s}`), {
          placeholder: t('acct.users.allStatus'),
          width: 130,
          testId: 'users-status-filter',
        }),
      ]}
      load={({ values, page, pageSize }) =>
        unwrap(api.GET('/api/users', { params: { query: userQuery(values, page, pageSize) } }))
      }
      actions={() => (
        <>
          <Button
            icon={<CloudUploadOutlined />}
            onClick={() => navigate('/users/import')}
            data-testid="users-import"
          >
            {t('acct.users.import')}
          </Button>
          <NewButton onClick={() => setCreating(true)} testId="user-new">
            {t('acct.users.new')}
          </NewButton>
        </>
      )}
      what={t('load.what.users')}
      empty={t('acct.users.empty')}
      columns={(list) =>
        columns({
          onEdit: setEditing,
          onReset: (u) => resetPassword(u, list.reload),
          onToggle: (u) => toggleActive(u, list.reload),
        })
      }
    >
      {(list) => (
        <>
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
        </>
      )}
    </RegisterList>
  );
}
