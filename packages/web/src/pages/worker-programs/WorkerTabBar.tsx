import {
  AppstoreOutlined,
  BellOutlined,
  CommentOutlined,
  FileTextOutlined,
  GiftOutlined,
  ReadOutlined,
  SolutionOutlined,
  ThunderboltOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Badge } from 'antd';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import { useMessageCounts } from '../messages/message-counts.ts';
import './worker-programs.css';

const TABS = [
  { to: '/m/me', key: 'me', icon: <UserOutlined /> },
  { to: '/m/programs', key: 'programs', icon: <AppstoreOutlined /> },
  { to: '/m/claims', key: 'claims', icon: <ThunderboltOutlined /> },
  { to: '/m/applications', key: 'applications', icon: <FileTextOutlined /> },
  { to: '/m/learning', key: 'learning', icon: <ReadOutlined /> },
  { to: '/m/mentoring', key: 'mentoring', icon: <SolutionOutlined /> },
  { to: '/m/cases', key: 'cases', icon: <CommentOutlined /> },
  { to: '/m/care', key: 'care', icon: <GiftOutlined /> },
  { to: '/m/messages', key: 'messages', icon: <BellOutlined /> },
] as const;

/** Tabs of other areas, labelled in their own strings. */
const OWN_LABELS: Partial<Record<(typeof TABS)[number]['key'], string>> = {
  messages: 'msg.tab',
  learning: 'learn.tab',
  mentoring: 'ip.tab',
  cases: 'case.tab',
  care: 'care.tab',
};

/** The bottom tab bar of the worker pages: 我的 / 项目 / 抢购 / 申请 / 学习 / 师徒 / 诉求 / 慰问 / 消息 (with the unread count). */
export function WorkerTabBar() {
  const { t } = useTranslation();
  const unread = useMessageCounts()?.unreadCount ?? 0;
  return (
    <nav className="wp-tabbar" aria-label={t('wp.tabs.label')} data-testid="worker-tabbar">
      {TABS.map((tab) => (
        <NavLink
          key={tab.key}
          to={tab.to}
          className={({ isActive }) => `wp-tab${isActive ? ' active' : ''}`}
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
