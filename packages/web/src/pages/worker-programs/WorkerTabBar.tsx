import { AppstoreOutlined, FileTextOutlined, ThunderboltOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import './worker-programs.css';

const TABS = [
  { to: '/m/me', key: 'me', icon: <UserOutlined /> },
  { to: '/m/programs', key: 'programs', icon: <AppstoreOutlined /> },
  { to: '/m/claims', key: 'claims', icon: <ThunderboltOutlined /> },
  { to: '/m/applications', key: 'applications', icon: <FileTextOutlined /> },
] as const;

/** The bottom tab bar of the worker pages: 我的 / 项目 / 抢购 / 申请. */
export function WorkerTabBar() {
  const { t } = useTranslation();
  return (
    <nav className="wp-tabbar" aria-label={t('wp.tabs.label')} data-testid="worker-tabbar">
      {TABS.map((tab) => (
        <NavLink
          key={tab.key}
          to={tab.to}
          className={({ isActive }) => `wp-tab${isActive ? ' active' : ''}`}
          data-testid={`tab-${tab.key}`}
        >
          {tab.icon}
          <span>{t(`wp.tabs.${tab.key}`)}</span>
        </NavLink>
      ))}
    </nav>
  );
}
