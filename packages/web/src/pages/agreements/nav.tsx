import { FileProtectOutlined, PieChartOutlined } from '@ant-design/icons';
import type { NavEntry } from '../../nav.tsx';

/** Side-menu entries of collective agreements, merged into NAV. */
export const AGREEMENTS_NAV: NavEntry[] = [
  {
    path: '/agreements',
    label: 'agr.nav.list',
    icon: <FileProtectOutlined />,
    permission: 'agreements.read',
    order: 67,
  },
  {
    path: '/agreement-stats',
    label: 'agr.nav.stats',
    icon: <PieChartOutlined />,
    permission: 'agreements.read',
    order: 68,
  },
];
