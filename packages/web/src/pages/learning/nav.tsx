import { ReadOutlined } from '@ant-design/icons';
import type { NavEntry } from '../../nav.tsx';

/** Side-menu entry of the learning community, merged into NAV. */
export const LEARNING_NAV: NavEntry[] = [
  { path: '/learning', label: 'learn.nav', icon: <ReadOutlined />, permission: 'learning.read', order: 66 },
];
