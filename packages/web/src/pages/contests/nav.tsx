import { BarChartOutlined, TrophyOutlined } from '@ant-design/icons';
import type { NavEntry } from '../../nav.tsx';

/** Side-menu entries of contests, merged into NAV. */
export const CONTESTS_NAV: NavEntry[] = [
  {
    path: '/contests',
    label: 'contest.nav.list',
    icon: <TrophyOutlined />,
    permission: 'contests.read',
    order: 61,
  },
  {
    path: '/contest-stats',
    label: 'contest.nav.stats',
    icon: <BarChartOutlined />,
    permission: 'contests.read',
    order: 62,
  },
];
