import { DownOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Dropdown, Layout, Menu, Space, Typography } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useSession } from '../auth/session.tsx';
import { PageSpinner } from '../components/guards.tsx';
import { LangSwitch } from '../components/LangSwitch.tsx';
import { useLocale } from '../locale.tsx';
import { navFor } from '../nav.tsx';

/** The desktop frame for union staff: side menu by permission, user menu, language switch. */
export default function StaffLayout() {
  const { t } = useTranslation();
  const { me, signOut } = useSession();
  const { lang, setLang } = useLocale();
  const location = useLocation();
  const navigate = useNavigate();
  const [collapsed, setCollapsed] = useState(false);
  const entries = navFor(me?.permissions ?? []);
  const selected = entries
    .filter((e) => location.pathname === e.path || location.pathname.startsWith(`${e.path}/`))
    .map((e) => e.path);

  return (
    <Layout className="staff-layout">
      <Layout.Sider
        width={208}
        breakpoint="lg"
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        className="staff-sider"
      >
        <Link to="/" className="brand" data-testid="brand">
          <span className="brand-mark">工</span>
          {!collapsed && <span className="brand-name">{t('app.brand')}</span>}
        </Link>
        <Menu
          mode="inline"
          selectedKeys={selected}
          items={entries.map((e) => ({
            key: e.path,
            icon: e.icon,
            label: <Link to={e.path}>{t(e.label)}</Link>,
          }))}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header className="staff-header">
          <div />
          <Space size="middle">
            <LangSwitch />
            <Dropdown
              trigger={['click']}
              menu={{
                items: [
                  {
                    key: 'lang',
                    label: lang === 'zh' ? 'English' : '中文',
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
                  <span className="user-name">{me?.displayName}</span>
                  <Typography.Text type="secondary" className="user-role">
                    {me ? t(`role.${me.role}`) : ''}
                  </Typography.Text>
                  <DownOutlined style={{ fontSize: 10 }} />
                </Space>
              </button>
            </Dropdown>
          </Space>
        </Layout.Header>
        <Layout.Content className="staff-content">
          <Suspense fallback={<PageSpinner />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
