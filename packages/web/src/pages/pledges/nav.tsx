import { FlagOutlined } from '@ant-design/icons';
import type { NavEntry } from '../../nav.tsx';

/** Side-menu entry of 办实事 projects, merged into NAV. */
export const PLEDGES_NAV: NavEntry[] = [
  { path: '/pledges', label: 'pl.nav.list', icon: <FlagOutlined />, permission: 'pledges.read', order: 78 },
];
