import {
  AccountBookOutlined,
  AuditOutlined,
  BarChartOutlined,
  GiftOutlined,
  ScanOutlined,
} from '@ant-design/icons';
import type { NavEntry } from '../../nav.tsx';

/** Side-menu entries of the programs area, merged into NAV. */
export const PROGRAMS_NAV: NavEntry[] = [
  {
    path: '/dashboard',
    label: 'prog.nav.dashboard',
    icon: <BarChartOutlined />,
    permission: 'reports.read',
    order: 5,
  },
  {
    path: '/programs',
    label: 'prog.nav.programs',
    icon: <GiftOutlined />,
    permission: 'programs.read',
    order: 40,
  },
  {
    path: '/pickup',
    label: 'prog.nav.pickup',
    icon: <ScanOutlined />,
    permission: 'claims.manage',
    order: 45,
  },
  {
    path: '/applications',
    label: 'prog.nav.applications',
    icon: <AuditOutlined />,
    permission: 'applications.review',
    order: 50,
  },
  {
    path: '/ledger',
    label: 'prog.nav.ledger',
    icon: <AccountBookOutlined />,
    permission: 'ledger.read',
    order: 60,
  },
];
