import { Alert, Button, Card, Checkbox, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, errorMessage, unwrap } from '../../api/client.ts';
import { LoadGate } from '../../components/LoadError.tsx';
import { useCardSave } from '../../components/useBusy.ts';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useLocale } from '../../locale.tsx';

const loadRoles = async () => (await unwrap(api.GET('/api/roles'))).items;
type RoleView = Awaited<ReturnType<typeof loadRoles>>[number];

/**
 * 角色与权限: every role with the permissions it is built with, in words; the security administrator withdraws one
 * from a role and restores it (never beyond what the role is built with; the three administrators are fixed).
 */
export default function RolesPage() {
  const { t } = useTranslation();
  usePageTitle(t('acct.roles.title'));
  const state = useLoad(loadRoles, []);
  return (
    <div className="page" data-testid="roles-page">
      <Typography.Title level={3} className="page-title">
        {t('acct.roles.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('acct.roles.intro')}</Typography.Paragraph>
      <LoadGate state={state} what={t('acct.roles.loadFailed')}>
        {(roles) => (
          <Space direction="vertical" size="large" style={{ width: '100%' }}>
            {roles.map((r) => (
              <RoleCard
                key={r.role}
                view={r}
                onSaved={(next) => state.set(roles.map((x) => (x.role === next.role ? next : x)))}
              />
            ))}
          </Space>
        )}
      </LoadGate>
    </div>
  );
}

function RoleCard({ view, onSaved }: { view: RoleView; onSaved: (v: RoleView) => void }) {
  const { t } = useTranslation();
  const { lang } = useLocale();
  const held = () => new Set(view.permissions.filter((p) => p.held).map((p) => p.permission));
  const [checked, setChecked] = useState(held);
  const { busy, failure, run } = useCardSave();
  // biome-ignore lint/correctness/useExhaustiveDependencies: a saved or reloaded view resets the boxes
  useEffect(() => setChecked(held()), [view]);
  const changed = view.permissions.some((p) => p.held !== checked.has(p.permission));

  const save = () =>
    run(async () => {
      const withdrawn = view.permissions.filter((p) => !checked.has(p.permission)).map((p) => p.permission);
      onSaved(
        await unwrap(
          api.PUT('/api/roles/{role}', { params: { path: { role: view.role } }, body: { withdrawn } }),
        ),
      );
      return t('acct.roles.saved', { role: t(`role.${view.role}`) });
    });

  return (
    <Card
      data-testid={`role-${view.role}`}
      title={
        <Space>
          {t(`role.${view.role}`)}
          {view.fixed && <Tag>{t('acct.roles.fixedRole')}</Tag>}
        </Space>
      }
      extra={
        !view.fixed && (
          <Button
            type="primary"
            disabled={!changed}
            loading={busy}
            onClick={save}
            data-testid={`role-save-${view.role}`}
          >
            {t('acct.roles.save')}
          </Button>
        )
      }
    >
      {failure !== null && (
        <Alert type="error" showIcon title={errorMessage(failure)} style={{ marginBottom: 12 }} />
      )}
      {view.fixed && (
        <Typography.Paragraph type="secondary">{t('acct.roles.fixedRoleHelp')}</Typography.Paragraph>
      )}
      <Space wrap size={[16, 8]}>
        {view.permissions.map((p) => (
          <Checkbox
            key={p.permission}
            checked={checked.has(p.permission)}
            disabled={p.fixed}
            data-testid={`perm-${view.role}-${p.permission}`}
            onChange={(e) => {
              const next = new Set(checked);
              if (e.target.checked) next.add(p.permission);
              else next.delete(p.permission);
              setChecked(next);
            }}
          >
            {lang === 'en' ? p.nameEn : p.nameZh}
            {!p.held && (
              <Tag color="orange" style={{ marginInlineStart: 6 }}>
                {t('acct.roles.withdrawn')}
              </Tag>
            )}
          </Checkbox>
        ))}
      </Space>
    </Card>
  );
}
