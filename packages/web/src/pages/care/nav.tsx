import { GiftOutlined } from '@ant-design/icons';
import type { NavEntry } from '../../nav.tsx';

/** Side-menu entry of 送温暖 campaigns, merged into NAV. */
export const CARE_NAV: NavEntry[] = [
  { path: '/care', label: 'care.nav', icon: <GiftOutlined />, permission: 'care.read', order: 74 },
];
