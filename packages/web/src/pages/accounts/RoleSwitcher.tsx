import { SwapOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { api, unwrap } from '../../api/client.ts';
import { homeOf, useSession } from '../../auth/session.tsx';
import { useFeedback } from '../../components/feedback.ts';
import { useSaving } from '../../components/useBusy.ts';

/**
 * For a user holding several roles: the role and union the session acts as, and a menu to act as another
 * (POST /api/auth/switch-role); the session is read again and the user lands on that role's home page
 * (the phone pages for a worker role).
 */
export function RoleSwitcher({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const { me, refresh } = useSession();
  const feedback = useFeedback();
  const navigate = useNavigate();
  const { busy, run: whileBusy } = useSaving();
  if (!me || me.roles.length < 2) return null;

  const label = (r: (typeof me.roles)[number]) =>
    r.orgName ? t('acct.users.roleAt', { role: t(`role.${r.role}`), union: r.orgName }) : t(`role.${r.role}`);
  const current = me.roles.find((r) => r.assignmentId === me.assignmentId);

  const switchTo = async (assignmentId: number) => {
    if (assignmentId === me.assignmentId) return;
    await whileBusy(async () => {
      await unwrap(api.POST('/api/auth/switch-role', { body: { assignmentId } }));
      const fresh = await refresh();
      const now = fresh?.roles.find((r) => r.assignmentId === fresh.assignmentId);
      if (now) feedback.success(t('acct.switcher.switched', { role: label(now) }));
      if (fresh) navigate(homeOf(fresh), { replace: true });
    });
  };

  return (
    <Dropdown
      trigger={['click']}
      menu={{
        selectable: true,
        selectedKeys: [String(me.assignmentId)],
        items: [
          {
            key: 'title',
            label: t('acct.switcher.label'),
            type: 'group' as const,
            children: me.roles.map((r) => ({
              key: String(r.assignmentId),
              label: <span data-testid={`role-option-${r.assignmentId}`}>{label(r)}</span>,
            })),
          },
        ],
        onClick: ({ key }) => void switchTo(Number(key)),
      }}
    >
      <Button
        icon={<SwapOutlined />}
        loading={busy}
        data-testid="role-switcher"
        title={t('acct.switcher.label')}
      >
        {!compact && current && <span className="role-switcher-label">{label(current)}</span>}
      </Button>
    </Dropdown>
  );
}
