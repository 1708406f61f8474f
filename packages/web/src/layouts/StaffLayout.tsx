import { DownOutlined, IdcardOutlined, LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Drawer, Dropdown, Grid, Layout, Menu, Space, Typography } from 'antd';
import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useSession } from '../auth/session.tsx';
import { ErrorBoundary } from '../components/ErrorBoundary.tsx';
import { PageSpinner } from '../components/guards.tsx';
import { LangSwitch } from '../components/LangSwitch.tsx';
import { useLocale } from '../locale.tsx';
import { navFor } from '../nav.tsx';
import { RoleSwitcher } from '../pages/accounts/RoleSwitcher.tsx';
import { MessageBell } from '../pages/messages/MessageBell.tsx';

/**
 * The frame for union staff: side menu by permission, user menu, language switch. On a phone-sized
 * window the menu moves into a drawer opened from the header.
 */
export default function StaffLayout() {
  const { t } = useTranslation();
  const { me, signOut, can } = useSession();
  const { lang, setLang } = useLocale();
  const location = useLocation();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const narrow = screens.md === false;
  const [collapsed, setCollapsed] = useState(false);
  const [drawer, setDrawer] = useState(false);
  const entries = navFor(me?.permissions ?? []);
  const selected = entries
    .filter((e) => location.pathname === e.path || location.pathname.startsWith(`${e.path}/`))
    .map((e) => e.path);

  // biome-ignore lint/correctness/useExhaustiveDependencies: close the drawer whenever the page changes
  useEffect(() => setDrawer(false), [location.pathname]);

  const brand = (full: boolean) => (
    <Link to="/" className="brand" data-testid="brand">
      <span className="brand-mark">工</span>
      {full && <span className="brand-name">{t('app.brand')}</span>}
    </Link>
  );
  const menu = (
    <Menu
      mode="inline"
      selectedKeys={selected}
      items={entries.map((e) => ({
        key: e.path,
        icon: e.icon,
        label: <Link to={e.path}>{t(e.label)}</Link>,
      }))}
    />
  );

  return (
    <Layout className="staff-layout">
      {!narrow && (
        <Layout.Sider
          width={208}
          breakpoint="lg"
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
          className="staff-sider"
        >
          {brand(!collapsed)}
          {menu}
        </Layout.Sider>
      )}
      {narrow && (
        <Drawer
          open={drawer}
          placement="left"
          size={240}
          onClose={() => setDrawer(false)}
          closable={false}
          styles={{ body: { padding: 0 } }}
        >
          {brand(true)}
          {menu}
        </Drawer>
      )}
      <Layout>
        <Layout.Header className="staff-header">
          {narrow ? (
            <Space size={4}>
              <Button
                type="text"
                icon={<MenuOutlined />}
                aria-label={t('app.menu')}
                onClick={() => setDrawer(true)}
                data-testid="nav-open"
              />
              {brand(false)}
            </Space>
          ) : (
            <div />
          )}
          <Space size={narrow ? 0 : 'middle'}>
            {can('messages.read') && <MessageBell />}
            <RoleSwitcher compact={narrow} />
            {!narrow && <LangSwitch />}
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
          </Space>
        </Layout.Header>
        <Layout.Content className="staff-content">
          <ErrorBoundary key={location.pathname}>
            <Suspense fallback={<PageSpinner />}>
              <Outlet />
            </Suspense>
          </ErrorBoundary>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
