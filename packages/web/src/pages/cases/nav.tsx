import { CalendarOutlined, CommentOutlined, LineChartOutlined } from '@ant-design/icons';
import type { NavEntry } from '../../nav.tsx';

/** Side-menu entries of workers' requests, merged into NAV. */
export const CASES_NAV: NavEntry[] = [
  { path: '/cases', label: 'case.nav.list', icon: <CommentOutlined />, permission: 'cases.read', order: 32 },
  {
    path: '/case-stats',
    label: 'case.nav.stats',
    icon: <LineChartOutlined />,
    permission: 'cases.read',
    order: 33,
  },
  {
    path: '/case-calendar',
    label: 'case.nav.calendar',
    icon: <CalendarOutlined />,
    permission: 'cases.read',
    order: 34,
  },
];
