import {
  BulbOutlined,
  FundOutlined,
  ReconciliationOutlined,
  SafetyCertificateOutlined,
} from '@ant-design/icons';
import type { NavEntry } from '../../../nav.tsx';

/** Side-menu entries of the studio pages, merged into NAV. */
export const STUDIOS_NAV: NavEntry[] = [
  {
    path: '/innovation/studios',
    label: 'stu.nav.studios',
    icon: <BulbOutlined />,
    permission: 'innovation.read',
    order: 70,
  },
  {
    path: '/innovation/recognitions',
    label: 'stu.nav.recognitions',
    icon: <SafetyCertificateOutlined />,
    permission: 'innovation.read',
    order: 71,
  },
  {
    path: '/innovation/reevaluations',
    label: 'stu.nav.reevaluations',
    icon: <ReconciliationOutlined />,
    permission: 'innovation.read',
    order: 72,
  },
  {
    path: '/innovation/studio-stats',
    label: 'stu.nav.stats',
    icon: <FundOutlined />,
    permission: 'reports.read',
    order: 73,
  },
];
