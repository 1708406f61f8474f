import { BarChartOutlined, StarOutlined, TrophyOutlined } from '@ant-design/icons';
import type { NavEntry } from '../../nav.tsx';

/** Side-menu entries of selections, merged into NAV. */
export const SELECTIONS_NAV: NavEntry[] = [
  {
    path: '/selections',
    label: 'sel.nav.selections',
    icon: <TrophyOutlined />,
    permission: 'selections.read',
    order: 63,
  },
  {
    path: '/judging',
    label: 'sel.nav.judging',
    icon: <StarOutlined />,
    permission: 'selections.judge',
    order: 64,
  },
  {
    path: '/reports/selections',
    label: 'sel.nav.stats',
    icon: <BarChartOutlined />,
    permission: 'reports.read',
    order: 65,
  },
];
