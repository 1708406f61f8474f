import {
  AppstoreAddOutlined,
  AppstoreOutlined,
  BellOutlined,
  FileTextOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Badge } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router-dom';
import { useMessageCounts } from '../messages/message-counts.ts';
import { litTab, TAB_PAGES, type TabKey, tabLabel } from './worker-tabs.ts';
import '../../components/worker-pages.css';

const ICONS: Record<TabKey, ReactNode> = {
  programs: <AppstoreOutlined />,
  applications: <FileTextOutlined />,
  services: <AppstoreAddOutlined />,
  messages: <BellOutlined />,
  me: <UserOutlined />,
};

/**
 * The bottom tab bar of the worker pages: 项目 / 申请 / 服务 / 消息 (with the unread count) / 我的. Five tabs fit a
 * 360-pixel phone; the other services open from 服务, which stays lit on their pages, as 我的 does on the pages
 * opened from it (worker-tabs.ts).
 */
export function WorkerTabBar() {
  const { t } = useTranslation();
  const unread = useMessageCounts()?.unreadCount ?? 0;
  const { pathname } = useLocation();
  const lit = litTab(pathname);
  return (
    <nav className="wp-tabbar" aria-label={t('wp.tabs.label')} data-testid="worker-tabbar">
      {TAB_PAGES.map((tab) => (
        <NavLink
          key={tab.key}
          to={tab.to}
          className={`wp-tab${lit === tab.key ? ' active' : ''}`}
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
              {ICONS[tab.key]}
            </Badge>
          ) : (
            ICONS[tab.key]
          )}
          <span>{t(tabLabel(tab.key))}</span>
        </NavLink>
      ))}
    </nav>
  );
}
