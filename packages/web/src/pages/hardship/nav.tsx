import { HeartOutlined, LineChartOutlined } from '@ant-design/icons';
import type { NavEntry } from '../../nav.tsx';

/** Side-menu entries of hardship files, merged into NAV. */
export const HARDSHIP_NAV: NavEntry[] = [
  {
    path: '/hardship',
    label: 'hs.nav.list',
    icon: <HeartOutlined />,
    permission: 'hardship.read',
    order: 76,
  },
  {
    path: '/hardship-stats',
    label: 'hs.nav.stats',
    icon: <LineChartOutlined />,
    permission: 'hardship.read',
    order: 77,
  },
];
