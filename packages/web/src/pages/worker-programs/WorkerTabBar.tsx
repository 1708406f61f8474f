import {
  AppstoreAddOutlined,
  AppstoreOutlined,
  BellOutlined,
  FileTextOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Badge } from 'antd';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router-dom';
import { useMessageCounts } from '../messages/message-counts.ts';
import { SERVICES } from '../worker/worker-services.tsx';
import '../../components/worker-pages.css';

const TABS = [
  { to: '/m/programs', key: 'programs', icon: <AppstoreOutlined /> },
  { to: '/m/applications', key: 'applications', icon: <FileTextOutlined /> },
  { to: '/m/services', key: 'services', icon: <AppstoreAddOutlined /> },
  { to: '/m/messages', key: 'messages', icon: <BellOutlined /> },
  { to: '/m/me', key: 'me', icon: <UserOutlined /> },
] as const;

/** Tabs of other areas, labelled in their own strings. */
const OWN_LABELS: Partial<Record<(typeof TABS)[number]['key'], string>> = {
  messages: 'msg.tab',
};

/**
 * The bottom tab bar of the worker pages: 项目 / 申请 / 服务 / 消息 (with the unread count) / 我的. Five tabs fit a
 * 360-pixel phone; the other services open from 服务, which stays lit on their pages.
 */
export function WorkerTabBar() {
  const { t } = useTranslation();
  const unread = useMessageCounts()?.unreadCount ?? 0;
  const { pathname } = useLocation();
  const inServices = SERVICES.some((s) => pathname.startsWith(s.to));
  return (
    <nav className="wp-tabbar" aria-label={t('wp.tabs.label')} data-testid="worker-tabbar">
      {TABS.map((tab) => (
        <NavLink
          key={tab.key}
          to={tab.to}
          className={({ isActive }) =>
            `wp-tab${isActive || (tab.key === 'services' && inServices) ? ' active' : ''}`
          }
          data-testid={`tab-${tab.key}`}
        >
          {tab.key === 'messages' ? (
            <Badge
              count={unread}
              size="small"
              overflowCount={99}
              style={{ color: 'inherit' }}
              data-testid="tab-messages-badge"
            >
              {tab.icon}
            </Badge>
          ) : (
            tab.icon
          )}
          <span>{t(OWN_LABELS[tab.key] ?? `wp.tabs.${tab.key}`)}</span>
        </NavLink>
      ))}
    </nav>
  );
}
