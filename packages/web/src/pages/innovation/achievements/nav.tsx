import { BulbOutlined, ContactsOutlined } from '@ant-design/icons';
import type { NavEntry } from '../../../nav.tsx';

/** Side-menu entries of achievements and the catalogue's contact requests, merged into NAV. */
export const ACHIEVEMENTS_NAV: NavEntry[] = [
  {
    path: '/innovation/achievements',
    label: 'ach.nav.achievements',
    icon: <BulbOutlined />,
    permission: 'innovation.read',
    order: 300,
  },
  {
    path: '/innovation/leads',
    label: 'ach.nav.leads',
    icon: <ContactsOutlined />,
    permission: 'innovation.read',
    order: 310,
  },
];
