import { MenuOutlined } from '@ant-design/icons';
import { Badge, Button, Drawer, Grid, Layout, Menu, Space } from 'antd';
import { Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { api, unwrap } from '../api/client.ts';
import { MENU_USAGE_KEY, TODO_KEY } from '../api/query.ts';
import { useSession } from '../auth/session.tsx';
import { ErrorBoundary } from '../components/ErrorBoundary.tsx';
import { PageSpinner } from '../components/guards.tsx';
import { LangSwitch } from '../components/LangSwitch.tsx';
import { LastSignInBanner } from '../components/LastSignIn.tsx';
import { loadTodo } from '../components/TodoCards.tsx';
import { useLoad } from '../components/useLoad.ts';
import { ALONE_ICON, currentPlace, type MenuGroup, NAV_GROUP_ICONS, type NavEntry, navFor } from '../nav.tsx';
import { RoleSwitcher } from '../pages/accounts/RoleSwitcher.tsx';
import { MessageBell } from '../pages/messages/MessageBell.tsx';
import { useMessageCounts } from '../pages/messages/message-counts.ts';
import { UserMenu } from './StaffLayout.user.tsx';

/**
 * The frame for union staff: side menu by permission, user menu, language switch. On a phone-sized
 * window the menu moves into a drawer opened from the header.
 */
/** The areas the user's unions have used; the menu folds the others into 更多服务 (ADR 76). */
const loadMenuUsage = () => unwrap(api.GET('/api/menu/usage'));

export default function StaffLayout() {
  const { t } = useTranslation();
  const { me, can } = useSession();
  const location = useLocation();
  const _navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const narrow = screens.md === false;
  const [collapsed, setCollapsed] = useState(false);
  const [drawer, setDrawer] = useState(false);
  const signedInFully = !!me && !me.mustChangePassword;
  const usage = useLoad(
    () => (signedInFully && me.permissions.includes('todo.read') ? loadMenuUsage() : Promise.resolve(null)),
    [signedInFully, me?.permissions],
    { key: MENU_USAGE_KEY },
  ).data;
  const sections = navFor(me?.permissions ?? [], usage?.used);
  const place = currentPlace(sections, location.pathname, location.search);
  const current = place?.entry;
  // The current page's group (the one that shows its entry: 更多服务 for an area not used yet) opens as the page
  // changes; groups the user opened stay open. An entry shown alone has no group to open. Not before the areas used
  // are known: the entry's own group opened first and stayed open beside 更多服务.
  const group = usage === undefined ? undefined : place?.group;
  const [openKeys, setOpenKeys] = useState<string[]>(group ? [group] : []);
  useEffect(() => {
    if (group) setOpenKeys((keys) => (keys.includes(group) ? keys : [...keys, group]));
  }, [group]);
  // A collapsed side menu shows each group as a pop-up, opened by pointing at it; the groups open in the full menu
  // are kept for when it widens again.
  const popups = collapsed && !narrow;
  const [popupKeys, setPopupKeys] = useState<string[]>([]);
  const waiting = useMessageCounts({ poll: false })?.waitingReviews ?? 0;
  const todo = useLoad(
    () =>
      // an account that must first change its password may call nothing else (the server answers 403)
      me?.permissions.includes('todo.read') && !me.mustChangePassword ? loadTodo() : Promise.resolve(null),
    [me?.permissions, me?.mustChangePassword, location.pathname],
    { key: TODO_KEY },
  ).data;
  const countOf = (badge: string | undefined) =>
    badge === 'waitingReviews' ? waiting : badge === 'todo' ? (todo?.total ?? 0) : 0;

  // The current entry is scrolled into view in the menu's own scroll, once its group has finished opening.
  const menuBox = useRef<HTMLDivElement>(null);
  const revealPending = useRef(false);
  const reveal = () =>
    menuBox.current?.querySelector('.ant-menu-item-selected')?.scrollIntoView({ block: 'nearest' });
  // biome-ignore lint/correctness/useExhaustiveDependencies: reveal again whenever the page or the frame changes
  useEffect(() => {
    revealPending.current = true;
    reveal();
  }, [current?.path, drawer, narrow, collapsed]);
  // with motion off (the person asked their system for less) a group opens at once, and no transition ends: the
  // entry is revealed once the menu has drawn the opened group (the frame after this one)
  // biome-ignore lint/correctness/useExhaustiveDependencies: reveal once the current page's group has opened
  useEffect(() => {
    const frame = requestAnimationFrame(() => revealPending.current && reveal());
    return () => cancelAnimationFrame(frame);
  }, [openKeys]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: close the drawer whenever the page changes
  useEffect(() => setDrawer(false), [location.pathname]);

  const brand = (full: boolean) => (
    <Link to="/" className="brand" data-testid="brand">
      <span className="brand-mark">工</span>
      {full && <span className="brand-name">{t('app.brand')}</span>}
    </Link>
  );
  const groupCount = (group: MenuGroup) =>
    sections.find((s) => s.group === group)?.entries.reduce((n, e) => n + countOf(e.badge), 0) ?? 0;
  const entryItem = (e: NavEntry) => ({
    key: e.path,
    label: (
      <Link to={e.path} className="nav-label">
        <span>{t(e.label)}</span>
        {countOf(e.badge) > 0 && (
          <Badge count={countOf(e.badge)} size="small" data-testid={`nav-badge-${e.path}`} />
        )}
      </Link>
    ),
  });
  const menu = (
    <div
      ref={menuBox}
      data-testid="staff-menu"
      onTransitionEnd={(e) => {
        if (!revealPending.current || e.propertyName !== 'height') return;
        revealPending.current = false;
        reveal();
      }}
    >
      <Menu
        mode="inline"
        selectedKeys={current ? [current.path] : []}
        openKeys={popups ? popupKeys : openKeys}
        onOpenChange={(keys) => {
          if (popups) return setPopupKeys(keys);
          revealPending.current = false;
          setOpenKeys(keys);
        }}
        items={sections.map((s) =>
          s.alone
            ? { ...entryItem(s.entries[0]), icon: ALONE_ICON }
            : {
                key: s.group,
                icon: NAV_GROUP_ICONS[s.group],
                label: (
                  <span
                    className="nav-label"
                    data-testid={`nav-group-${s.group}`}
                    title={s.group === 'more' ? t('nav.moreHint') : t(`nav.group.${s.group}`)}
                  >
                    <span>{t(`nav.group.${s.group}`)}</span>
                    {(popups || !openKeys.includes(s.group)) && groupCount(s.group) > 0 && (
                      <Badge count={groupCount(s.group)} size="small" />
                    )}
                  </span>
                ),
                children: s.entries.map(entryItem),
              },
        )}
      />
    </div>
  );

  return (
    <Layout className="staff-layout">
      {!narrow && (
        <Layout.Sider
          width={240}
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
          size={256}
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
            {/* an account that must change its password may call nothing else: no bell polling to a 403 */}
            {can('messages.read') && !me?.mustChangePassword && <MessageBell />}
            <RoleSwitcher compact={narrow} />
            {!narrow && <LangSwitch />}
            <UserMenu narrow={narrow} />
          </Space>
        </Layout.Header>
        {/* the page shown, once its route has rendered (a walk through the menu waits for it) */}
        <Layout.Content className="staff-content" data-page={location.pathname}>
          <LastSignInBanner />
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
