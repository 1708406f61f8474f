import { MessageOutlined, UserAddOutlined } from '@ant-design/icons';
import type { NavEntry } from '../../nav.tsx';

/** Side-menu entries of join review (under the members area) and the outbox, merged into NAV. */
export const ONBOARDING_NAV: NavEntry[] = [
  {
    path: '/join-requests',
    label: 'onb.nav.joinRequests',
    icon: <UserAddOutlined />,
    permission: 'members.join.review',
    order: 25,
  },
  {
    path: '/outbox',
    label: 'onb.nav.outbox',
    icon: <MessageOutlined />,
    permission: 'outbox.read',
    order: 910,
  },
];
