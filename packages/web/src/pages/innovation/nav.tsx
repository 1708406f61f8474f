import { ApiOutlined, BulbOutlined, SolutionOutlined } from '@ant-design/icons';
import type { NavEntry } from '../../nav.tsx';

/** Side-menu entries of front-line problems, the alliance and mentoring, merged into NAV. */
export const INNOVATION_PROBLEMS_NAV: NavEntry[] = [
  {
    path: '/innovation/problems',
    label: 'ip.nav.problems',
    icon: <BulbOutlined />,
    permission: 'innovation.read',
    order: 420,
  },
  {
    path: '/innovation/alliance',
    label: 'ip.nav.alliance',
    icon: <ApiOutlined />,
    permission: 'innovation.read',
    order: 430,
  },
  {
    path: '/innovation/mentoring',
    label: 'ip.nav.mentoring',
    icon: <SolutionOutlined />,
    permission: 'innovation.read',
    order: 440,
  },
];
