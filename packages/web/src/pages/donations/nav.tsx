import { BarChartOutlined, GiftOutlined, HeartOutlined, SafetyOutlined } from '@ant-design/icons';
import type { NavEntry } from '../../nav.tsx';

/** Side-menu entries of donations and special funds, merged into NAV. */
export const DONATIONS_NAV: NavEntry[] = [
  {
    path: '/donors',
    label: 'don.nav.donors',
    icon: <HeartOutlined />,
    permission: 'donations.read',
    order: 85,
  },
  {
    path: '/donations',
    label: 'don.nav.donations',
    icon: <GiftOutlined />,
    permission: 'donations.read',
    order: 86,
  },
  {
    path: '/funds',
    label: 'don.nav.funds',
    icon: <SafetyOutlined />,
    permission: 'donations.read',
    order: 87,
  },
  {
    path: '/donation-stats',
    label: 'don.nav.stats',
    icon: <BarChartOutlined />,
    permission: 'donations.read',
    order: 88,
  },
];
