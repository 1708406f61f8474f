import { DownOutlined, IdcardOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Dropdown, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useSession } from '../auth/session.tsx';
import { useLocale } from '../locale.tsx';

/** The signed-in user's menu in the header: my account, the other language, sign out (on a phone, who I am). */
export function UserMenu({ narrow }: { narrow: boolean }) {
  const { t } = useTranslation();
  const { me, signOut } = useSession();
  const { lang, setLang } = useLocale();
  const navigate = useNavigate();
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          ...(narrow
            ? [{ key: 'who', label: me?.displayName, disabled: true }, { type: 'divider' as const }]
            : []),
          {
            key: 'account',
            icon: <IdcardOutlined />,
            label: t('acct.me.menu'),
            onClick: () => navigate('/account'),
          },
          {
            key: 'lang',
            label: t('lang.switchTo'),
            onClick: () => setLang(lang === 'zh' ? 'en' : 'zh'),
          },
          { type: 'divider' },
          {
            key: 'logout',
            icon: <LogoutOutlined />,
            label: t('auth.signOut'),
            onClick: async () => {
              await signOut();
              navigate('/login', { replace: true });
            },
          },
        ],
      }}
    >
      <button type="button" className="user-menu" data-testid="user-menu">
        <Space>
          <Avatar size="small" icon={<UserOutlined />} style={{ background: '#c8102e' }} />
          {!narrow && <span className="user-name">{me?.displayName}</span>}
          {!narrow && me && t(`role.${me.role}`) !== me.displayName && (
            <Typography.Text type="secondary" className="user-role">
              {t(`role.${me.role}`)}
            </Typography.Text>
          )}
          <DownOutlined style={{ fontSize: 10 }} />
        </Space>
      </button>
    </Dropdown>
  );
}
